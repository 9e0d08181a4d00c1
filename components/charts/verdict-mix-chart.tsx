"use client";

import dynamic from "next/dynamic";
import { GRADES, GRADE_LABELS, type Grade } from "@/lib/domain";
import { ChartFrame, type HeadingLevel } from "./chart-frame";
import { UNGRADED_FILL, UNGRADED_LABEL, UNGRADED_STROKE, gradeColor, plural } from "./chart-theme";
import { DataTable } from "./data-table";
import type { MixBar } from "./verdict-mix-plot";

// The plot (Recharts) loads after the page, in its own chunk; the caption, summary and table
// are in the page's HTML from the start.
const VerdictMixPlot = dynamic(() => import("./verdict-mix-plot"), { ssr: false });

export type VerdictMixChartProps = {
  byVerdict: Record<Grade, number>;
  ungraded: number;
  title?: string;
  headingLevel?: HeadingLevel;
};

function verdictMixSummary(byVerdict: Record<Grade, number>, ungraded: number): string {
  const total = GRADES.reduce((sum, g) => sum + (byVerdict[g] ?? 0), 0) + ungraded;
  const parts = GRADES.filter((g) => (byVerdict[g] ?? 0) > 0).map(
    (g) => `${byVerdict[g]} ${GRADE_LABELS[g].toLowerCase()}`,
  );
  if (ungraded > 0) parts.push(`${ungraded} with no verdict yet`);
  return `${plural(total, "claim")}${parts.length ? `: ${parts.join(", ")}` : ""}.`;
}

/** The current verdict of every claim, one horizontal bar per grade plus "No verdict yet". */
export function VerdictMixChart({
  byVerdict,
  ungraded,
  title = "Claims per verdict today",
  headingLevel,
}: VerdictMixChartProps) {
  const data: MixBar[] = [
    ...GRADES.map((g) => ({ label: GRADE_LABELS[g], claims: byVerdict[g] ?? 0, fill: gradeColor(g) })),
    { label: UNGRADED_LABEL, claims: ungraded, fill: UNGRADED_FILL, stroke: UNGRADED_STROKE },
  ];
  const isEmpty = data.every((d) => d.claims === 0);

  return (
    <ChartFrame
      title={title}
      headingLevel={headingLevel}
      description="Each claim counted once, under its latest verdict."
      summary={`Bar chart of claims by current verdict. ${verdictMixSummary(byVerdict, ungraded)}`}
      isEmpty={isEmpty}
      emptyMessage="No claims yet, so there is no verdict mix to show."
      table={
        <DataTable
          caption="Claims by current verdict"
          columns={[
            { key: "verdict", label: "Verdict" },
            { key: "claims", label: "Claims", align: "right" },
          ]}
          rows={data.map((d) => ({ verdict: d.label, claims: d.claims }))}
        />
      }
    >
      <VerdictMixPlot data={data} />
    </ChartFrame>
  );
}
