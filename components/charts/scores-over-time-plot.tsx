"use client";

import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from "recharts";
import {
  AXIS_STROKE,
  CHART_MARGIN,
  FILL_FRAME,
  GRID_STROKE,
  TICK,
  TOOLTIP_CONTENT_STYLE,
  TOOLTIP_ITEM_STYLE,
  TOOLTIP_LABEL_STYLE,
  legendText,
  seriesOrder,
} from "./chart-theme";

const IMPLIED_COLOR = "var(--chart-implied)";
const VERDICT_COLOR = "var(--chart-verdict)";
const SERIES_ORDER = seriesOrder(["implied", "verdict"]);

type Row = { year: string; implied: number | null; verdict: number | null };

/** The lines of ScoresOverTimeChart, loaded on their own so Recharts stays out of the first load. */
export default function ScoresOverTimePlot({ data, series: SERIES }: { data: Row[]; series: { implied: string; verdict: string } }) {
  return (
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
      <Tooltip contentStyle={TOOLTIP_CONTENT_STYLE} labelStyle={TOOLTIP_LABEL_STYLE} itemStyle={TOOLTIP_ITEM_STYLE} itemSorter={SERIES_ORDER} />
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
  );
}
