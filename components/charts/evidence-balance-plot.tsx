"use client";

import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from "recharts";
import { STANCE_LABELS } from "@/lib/domain";
import type { BalanceRow } from "@/lib/scoring";
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
  stanceColor,
} from "./chart-theme";

const SERIES_ORDER = seriesOrder(["supports", "contradicts", "mixed", "net"]);
/** The net line: supports − contradicts, in the text colour so it reads apart from the stance lines. */
const NET_COLOR = "var(--chart-net)";

/** The lines of EvidenceBalanceChart, loaded on their own so Recharts stays out of the first load. */
export default function EvidenceBalancePlot({ rows }: { rows: BalanceRow[] }) {
  // A single month has no line segment to draw, so mark the points.
  const dot = rows.length < 2 ? { r: 4 } : false;
  return (
    <LineChart responsive style={FILL_FRAME} data={rows} margin={CHART_MARGIN} accessibilityLayer={false}>
      <CartesianGrid vertical={false} stroke={GRID_STROKE} />
      {/* The net can fall below zero; the zero line shows which side it is on. */}
      <ReferenceLine y={0} stroke={AXIS_STROKE} />
      <XAxis dataKey="period" tick={TICK} stroke={AXIS_STROKE} minTickGap={16} />
      <YAxis allowDecimals={false} width={36} tick={TICK} stroke={AXIS_STROKE} />
      <Tooltip contentStyle={TOOLTIP_CONTENT_STYLE} labelStyle={TOOLTIP_LABEL_STYLE} itemStyle={TOOLTIP_ITEM_STYLE} itemSorter={SERIES_ORDER} />
      <Legend formatter={legendText} itemSorter={SERIES_ORDER} wrapperStyle={{ fontSize: 12 }} />
      <Line
        dataKey="supports"
        name={STANCE_LABELS.supports}
        stroke={stanceColor("supports")}
        strokeWidth={2}
        dot={dot}
        isAnimationActive={false}
      />
      <Line
        dataKey="contradicts"
        name={STANCE_LABELS.contradicts}
        stroke={stanceColor("contradicts")}
        strokeWidth={2}
        dot={dot}
        isAnimationActive={false}
      />
      <Line
        dataKey="mixed"
        name={STANCE_LABELS.mixed}
        stroke={stanceColor("mixed")}
        strokeWidth={2}
        strokeDasharray="6 4"
        dot={dot}
        isAnimationActive={false}
      />
      <Line dataKey="net" name="Net (supports − contradicts)" stroke={NET_COLOR} strokeWidth={2.5} dot={dot} isAnimationActive={false} />
    </LineChart>
  );
}
