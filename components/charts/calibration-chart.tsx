"use client";

import { useId } from "react";
import {
  CartesianGrid,
  LabelList,
  ReferenceArea,
  ReferenceLine,
  Scatter,
  ScatterChart,
  Tooltip,
  XAxis,
  YAxis,
  ZAxis,
} from "recharts";
import {
  CALIBRATION_BAND_LEVEL,
  CALIBRATION_BAND_NOTE,
  CALIBRATION_MINIMUM,
  resolvedNeeded,
  type CalibrationBin,
} from "@/lib/forecast-scoring";
import type { HeadingLevel } from "./chart-frame";
import { AXIS_STROKE, FILL_FRAME, GRID_STROKE, TEXT_COLOR, TICK, plural } from "./chart-theme";
import styles from "./charts.module.css";

export type CalibrationChartProps = {
  bins: CalibrationBin[];
  /** Visible title, e.g. "Author's implied credence". */
  title: string;
  /** Accessible name of the table beside the chart (its caption). */
  tableCaption?: string;
  /** What the credence is, for the summary and empty state: "implied credence". */
  credenceLabel?: string;
  headingLevel?: HeadingLevel;
  minimum?: number;
};

/** A bin that has claims in it: every field is set. */
type FilledBin = { [K in keyof CalibrationBin]: NonNullable<CalibrationBin[K]> };
type Point = { x: number; y: number; n: number; bin: FilledBin };

const HEADING_TAGS = { 2: "h2", 3: "h3", 4: "h4", 5: "h5", 6: "h6" } as const;
const TICKS = [0, 0.2, 0.4, 0.6, 0.8, 1];
const POINT_COLOR = "#0550ae";
const BAND_FILL = "#8c959f";
const BAND_STROKE = "#6e7781";
const DIAGONAL = "#57606a";
/** Half the drawn width of a bin's band, in credence units. */
const BAND_HALF_WIDTH = 0.018;
const NOWRAP = { whiteSpace: "nowrap" } as const;
const BAND_PERCENT = `${Math.round(CALIBRATION_BAND_LEVEL * 100)}%`;

const percent = (x: number) => `${Math.round(x * 100)}%`;
const isFilled = (b: CalibrationBin): b is FilledBin => b.n > 0 && b.meanCredence !== null && b.observedRate !== null;
const binLabel = (b: CalibrationBin) => `${Math.round(b.from * 100)}–${Math.round(b.to * 100)}%`;
const bandLabel = (b: FilledBin) => `${percent(b.bandLow)}–${percent(b.bandHigh)}`;
const isInBand = (b: FilledBin) => b.observedRate >= b.bandLow && b.observedRate <= b.bandHigh;

function summarize(filled: FilledBin[], total: number, credenceLabel: string): string {
  const parts = filled.map(
    (b) =>
      `at a mean ${credenceLabel} of ${percent(b.meanCredence)}, ${percent(b.observedRate)} came true ` +
      `(n = ${b.n}, ${isInBand(b) ? "inside" : "outside"} the ${BAND_PERCENT} band of ${bandLabel(b)})`,
  );
  return (
    `Calibration chart of ${plural(total, "resolved claim")} in ${plural(filled.length, "bin")}, ` +
    `against the diagonal of perfect calibration: ${parts.join("; ")}.`
  );
}

function CalibrationTooltip({ active, point }: { active?: boolean; point?: Point }) {
  if (!active || !point) return null;
  const { bin } = point;
  return (
    <div className={styles.tooltip}>
      <p>
        <strong>Credence {binLabel(bin)}</strong>
      </p>
      <p>
        {percent(bin.observedRate)} came true, at a mean credence of {percent(bin.meanCredence)}
      </p>
      <p className={styles.tooltipMeta}>
        n = {bin.n} · {BAND_PERCENT} band {bandLabel(bin)}
      </p>
    </div>
  );
}

/**
 * Calibration: how often claims came true against the credence given them. One point per
 * non-empty bin, placed at the bin's mean credence and labelled with its n, over the
 * diagonal of perfect calibration and each bin's binomial band. The table sits beside the
 * chart, always visible, because the figures are the point and the picture only helps.
 */
