"use client";

import dynamic from "next/dynamic";
import type { ForecastScore } from "@/lib/forecast-scoring";
import { ChartFrame, type HeadingLevel } from "./chart-frame";
import { DataTable } from "./data-table";

// The plot (Recharts) loads after the page, in its own chunk; the caption, summary and table
// are in the page's HTML from the start.
const ScoresOverTimePlot = dynamic(() => import("./scores-over-time-plot"), { ssr: false });

const SERIES = { implied: "Author's implied credence", verdict: "Verdict credences" } as const;

export type ScoresOverTimeRow = { year: number; implied: ForecastScore; verdict: ForecastScore };

export type ScoresOverTimeChartProps = {
  rows: ScoresOverTimeRow[];
  title?: string;
  headingLevel?: HeadingLevel;
};

const brier = (x: number | null) => (x === null ? null : Number(x.toFixed(3)));

function describe(label: string, s: ForecastScore) {
  return s.brier === null ? `${label} not scored (n = 0)` : `${label} ${s.brier.toFixed(3)} (n = ${s.n})`;
}

/** Brier score as of each completed review: lower is better, so a falling line is improving. */
export function ScoresOverTimeChart({
  rows,
  title = "Brier score as of each review",
  headingLevel,
}: ScoresOverTimeChartProps) {
  const scoredYears = rows.filter((r) => r.implied.n > 0 || r.verdict.n > 0);
  const isEmpty = scoredYears.length < 2;
  const data = rows.map((r) => ({ year: String(r.year), implied: brier(r.implied.brier), verdict: brier(r.verdict.brier) }));
  const summary = isEmpty
    ? ""
    : `Line chart of the mean Brier score (lower is better) as of each completed review, ${rows[0].year} to ${rows[rows.length - 1].year}. ` +
      rows.map((r) => `${r.year}: ${describe("implied", r.implied)}, ${describe("verdict", r.verdict)}`).join("; ") +
      ".";

  return (
    <ChartFrame
      title={title}
      headingLevel={headingLevel}
      description="Mean one-term Brier score (0 is perfect, 0.25 is always saying 50%) of the claims resolved in each review's snapshot."
      summary={summary}
      isEmpty={isEmpty}
      emptyMessage={
        rows.length === 0
          ? "No review has been completed yet, so there is no history of scores to chart."
          : "A trend needs scores from at least two completed reviews; the table lists what there is so far."
      }
      table={
        <DataTable
          caption="Brier score as of each review"
          columns={[
            { key: "year", label: "Review" },
            { key: "implied", label: SERIES.implied, align: "right" },
            { key: "verdict", label: SERIES.verdict, align: "right" },
          ]}
          rows={data}
        />
      }
    >
      <ScoresOverTimePlot data={data} series={SERIES} />
    </ChartFrame>
  );
}
