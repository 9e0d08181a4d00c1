"use client";

import dynamic from "next/dynamic";
import { STANCE_LABELS } from "@/lib/domain";
import type { BalanceRow } from "@/lib/scoring";
import { ChartFrame, type HeadingLevel } from "./chart-frame";
import { plural } from "./chart-theme";
import { DataTable } from "./data-table";

// The plot (Recharts) loads after the page, in its own chunk; the caption, summary and table
// above are in the page's HTML from the start.
const EvidenceBalancePlot = dynamic(() => import("./evidence-balance-plot"), { ssr: false });

export type EvidenceBalanceChartProps = {
  rows: BalanceRow[];
  title?: string;
  headingLevel?: HeadingLevel;
};

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

  return (
    <ChartFrame
      title={title}
      headingLevel={headingLevel}
      description="Running totals since the first logged item. Mixed evidence is the dashed line; the dark line is the net, supports − contradicts (below zero when contradicting evidence leads)."
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
      <EvidenceBalancePlot rows={rows} />
    </ChartFrame>
  );
}
