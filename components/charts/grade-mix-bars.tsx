"use client";

import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from "recharts";
import { GRADES, GRADE_LABELS, type Grade } from "@/lib/domain";
import {
  AXIS_STROKE,
  CHART_MARGIN,
  CURSOR_FILL,
  FILL_FRAME,
  GRID_STROKE,
  TICK,
  TOOLTIP_CONTENT_STYLE,
  TOOLTIP_ITEM_STYLE,
  TOOLTIP_LABEL_STYLE,
  UNGRADED_FILL,
  UNGRADED_LABEL,
  UNGRADED_STROKE,
  gradeColor,
  legendText,
  seriesOrder,
} from "./chart-theme";

const SERIES_ORDER = seriesOrder([...GRADES, "ungraded"]);

type Props<K extends string> = {
  rows: ({ ungraded: number } & Record<Grade, number> & Record<K, string | number>)[];
  /** The row field the x axis shows, e.g. "period" or "label". */
  xKey: K;
  minTickGap?: number;
};

/**
 * Bars stacked by grade, one per row: the verdict mix as of a quarter or a review. The default
 * export, so charts can load it on its own (next/dynamic) and keep Recharts out of the first load.
 */
export default function GradeMixBars<K extends string>({ rows, xKey, minTickGap }: Props<K>) {
  return (
    <BarChart responsive style={FILL_FRAME} data={rows} margin={CHART_MARGIN} accessibilityLayer={false}>
      <CartesianGrid vertical={false} stroke={GRID_STROKE} />
      <XAxis dataKey={xKey} tick={TICK} stroke={AXIS_STROKE} minTickGap={minTickGap} />
      <YAxis allowDecimals={false} width={36} tick={TICK} stroke={AXIS_STROKE} />
      <Tooltip cursor={{ fill: CURSOR_FILL }} contentStyle={TOOLTIP_CONTENT_STYLE} labelStyle={TOOLTIP_LABEL_STYLE} itemStyle={TOOLTIP_ITEM_STYLE} itemSorter={SERIES_ORDER} />
      <Legend formatter={legendText} itemSorter={SERIES_ORDER} wrapperStyle={{ fontSize: 12 }} />
      {GRADES.map((g) => (
        <Bar key={g} dataKey={g} name={GRADE_LABELS[g]} stackId="mix" fill={gradeColor(g)} isAnimationActive={false} />
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
  );
}
