"use client";

import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from "recharts";
import { GRADES, GRADE_COLORS, GRADE_LABELS } from "@/lib/domain";
import type { MixRow } from "@/lib/scoring";
import { ChartFrame, type HeadingLevel } from "./chart-frame";
import {
  AXIS_STROKE,
  CHART_MARGIN,
  FILL_FRAME,
  GRID_STROKE,
  TICK,
  TOOLTIP_CONTENT_STYLE,
  TOOLTIP_ITEM_STYLE,
  UNGRADED_FILL,
  UNGRADED_LABEL,
  UNGRADED_STROKE,
  legendText,
  plural,
  seriesOrder,
} from "./chart-theme";
import { DataTable, type DataTableColumn } from "./data-table";

export type VerdictMixOverTimeChartProps = {
  rows: MixRow[];
  title?: string;
  headingLevel?: HeadingLevel;
};

const SERIES_ORDER = seriesOrder([...GRADES, "ungraded"]);
const rowTotal = (row: MixRow) => GRADES.reduce((sum, g) => sum + row[g], row.ungraded);

function summarize(rows: MixRow[]): string {
  const first = rows[0];
  const last = rows[rows.length - 1];
  const parts = GRADES.filter((g) => last[g] > 0).map((g) => `${last[g]} ${GRADE_LABELS[g].toLowerCase()}`);
  if (last.ungraded > 0) parts.push(`${last.ungraded} not yet graded`);
  const range = first === last ? first.period : `${first.period} to ${last.period}`;
  return (
    `Stacked bar chart of claims by verdict for each quarter, ${range}. ` +
    `Latest (${last.period}, as of ${last.asOf}): ${plural(rowTotal(last), "claim")}` +
    `${parts.length ? ` — ${parts.join(", ")}` : ""}.`
  );
}

/** How the verdict mix changed: one stacked bar per quarter, one segment per grade. */
export function VerdictMixOverTimeChart({
  rows,
  title = "Verdict mix by quarter",
  headingLevel,
}: VerdictMixOverTimeChartProps) {
  const isEmpty = rows.length === 0 || rows.every((r) => rowTotal(r) === 0);

  const columns: DataTableColumn[] = [
    { key: "period", label: "Quarter" },
    ...GRADES.map((g): DataTableColumn => ({ key: g, label: GRADE_LABELS[g], align: "right" })),
    { key: "ungraded", label: UNGRADED_LABEL, align: "right" },
  ];
  const tableRows = rows.map((r) => ({
    period: r.period,
    ungraded: r.ungraded,
    ...Object.fromEntries(GRADES.map((g) => [g, r[g]])),
  }));

  return (
    <ChartFrame
      title={title}
      headingLevel={headingLevel}
      description="Claims made by each quarter's end, stacked by their verdict at that date."
      summary={isEmpty ? "" : summarize(rows)}
      isEmpty={isEmpty}
      emptyMessage="No claims yet, so there is no verdict history to show."
      table={<DataTable caption="Claims by verdict at the end of each quarter" columns={columns} rows={tableRows} />}
    >
      <BarChart responsive style={FILL_FRAME} data={rows} margin={CHART_MARGIN} accessibilityLayer={false}>
        <CartesianGrid vertical={false} stroke={GRID_STROKE} />
        <XAxis dataKey="period" tick={TICK} stroke={AXIS_STROKE} minTickGap={8} />
        <YAxis allowDecimals={false} width={36} tick={TICK} stroke={AXIS_STROKE} />
        <Tooltip
          cursor={{ fill: "#f6f8fa" }}
          contentStyle={TOOLTIP_CONTENT_STYLE}
          itemStyle={TOOLTIP_ITEM_STYLE}
          itemSorter={SERIES_ORDER}
        />
        <Legend formatter={legendText} itemSorter={SERIES_ORDER} wrapperStyle={{ fontSize: 12 }} />
        {GRADES.map((g) => (
          <Bar
            key={g}
            dataKey={g}
            name={GRADE_LABELS[g]}
            stackId="mix"
            fill={GRADE_COLORS[g]}
            isAnimationActive={false}
          />
        ))}
        <Bar
          dataKey="ungraded"
          name={UNGRADED_LABEL}
          stackId="mix"
          fill={UNGRADED_FILL}
          stroke={UNGRADED_STROKE}
          strokeWidth={0.5}
          isAnimationActive={false}
        />
      </BarChart>
    </ChartFrame>
  );
}
