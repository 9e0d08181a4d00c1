// Shared look for the Recharts charts: axis text, grid, tooltip and legend styling.
// Everything here is plain data or pure render helpers, safe to import on the server.
import type { CSSProperties, ReactNode } from "react";
import { NO_VERDICT_LABEL } from "@/lib/domain";

/** Axis tick text: #57606a on white is 6.1:1, well above WCAG AA for small text. */
export const TICK = { fill: "#57606a", fontSize: 12 } as const;
export const AXIS_STROKE = "#8c959f";
export const GRID_STROKE = "#d0d7de";
export const TEXT_COLOR = "#1f2328";

/** "No verdict yet": a light grey, drawn with a darker outline so the bar edge stays visible. */
export const UNGRADED_FILL = "#d0d7de";
export const UNGRADED_STROKE = "#6e7781";
export const UNGRADED_LABEL = NO_VERDICT_LABEL;

export const CHART_MARGIN = { top: 8, right: 16, bottom: 4, left: 0 } as const;

/** Fills the fixed-height frame; used with the chart's `responsive` prop (Recharts ≥ 3.3). */
export const FILL_FRAME: CSSProperties = { width: "100%", height: "100%" };

export const TOOLTIP_CONTENT_STYLE: CSSProperties = {
  border: "1px solid #d0d7de",
  borderRadius: 6,
  fontSize: 13,
  color: TEXT_COLOR,
};
/** Tooltip rows default to the series colour, which can be too pale to read; use text colour. */
export const TOOLTIP_ITEM_STYLE: CSSProperties = { color: TEXT_COLOR };

/** Legend labels default to the series colour too; render them in the text colour instead. */
export function legendText(value: unknown): ReactNode {
  return <span style={{ color: TEXT_COLOR }}>{String(value)}</span>;
}

/**
 * Legend and tooltip sort their items alphabetically by default; this keeps the series order
 * (e.g. the grade scale) instead. Works as both `Legend.itemSorter` and `Tooltip.itemSorter`.
 */
export function seriesOrder(keys: readonly string[]) {
  return (item: { dataKey?: unknown }) => keys.indexOf(String(item.dataKey));
}

export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
