"use client";

import type { ReactNode } from "react";
import { CartesianGrid, ComposedChart, Line, ReferenceArea, ReferenceLine, Scatter, Tooltip, XAxis, YAxis } from "recharts";
import type { ScatterShapeProps } from "recharts";
import { STRENGTH_WEIGHT } from "@/lib/scoring";
import { GRADE_LABELS, STANCE_LABELS, type Stance } from "@/lib/domain";
import { formatHorizon } from "@/lib/horizon";
import type { TimelinePoint } from "@/lib/scoring";
import { STANCE_ROW, credenceSteps, dayNumber, timelineDomain, verdictMarks, type CredenceStep, type VerdictMark } from "@/lib/claim-timeline";
import { ChartFrame, type HeadingLevel } from "./chart-frame";
import { AXIS_STROKE, FILL_FRAME, GRID_STROKE, TEXT_COLOR, TICK, gradeColor, stanceColor } from "./chart-theme";
import styles from "./charts.module.css";
import { DataTable } from "./data-table";
import { CREDENCE_COLOR, TimelineLegend, TimelineTooltip, describeEvidence, eventLabel, percent, summarizeTimeline, timeTicks } from "./timeline-parts";

export type ClaimTimelineChartProps = {
  points: TimelinePoint[];
  horizon: { from: number; to: number };
  /** The day the claim was made: the credence line starts here, at the implied credence. */
  madeOn: string;
  impliedCredence: number | null;
  /** Today (UTC), for the "today" rule and to carry the last credence forward. */
  today: string;
  title?: string;
  headingLevel?: HeadingLevel;
};

type EvidenceDot = { t: number; row: number; weight: number; stance: Stance };

// Both lanes share the time axis; identical side widths keep their dates aligned.
const Y_WIDTH = 84;
const MARGIN = { top: 6, right: 20, bottom: 0, left: 0 };
const HORIZON_FILL = "var(--chart-horizon)";
const HORIZON_TEXT = "var(--chart-horizon-text)";
const TODAY_STROKE = "var(--chart-today)";
/** A thin edge in the card's colour keeps overlapping marks apart. */
const MARK_EDGE = "var(--card)";
const STANCE_TICKS: Record<number, string> = { 1: STANCE_LABELS.supports, 0: STANCE_LABELS.mixed, [-1]: STANCE_LABELS.contradicts };

// ▲ supports, ▼ contradicts, ◆ mixed; a stronger item draws a bigger mark (weak 1 … strong 3).
function stanceMarker(stance: Stance) {
  return function Marker({ cx, cy, payload }: ScatterShapeProps): ReactNode {
    if (cx == null || cy == null) return null;
    const s = 3 + 2 * ((payload as EvidenceDot | undefined)?.weight ?? 2);
    const d =
      stance === "supports"
        ? `M${cx},${cy - s} L${cx + s},${cy + s * 0.7} L${cx - s},${cy + s * 0.7} Z`
        : stance === "contradicts"
          ? `M${cx},${cy + s} L${cx + s},${cy - s * 0.7} L${cx - s},${cy - s * 0.7} Z`
          : `M${cx},${cy - s} L${cx + s * 0.85},${cy} L${cx},${cy + s} L${cx - s * 0.85},${cy} Z`;
    return <path d={d} fill={stanceColor(stance)} fillOpacity={0.85} stroke={MARK_EDGE} strokeWidth={1} />;
  };
}
const MARKERS = { supports: stanceMarker("supports"), contradicts: stanceMarker("contradicts"), mixed: stanceMarker("mixed") };

/** A verdict on the credence line: filled when it recorded a credence, a ring when it did not. */
function VerdictMarker({ cx, cy, payload }: ScatterShapeProps): ReactNode {
  const mark = payload as VerdictMark | undefined;
  if (cx == null || cy == null || !mark) return null;
  const color = gradeColor(mark.grade);
  return mark.credence === null ? (
    <circle cx={cx} cy={cy} r={5} fill={MARK_EDGE} stroke={color} strokeWidth={2.5} />
  ) : (
    <circle cx={cx} cy={cy} r={5.5} fill={color} stroke={MARK_EDGE} strokeWidth={1.5} />
  );
}