export function CalibrationChart({
  bins,
  title,
  tableCaption = "Calibration table",
  credenceLabel = "credence",
  headingLevel = 3,
  minimum = CALIBRATION_MINIMUM,
}: CalibrationChartProps) {
  const baseId = `calibration-${useId().replace(/[^a-zA-Z0-9_-]/g, "")}`;
  const Heading = HEADING_TAGS[headingLevel];
  const total = bins.reduce((sum, b) => sum + b.n, 0);
  const filled = bins.filter(isFilled);
  const needed = resolvedNeeded(total, minimum);
  const isEmpty = needed > 0 || filled.length === 0;
  const points: Point[] = filled.map((b) => ({ x: b.meanCredence, y: b.observedRate, n: b.n, bin: b }));
  const maxN = Math.max(1, ...filled.map((b) => b.n));

  const aCredence = `${/^[aeiou]/i.test(credenceLabel) ? "an" : "a"} ${credenceLabel}`;
  const emptyMessage =
    total === 0
      ? `No resolved claim in scope has ${aCredence} yet, so there is nothing to plot. ` +
        `The chart needs ${plural(minimum, "resolved claim")} with ${aCredence}.`
      : `Only ${plural(total, "resolved claim")} with ${aCredence} so far: ` +
        `${plural(needed, "more is", "more are")} needed before the chart is drawn (it needs ${minimum}).`;

  return (
    <figure className={styles.figure} aria-labelledby={`${baseId}-title`} aria-describedby={`${baseId}-description`}>
      <figcaption className={styles.caption}>
        <Heading id={`${baseId}-title`} className={styles.title}>
          {title}
        </Heading>
        <p id={`${baseId}-description`} className={styles.description}>
          Dashed line: perfect calibration. Grey bars: the {BAND_PERCENT} band for each bin. Blue dots: how often the
          bin&rsquo;s claims came true, placed at the bin&rsquo;s mean credence and labelled with its n.
        </p>
      </figcaption>
      <div className="grid grid-2" style={{ alignItems: "start" }}>
        {isEmpty ? (
          <p className={styles.empty} role="status">
            {emptyMessage}
          </p>
        ) : (
          <div className={`${styles.plot} ${styles.plotTall}`} role="img" aria-label={summarize(filled, total, credenceLabel)}>
            <ScatterChart
              responsive
              style={FILL_FRAME}
              margin={{ top: 12, right: 28, bottom: 20, left: 4 }}
              accessibilityLayer={false}
            >
              <CartesianGrid stroke={GRID_STROKE} />
              <XAxis
                type="number"
                dataKey="x"
                name="Mean credence"
                domain={[0, 1]}
                ticks={TICKS}
                tickFormatter={percent}
                tick={TICK}
                stroke={AXIS_STROKE}
                label={{ value: "Credence", position: "insideBottom", offset: -12, fill: TICK.fill, fontSize: 12 }}
              />
              <YAxis
                type="number"
                dataKey="y"
                name="Observed rate"
                domain={[0, 1]}
                ticks={TICKS}
                tickFormatter={percent}
                width={52}
                tick={TICK}
                stroke={AXIS_STROKE}
                label={{
                  value: "Came true",
                  angle: -90,
                  position: "insideLeft",
                  textAnchor: "middle",
                  fill: TICK.fill,
                  fontSize: 12,
                }}
              />
              <ZAxis type="number" dataKey="n" name="n" domain={[0, maxN]} range={[40, 320]} />
              {filled.map((b) => (
                <ReferenceArea
                  key={b.from}
                  x1={b.meanCredence - BAND_HALF_WIDTH}
                  x2={b.meanCredence + BAND_HALF_WIDTH}
                  y1={b.bandLow}
                  y2={b.bandHigh}
                  ifOverflow="hidden"
                  fill={BAND_FILL}
                  fillOpacity={0.35}
                  stroke={BAND_STROKE}
                  strokeWidth={1}
                />
              ))}
              <ReferenceLine
                segment={[
                  { x: 0, y: 0 },
                  { x: 1, y: 1 },
                ]}
                stroke={DIAGONAL}
                strokeDasharray="5 4"
                ifOverflow="hidden"
              />
              <Scatter data={points} name="Came true" fill={POINT_COLOR} stroke="#ffffff" isAnimationActive={false}>
                <LabelList
                  dataKey="n"
                  position="right"
                  offset={10}
                  fill={TEXT_COLOR}
                  fontSize={12}
                  formatter={(v) => `n=${String(v)}`}
                />
              </Scatter>
              <Tooltip
                cursor={{ stroke: AXIS_STROKE, strokeDasharray: "2 2" }}
                content={({ active, payload }) => (
                  <CalibrationTooltip active={active} point={payload?.[0]?.payload as Point | undefined} />
                )}
              />
            </ScatterChart>
          </div>
        )}
        {total > 0 ? (
          <div className={styles.tableWrap} style={{ marginTop: 0 }}>
            <table className={styles.table}>
              <caption>{tableCaption}</caption>
              <thead>
                <tr>
                  <th scope="col">Bin</th>
                  <th scope="col" className={styles.alignRight}>
                    n
                  </th>
                  <th scope="col" className={styles.alignRight}>
                    Mean credence
                  </th>
                  <th scope="col" className={styles.alignRight}>
                    Observed rate
                  </th>
                  <th scope="col" className={styles.alignRight}>
                    {BAND_PERCENT} band
                  </th>
                </tr>
              </thead>
              <tbody>
                {bins.map((b) => (
                  <tr key={b.from}>
                    <th scope="row" style={NOWRAP}>
                      {binLabel(b)}
                    </th>
                    <td className={styles.alignRight}>{b.n}</td>
                    <td className={styles.alignRight}>{isFilled(b) ? percent(b.meanCredence) : "—"}</td>
                    <td className={styles.alignRight}>{isFilled(b) ? percent(b.observedRate) : "—"}</td>
                    <td className={styles.alignRight} style={NOWRAP}>
                      {isFilled(b) ? bandLabel(b) : "—"}
                    </td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row">All bins</th>
                  <td className={styles.alignRight}>{total}</td>
                  <td colSpan={3} />
                </tr>
              </tfoot>
            </table>
            <p className={styles.description} style={{ marginTop: "0.5rem" }}>
              {CALIBRATION_BAND_NOTE}
            </p>
          </div>
        ) : null}
      </div>
    </figure>
  );
}
