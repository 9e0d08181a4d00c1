// Shared look for the Recharts charts: axis text, grid, tooltip and legend styling.
// Every colour is a CSS custom property from app/globals.css, so charts follow the theme.
// Everything here is plain data or pure render helpers, safe to import on the server.
import type { CSSProperties, ReactNode } from "react";
import { NO_VERDICT_LABEL, type Grade, type Stance } from "@/lib/domain";

/** A grade's colour (`--grade-confirmed` …), usable as an SVG fill or stroke. */
export const gradeColor = (grade: Grade) => `var(--grade-${grade})`;
/** A stance's colour (`--stance-supports` …). */
export const stanceColor = (stance: Stance) => `var(--stance-${stance})`;

/** Axis tick text in the muted text colour: at least 4.5:1 on a card in both themes. */
export const TICK = { fill: "var(--chart-tick)", fontSize: 12 } as const;
export const AXIS_STROKE = "var(--chart-axis)";
export const GRID_STROKE = "var(--chart-grid)";
export const TEXT_COLOR = "var(--chart-text)";
export const CURSOR_FILL = "var(--chart-cursor)";

/** "No verdict yet": a light grey, drawn with a darker outline so the bar edge stays visible. */
export const UNGRADED_FILL = "var(--grade-none)";
export const UNGRADED_STROKE = "var(--grade-none-stroke)";
export const UNGRADED_LABEL = NO_VERDICT_LABEL;

export const CHART_MARGIN = { top: 8, right: 16, bottom: 4, left: 0 } as const;

/** Fills the fixed-height frame; used with the chart's `responsive` prop (Recharts ≥ 3.3). */
export const FILL_FRAME: CSSProperties = { width: "100%", height: "100%" };

export const TOOLTIP_CONTENT_STYLE: CSSProperties = {
  border: "1px solid var(--border)",
  borderRadius: 6,
  fontSize: 13,
  color: TEXT_COLOR,
  background: "var(--card)",
};
/** Tooltip rows default to the series colour, which can be too pale to read; use text colour. */
export const TOOLTIP_ITEM_STYLE: CSSProperties = { color: TEXT_COLOR };
export const TOOLTIP_LABEL_STYLE: CSSProperties = { color: TEXT_COLOR };

/** Legend labels default to the series colour too; render them in the text colour instead. */
export function legendText(value: unknown): ReactNode {
  return <span className="chart-legend-text">{String(value)}</span>;
}

/**
 * Legend and tooltip sort their items alphabetically by default; this keeps the series order
 * (e.g. the grade scale) instead. Works as both `Legend.itemSorter` and `Tooltip.itemSorter`.
 */
export function seriesOrder(keys: readonly string[]) {
  return (item: { dataKey?: unknown }) => keys.indexOf(String(item.dataKey));
}

export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
