"use client";

import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from "recharts";
import { AXIS_STROKE, CHART_MARGIN, CURSOR_FILL, FILL_FRAME, GRID_STROKE, TEXT_COLOR, TICK, TOOLTIP_CONTENT_STYLE, TOOLTIP_ITEM_STYLE, TOOLTIP_LABEL_STYLE } from "./chart-theme";

export type MixBar = { label: string; claims: number; fill: string; stroke?: string };

/** The bars of VerdictMixChart, loaded on their own so Recharts stays out of the first load. */
export default function VerdictMixPlot({ data }: { data: MixBar[] }) {
  return (
    <BarChart
      responsive
      style={FILL_FRAME}
      data={data}
      layout="vertical"
      margin={{ ...CHART_MARGIN, right: 32 }}
      accessibilityLayer={false}
    >
      <CartesianGrid horizontal={false} stroke={GRID_STROKE} />
      <XAxis type="number" allowDecimals={false} tick={TICK} stroke={AXIS_STROKE} />
      <YAxis
        type="category"
        dataKey="label"
        width={112}
        interval={0}
        tick={TICK}
        stroke={AXIS_STROKE}
      />
      <Tooltip
        cursor={{ fill: CURSOR_FILL }}
        contentStyle={TOOLTIP_CONTENT_STYLE}
        labelStyle={TOOLTIP_LABEL_STYLE}
        itemStyle={TOOLTIP_ITEM_STYLE}
      />
      <Bar
        dataKey="claims"
        name="Claims"
        fill={AXIS_STROKE}
        barSize={18}
        isAnimationActive={false}
        label={{ position: "right", fill: TEXT_COLOR, fontSize: 12 }}
      />
    </BarChart>
  );
}
