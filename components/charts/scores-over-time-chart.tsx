"use client";

import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from "recharts";
import type { ForecastScore } from "@/lib/forecast-scoring";
import { ChartFrame, type HeadingLevel } from "./chart-frame";
import {
  AXIS_STROKE,
  CHART_MARGIN,
  FILL_FRAME,
  GRID_STROKE,
  TICK,
  TOOLTIP_CONTENT_STYLE,
  TOOLTIP_ITEM_STYLE,
  legendText,
  seriesOrder,
} from "./chart-theme";
import { DataTable } from "./data-table";

export type ScoresOverTimeRow = { year: number; implied: ForecastScore; verdict: ForecastScore };

export type ScoresOverTimeChartProps = {
  rows: ScoresOverTimeRow[];
  title?: string;
  headingLevel?: HeadingLevel;
};

const IMPLIED_COLOR = "#0550ae";
const VERDICT_COLOR = "#953800";
const SERIES = { implied: "Author's implied credence", verdict: "Verdict credences" } as const;
const SERIES_ORDER = seriesOrder(["implied", "verdict"]);
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
      <LineChart responsive style={FILL_FRAME} data={data} margin={CHART_MARGIN} accessibilityLayer={false}>
        <CartesianGrid vertical={false} stroke={GRID_STROKE} />
        <XAxis dataKey="year" tick={TICK} stroke={AXIS_STROKE} padding={{ left: 24, right: 24 }} />
        <YAxis
          domain={[0, (max: number) => Math.max(0.3, Math.ceil(max * 10) / 10)]}
          tickCount={4}
          tickFormatter={(v: number) => v.toFixed(2)}
          width={44}
          tick={TICK}
          stroke={AXIS_STROKE}
        />
        <Tooltip contentStyle={TOOLTIP_CONTENT_STYLE} itemStyle={TOOLTIP_ITEM_STYLE} itemSorter={SERIES_ORDER} />
        <Legend formatter={legendText} itemSorter={SERIES_ORDER} wrapperStyle={{ fontSize: 12 }} />
        <Line
          dataKey="implied"
          name={SERIES.implied}
          stroke={IMPLIED_COLOR}
          strokeWidth={2}
          dot={{ r: 4, fill: IMPLIED_COLOR }}
          connectNulls
          isAnimationActive={false}
        />
        <Line
          dataKey="verdict"
          name={SERIES.verdict}
          stroke={VERDICT_COLOR}
          strokeWidth={2}
          strokeDasharray="6 3"
          dot={{ r: 4, fill: VERDICT_COLOR }}
          connectNulls
          isAnimationActive={false}
        />
      </LineChart>
    </ChartFrame>
  );
}
