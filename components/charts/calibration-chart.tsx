"use client";

import dynamic from "next/dynamic";
import { CALIBRATION_BAND_NOTE, CALIBRATION_MINIMUM, resolvedNeeded, type CalibrationBin } from "@/lib/forecast-scoring";
import { BAND_PERCENT, bandLabel, binLabel, isFilled, isInBand, percent, type FilledBin } from "@/lib/calibration-format";
import { ChartFrame, type HeadingLevel } from "./chart-frame";
import { plural } from "./chart-theme";
import styles from "./charts.module.css";

// The plot (Recharts) loads after the page, in its own chunk; the caption, summary and table
// are in the page's HTML from the start.
const CalibrationPlot = dynamic(() => import("./calibration-plot"), { ssr: false });

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
  const total = bins.reduce((sum, b) => sum + b.n, 0);
  const filled = bins.filter(isFilled);
  const needed = resolvedNeeded(total, minimum);
  const isEmpty = needed > 0 || filled.length === 0;

  const aCredence = `${/^[aeiou]/i.test(credenceLabel) ? "an" : "a"} ${credenceLabel}`;
  const emptyMessage =
    total === 0
      ? `No resolved claim in scope has ${aCredence} yet, so there is nothing to plot. ` +
        `The chart needs ${plural(minimum, "resolved claim")} with ${aCredence}.`
      : `Only ${plural(total, "resolved claim")} with ${aCredence} so far: ` +
        `${plural(needed, "more is", "more are")} needed before the chart is drawn (it needs ${minimum}).`;

  const table =
    total > 0 ? (
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
              <th scope="row" className="nowrap">
                {binLabel(b)}
              </th>
              <td className={styles.alignRight}>{b.n}</td>
              <td className={styles.alignRight}>{isFilled(b) ? percent(b.meanCredence) : "—"}</td>
              <td className={styles.alignRight}>{isFilled(b) ? percent(b.observedRate) : "—"}</td>
              <td className={`${styles.alignRight} nowrap`}>{isFilled(b) ? bandLabel(b) : "—"}</td>
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
    ) : null;

  return (
    <ChartFrame
      title={title}
      headingLevel={headingLevel}
      tall
      description={
        <>
          Dashed line: perfect calibration. Grey bars: the {BAND_PERCENT} band for each bin. Blue dots: how often the
          bin&rsquo;s claims came true, placed at the bin&rsquo;s mean credence and labelled with its n.
        </>
      }
      summary={isEmpty ? "" : summarize(filled, total, credenceLabel)}
      isEmpty={isEmpty}
      emptyMessage={emptyMessage}
      table={table}
      tablePlacement="beside"
      tableNote={CALIBRATION_BAND_NOTE}
    >
      <CalibrationPlot filled={filled} />
    </ChartFrame>
  );
}
