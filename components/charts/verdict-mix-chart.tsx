"use client";

import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from "recharts";
import { GRADES, GRADE_COLORS, GRADE_LABELS, type Grade } from "@/lib/domain";
import { ChartFrame, type HeadingLevel } from "./chart-frame";
import {
  AXIS_STROKE,
  CHART_MARGIN,
  FILL_FRAME,
  GRID_STROKE,
  TEXT_COLOR,
  TICK,
  TOOLTIP_CONTENT_STYLE,
  TOOLTIP_ITEM_STYLE,
  UNGRADED_FILL,
  UNGRADED_LABEL,
  UNGRADED_STROKE,
  plural,
} from "./chart-theme";
import { DataTable } from "./data-table";

export type VerdictMixChartProps = {
  byVerdict: Record<Grade, number>;
  ungraded: number;
  title?: string;
  headingLevel?: HeadingLevel;
};

type MixBar = { label: string; claims: number; fill: string; stroke?: string };

function verdictMixSummary(byVerdict: Record<Grade, number>, ungraded: number): string {
  const total = GRADES.reduce((sum, g) => sum + (byVerdict[g] ?? 0), 0) + ungraded;
  const parts = GRADES.filter((g) => (byVerdict[g] ?? 0) > 0).map(
    (g) => `${byVerdict[g]} ${GRADE_LABELS[g].toLowerCase()}`,
  );
  if (ungraded > 0) parts.push(`${ungraded} not yet graded`);
  return `${plural(total, "claim")}${parts.length ? `: ${parts.join(", ")}` : ""}.`;
}

/** The current verdict of every claim, one horizontal bar per grade plus "Not yet graded". */
export function VerdictMixChart({
  byVerdict,
  ungraded,
  title = "Claims per verdict today",
  headingLevel,
}: VerdictMixChartProps) {
  const data: MixBar[] = [
    ...GRADES.map((g) => ({ label: GRADE_LABELS[g], claims: byVerdict[g] ?? 0, fill: GRADE_COLORS[g] })),
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
          cursor={{ fill: "#f6f8fa" }}
          contentStyle={TOOLTIP_CONTENT_STYLE}
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
    </ChartFrame>
  );
}
