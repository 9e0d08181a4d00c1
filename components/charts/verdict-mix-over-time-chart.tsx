"use client";

import { GRADES, GRADE_LABELS } from "@/lib/domain";
import type { MixRow } from "@/lib/scoring";
import { ChartFrame, type HeadingLevel } from "./chart-frame";
import dynamic from "next/dynamic";
import {
  UNGRADED_LABEL,
  plural,
} from "./chart-theme";
import { DataTable, type DataTableColumn } from "./data-table";

// The plot (Recharts) loads after the page, in its own chunk; the caption, summary and table
// are in the page's HTML from the start.
const GradeMixBars = dynamic(() => import("./grade-mix-bars"), { ssr: false });

export type VerdictMixOverTimeChartProps = {
  rows: MixRow[];
  title?: string;
  headingLevel?: HeadingLevel;
};

const rowTotal = (row: MixRow) => GRADES.reduce((sum, g) => sum + row[g], row.ungraded);

function summarize(rows: MixRow[]): string {
  const first = rows[0];
  const last = rows[rows.length - 1];
  const parts = GRADES.filter((g) => last[g] > 0).map((g) => `${last[g]} ${GRADE_LABELS[g].toLowerCase()}`);
  if (last.ungraded > 0) parts.push(`${last.ungraded} with no verdict yet`);
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
      <GradeMixBars rows={rows} xKey="period" minTickGap={8} />
    </ChartFrame>
  );
}
