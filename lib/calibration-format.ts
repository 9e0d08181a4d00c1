import { CALIBRATION_BAND_LEVEL, type CalibrationBin } from "./forecast-scoring";

// Labels shared by the calibration chart's table and its plot (kept apart from the plot, so
// the table needs no Recharts).

/** A bin that has claims in it: every field is set. */
export type FilledBin = { [K in keyof CalibrationBin]: NonNullable<CalibrationBin[K]> };

export const BAND_PERCENT = `${Math.round(CALIBRATION_BAND_LEVEL * 100)}%`;
export const percent = (x: number) => `${Math.round(x * 100)}%`;
export const isFilled = (b: CalibrationBin): b is FilledBin => b.n > 0 && b.meanCredence !== null && b.observedRate !== null;
export const binLabel = (b: CalibrationBin) => `${Math.round(b.from * 100)}–${Math.round(b.to * 100)}%`;
export const bandLabel = (b: FilledBin) => `${percent(b.bandLow)}–${percent(b.bandHigh)}`;
export const isInBand = (b: FilledBin) => b.observedRate >= b.bandLow && b.observedRate <= b.bandHigh;