/** The implied credence where the line starts: a hollow diamond. */
function StepDot(props: { cx?: number; cy?: number; payload?: CredenceStep }): ReactNode {
  const { cx, cy, payload } = props;
  if (cx == null || cy == null || payload?.kind !== "implied") return null;
  return <path d={`M${cx},${cy - 6} L${cx + 6},${cy} L${cx},${cy + 6} L${cx - 6},${cy} Z`} fill={MARK_EDGE} stroke={CREDENCE_COLOR} strokeWidth={2} />;
}

/** One claim's history on one time axis: an evidence strip above a credence line with its verdicts. */
export function ClaimTimelineChart({ points, horizon, madeOn, impliedCredence, today, title = "Claim timeline", headingLevel }: ClaimTimelineChartProps) {
  const sorted = [...points].sort((a, b) => a.t - b.t);
  const steps = credenceSteps(sorted, madeOn, impliedCredence, today);
  const marks = verdictMarks(sorted, steps);
  const isEmpty = sorted.length === 0 && impliedCredence === null;
  const horizonText = formatHorizon(horizon);
  const todayT = dayNumber(today);
  const madeT = dayNumber(madeOn);

  const evidence: Record<Stance, EvidenceDot[]> = { supports: [], contradicts: [], mixed: [] };
  for (const p of sorted) {
    if (!p.stance) continue;
    // Mixed evidence carries no signed weight in the timeline points: draw it at moderate size.
    const weight = p.stance === "mixed" ? STRENGTH_WEIGHT.moderate : Math.max(1, Math.abs(p.evidence ?? 0));
    evidence[p.stance].push({ t: p.t, row: STANCE_ROW[p.stance], weight, stance: p.stance });
  }
  const byT = new Map<number, TimelinePoint[]>();
  for (const p of sorted) byT.set(p.t, [...(byT.get(p.t) ?? []), p]);
  const { domain, showHorizon, horizonFrom, horizonTo } = timelineDomain([madeT, todayT, ...sorted.map((p) => p.t)], horizon);
  const { ticks, format } = timeTicks(domain[0], domain[1]);
  const hasLine = steps.length > 0;

  const tableRows = [
    ...(impliedCredence === null ? [] : [{ date: madeOn, event: "Claim made", detail: "Implied credence (from its wording)", credence: percent(impliedCredence) }]),
    ...sorted.map((p) => ({
      date: p.date,
      event: eventLabel(p),
      detail: p.grade ? GRADE_LABELS[p.grade] : describeEvidence(p),
      credence: p.credence === undefined ? null : percent(p.credence),
    })),
  ];
  const summary = isEmpty
    ? ""
    : `${sorted.length ? summarizeTimeline(sorted, horizonText) : `No evidence or verdicts yet. Expected horizon: ${horizonText}.`}` +
      (impliedCredence === null ? "" : ` The credence line starts at the implied ${percent(impliedCredence)} on ${madeOn}.`) +
      ` Today is ${today}.`;

  const xAxis = (hide: boolean) => (
    <XAxis
      dataKey="t"
      type="number"
      domain={domain}
      allowDataOverflow
      ticks={ticks}
      tickFormatter={format}
      tick={TICK}
      stroke={AXIS_STROKE}
      hide={hide}
      height={hide ? 0 : 24}
    />
  );
  const horizonBand = (label: boolean) =>
    showHorizon ? (
      <ReferenceArea
        x1={horizonFrom}
        x2={horizonTo}
        ifOverflow="hidden"
        fill={HORIZON_FILL}
        fillOpacity={0.8}
        label={label ? { value: `Horizon ${horizonText}`, position: "insideBottom", fill: HORIZON_TEXT, fontSize: 11 } : undefined}
      />
    ) : null;
  const todayRule = (label: boolean) => (
    <ReferenceLine
      x={todayT}
      stroke={TODAY_STROKE}
      strokeWidth={1.5}
      strokeDasharray="2 3"
      label={label ? { value: "Today", position: "insideTopRight", fill: TEXT_COLOR, fontSize: 11 } : undefined}
    />
  );
  const tooltip = (
    <Tooltip
      cursor={{ stroke: AXIS_STROKE, strokeDasharray: "2 2" }}
      content={({ active, payload }) => {
        const row = payload?.[0]?.payload as { t?: number } | undefined;
        const events = row?.t === undefined ? undefined : byT.get(row.t);
        if (active && !events && row?.t === madeT && impliedCredence !== null) {
          return (
            <TimelineTooltip
              active
              events={[{ date: madeOn, t: madeT, evidenceTitle: `Claim made: implied credence ${percent(impliedCredence)}` }]}
            />
          );
        }
        return <TimelineTooltip active={Boolean(active)} events={events} />;
      }}
    />
  );

  return (
    <ChartFrame
      title={title}
      headingLevel={headingLevel}
      tall
      description={
        "Top: evidence by the day it was observed, one row per stance (bigger marks are stronger). Bottom: the credence line with verdicts marked in their grade's colour (a ring when the verdict gave no credence). The dotted rule is today. " +
        (showHorizon
          ? `The shaded band is the expected horizon (${horizonText}).`
          : `The expected horizon (${horizonText}) lies outside this period.`)
      }
      summary={summary}
      isEmpty={isEmpty}
      emptyMessage="No evidence, verdicts or implied credence yet. Log the first piece of evidence below."
      table={
        <DataTable
          caption="Evidence and verdicts in date order"
          columns={[
            { key: "date", label: "Date" },
            { key: "event", label: "Event" },
            { key: "detail", label: "Stance / grade" },
            { key: "credence", label: "Credence", align: "right" },
          ]}
          rows={tableRows}
        />
      }
    >
      <div className={styles.lanes}>
        <div className={styles.laneEvidence} data-lane="evidence">
          <ComposedChart responsive style={FILL_FRAME} margin={MARGIN} accessibilityLayer={false}>
            <CartesianGrid vertical={false} stroke={GRID_STROKE} />
            {horizonBand(false)}
            {xAxis(true)}
            <YAxis
              dataKey="row"
              type="number"
              domain={[-1.7, 1.7]}
              ticks={[1, 0, -1]}
              tickFormatter={(v: number) => STANCE_TICKS[v] ?? ""}
              width={Y_WIDTH}
              tick={{ ...TICK, fontSize: 11 }}
              stroke={AXIS_STROKE}
            />
            {todayRule(false)}
            {(["supports", "mixed", "contradicts"] as const).map((s) => (
              <Scatter key={s} data={evidence[s]} dataKey="row" name={STANCE_LABELS[s]} shape={MARKERS[s]} isAnimationActive={false} />
            ))}
            {tooltip}
          </ComposedChart>
        </div>
        <div className={styles.laneCredence} data-lane="credence">
          <ComposedChart responsive style={FILL_FRAME} margin={{ ...MARGIN, top: 16 }} accessibilityLayer={false}>
            <CartesianGrid vertical={false} stroke={GRID_STROKE} />
            {horizonBand(true)}
            {xAxis(false)}
            <YAxis
              type="number"
              domain={[0, 1]}
              allowDataOverflow
              ticks={[0, 0.25, 0.5, 0.75, 1]}
              tickFormatter={percent}
              width={Y_WIDTH}
              tick={TICK}
              stroke={AXIS_STROKE}
              label={{ value: "Credence", angle: -90, position: "insideLeft", textAnchor: "middle", fill: TICK.fill, fontSize: 12 }}
            />
            {marks.map((m, i) => (
              <ReferenceLine
                key={`verdict-${m.t}-${i}`}
                x={m.t}
                stroke={gradeColor(m.grade)}
                strokeWidth={1}
                strokeDasharray="4 3"
                strokeOpacity={0.7}
                label={{ value: GRADE_LABELS[m.grade], position: "insideTopLeft", fill: TEXT_COLOR, fontSize: 11, dy: (i % 3) * 13 - 14 }}
              />
            ))}
            {todayRule(true)}
            {hasLine ? (
              <Line
                data={steps}
                dataKey="credence"
                name="Credence"
                type="stepAfter"
                stroke={CREDENCE_COLOR}
                strokeWidth={2}
                dot={(p: { cx?: number; cy?: number; payload?: CredenceStep; index?: number }) => <StepDot key={`step-${p.index}`} {...p} />}
                activeDot={false}
                isAnimationActive={false}
              />
            ) : null}
            <Scatter data={marks.filter((m) => m.y !== null)} dataKey="y" name="Verdict" shape={VerdictMarker} isAnimationActive={false} />
            {tooltip}
          </ComposedChart>
        </div>
        <TimelineLegend showCredence={hasLine} showVerdicts={marks.length > 0} showImplied={impliedCredence !== null} />
      </div>
    </ChartFrame>
  );
}
