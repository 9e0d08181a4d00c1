// Display formats for forecast scores. A true minus sign (U+2212) reads better than a hyphen
// in a column of negative log scores.
const minus = (s: string) => s.replace(/^-/, "\u2212");

/** Brier score to 3 decimals; "—" when nothing was scored. */
export const formatBrier = (x: number | null) => (x === null ? "—" : x.toFixed(3));

/** Log score to 3 decimals with a real minus sign; "—" when nothing was scored. */
export const formatLogScore = (x: number | null) => (x === null ? "—" : minus(x.toFixed(3)));
