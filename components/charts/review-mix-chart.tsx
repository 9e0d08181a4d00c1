"use client";

import { GRADES, GRADE_LABELS, type Grade } from "@/lib/domain";
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

/** One completed review's frozen verdict mix. `label` is what the axis shows (e.g. "2025"). */
export type ReviewMixRow = { label: string; year: number; ungraded: number } & Record<Grade, number>;

export type ReviewMixChartProps = {
  rows: ReviewMixRow[];
  /** The review the page is about; its bar is named in the summary. */
  currentYear?: number;
  title?: string;
  headingLevel?: HeadingLevel;
};

const rowTotal = (row: ReviewMixRow) => GRADES.reduce((sum, g) => sum + row[g], row.ungraded);

function describeRow(row: ReviewMixRow): string {
  const parts = GRADES.filter((g) => row[g] > 0).map((g) => `${row[g]} ${GRADE_LABELS[g].toLowerCase()}`);
  if (row.ungraded > 0) parts.push(`${row.ungraded} with no verdict yet`);
  return `${row.year}: ${plural(rowTotal(row), "claim")}${parts.length ? ` — ${parts.join(", ")}` : ""}`;
}

function summarize(rows: ReviewMixRow[], currentYear?: number): string {
  const current = rows.find((r) => r.year === currentYear) ?? rows[rows.length - 1];
  const earlier = rows.filter((r) => r !== current);
  return (
    `Stacked bar chart of claims by verdict at each completed review, ${plural(rows.length, "review")}. ` +
    `This review, ${describeRow(current)}.` +
    (earlier.length ? ` Earlier reviews: ${earlier.map(describeRow).join("; ")}.` : "")
  );
}

/** This review's verdict mix next to the earlier reviews': one stacked bar per review year. */
export function ReviewMixChart({
  rows,
  currentYear,
  title = "Verdict mix at each review",
  headingLevel,
}: ReviewMixChartProps) {
  const isEmpty = rows.length === 0 || rows.every((r) => rowTotal(r) === 0);

  const columns: DataTableColumn[] = [
    { key: "label", label: "Review" },
    ...GRADES.map((g): DataTableColumn => ({ key: g, label: GRADE_LABELS[g], align: "right" })),
    { key: "ungraded", label: UNGRADED_LABEL, align: "right" },
    { key: "total", label: "Total", align: "right" },
  ];
  const tableRows = rows.map((r) => ({
    label: r.label,
    ungraded: r.ungraded,
    total: rowTotal(r),
    ...Object.fromEntries(GRADES.map((g) => [g, r[g]])),
  }));

  return (
    <ChartFrame
      title={title}
      headingLevel={headingLevel}
      description="Each claim’s verdict as frozen in each completed review’s snapshot, one bar per review."
      summary={isEmpty ? "" : summarize(rows, currentYear)}
      isEmpty={isEmpty}
      emptyMessage="No completed reviews yet, so there is no verdict mix to compare."
      table={<DataTable caption="Claims by verdict in each completed review" columns={columns} rows={tableRows} />}
    >
      <GradeMixBars rows={rows} xKey="label" />
    </ChartFrame>
  );
}
