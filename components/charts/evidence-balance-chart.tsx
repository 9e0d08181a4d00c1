"use client";

import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from "recharts";
import { STANCE_COLORS, STANCE_LABELS } from "@/lib/domain";
import type { BalanceRow } from "@/lib/scoring";
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
  plural,
  seriesOrder,
} from "./chart-theme";
import { DataTable } from "./data-table";

export type EvidenceBalanceChartProps = {
  rows: BalanceRow[];
  title?: string;
  headingLevel?: HeadingLevel;
};

const SERIES_ORDER = seriesOrder(["supports", "contradicts", "mixed"]);
const signed = (n: number) => (n > 0 ? `+${n}` : n < 0 ? `−${Math.abs(n)}` : "0");

function summarize(rows: BalanceRow[]): string {
  const last = rows[rows.length - 1];
  return (
    `Line chart of cumulative evidence by month from ${rows[0].period} to ${last.period}. ` +
    `By ${last.period}: ${last.supports} supporting, ${last.contradicts} contradicting, ` +
    `${plural(last.mixed, "mixed item", "mixed items")} (net ${signed(last.net)}).`
  );
}

/** Running totals of supporting, contradicting and mixed evidence, month by month. */
export function EvidenceBalanceChart({
  rows,
  title = "Cumulative evidence by month",
  headingLevel,
}: EvidenceBalanceChartProps) {
  const isEmpty = rows.length === 0;
  // A single month has no line segment to draw, so mark the points.
  const dot = rows.length < 2 ? { r: 4 } : false;

  return (
    <ChartFrame
      title={title}
      headingLevel={headingLevel}
      description="Running totals since the first logged item; net = supports − contradicts. Mixed evidence is the dashed line."
      summary={isEmpty ? "" : summarize(rows)}
      isEmpty={isEmpty}
      emptyMessage="No evidence logged yet, so there is no balance to show."
      table={
        <DataTable
          caption="Cumulative evidence by month"
          columns={[
            { key: "period", label: "Month" },
            { key: "supports", label: STANCE_LABELS.supports, align: "right" },
            { key: "contradicts", label: STANCE_LABELS.contradicts, align: "right" },
            { key: "mixed", label: STANCE_LABELS.mixed, align: "right" },
            { key: "net", label: "Net", align: "right" },
          ]}
          rows={rows.map((r) => ({ ...r, net: signed(r.net) }))}
        />
      }
    >
      <LineChart responsive style={FILL_FRAME} data={rows} margin={CHART_MARGIN} accessibilityLayer={false}>
        <CartesianGrid vertical={false} stroke={GRID_STROKE} />
        <XAxis dataKey="period" tick={TICK} stroke={AXIS_STROKE} minTickGap={16} />
        <YAxis allowDecimals={false} width={36} tick={TICK} stroke={AXIS_STROKE} />
        <Tooltip contentStyle={TOOLTIP_CONTENT_STYLE} itemStyle={TOOLTIP_ITEM_STYLE} itemSorter={SERIES_ORDER} />
        <Legend formatter={legendText} itemSorter={SERIES_ORDER} wrapperStyle={{ fontSize: 12 }} />
        <Line
          dataKey="supports"
          name={STANCE_LABELS.supports}
          stroke={STANCE_COLORS.supports}
          strokeWidth={2}
          dot={dot}
          isAnimationActive={false}
        />
        <Line
          dataKey="contradicts"
          name={STANCE_LABELS.contradicts}
          stroke={STANCE_COLORS.contradicts}
          strokeWidth={2}
          dot={dot}
          isAnimationActive={false}
        />
        <Line
          dataKey="mixed"
          name={STANCE_LABELS.mixed}
          stroke={STANCE_COLORS.mixed}
          strokeWidth={2}
          strokeDasharray="6 4"
          dot={dot}
          isAnimationActive={false}
        />
      </LineChart>
    </ChartFrame>
  );
}
