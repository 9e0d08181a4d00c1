"use client";

import {
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  ReferenceArea,
  ReferenceLine,
  Scatter,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { GRADE_COLORS, GRADE_LABELS, STANCE_LABELS } from "@/lib/domain";
import { formatHorizon } from "@/lib/horizon";
import type { TimelinePoint } from "@/lib/scoring";
import { ChartFrame, type HeadingLevel } from "./chart-frame";
import { AXIS_STROKE, FILL_FRAME, GRID_STROKE, TEXT_COLOR, TICK } from "./chart-theme";
import { DataTable } from "./data-table";
import {
  CREDENCE_COLOR,
  TimelineLegend,
  TimelineTooltip,
  dayNumber,
  describeEvidence,
  eventLabel,
  markerShape,
  percent,
  summarizeTimeline,
  timeTicks,
} from "./timeline-parts";

export type ClaimTimelineChartProps = {
  points: TimelinePoint[];
  horizon: { from: number; to: number };
  title?: string;
  headingLevel?: HeadingLevel;
};

type Row = { t: number; supports?: number; contradicts?: number; mixed?: number; credence?: number };

const SUPPORTS_MARKER = markerShape("supports");
const CONTRADICTS_MARKER = markerShape("contradicts");
const MIXED_MARKER = markerShape("mixed");
const NEAR_DAYS = 5 * 365; // show the horizon band when it starts/ends within ~5 years of the data
const signed = (n: number) => (n > 0 ? `+${n}` : n < 0 ? `−${-n}` : "0");

/** One claim's history: evidence above/below the axis, verdict changes, credence, and its horizon. */
export function ClaimTimelineChart({ points, horizon, title = "Claim timeline", headingLevel }: ClaimTimelineChartProps) {
  const sorted = [...points].sort((a, b) => a.t - b.t);
  const isEmpty = sorted.length === 0;
  const horizonText = formatHorizon(horizon);

  const rows: Row[] = sorted.map((p) => ({
    t: p.t,
    ...(p.stance ? { [p.stance]: p.evidence ?? 0 } : {}),
    ...(p.credence === undefined ? {} : { credence: p.credence }),
  }));
  const byT = new Map<number, TimelinePoint[]>();
  for (const p of sorted) byT.set(p.t, [...(byT.get(p.t) ?? []), p]);
  // One marker per day: the last verdict given that day.
  const verdictDays = [...new Map(sorted.filter((p) => p.grade).map((p) => [p.t, p])).values()];
  const hasCredence = sorted.some((p) => p.credence !== undefined);

  // Domain: the data, widened to take in the horizon when it is near the data.
  let lo = isEmpty ? 0 : sorted[0].t;
  let hi = isEmpty ? 1 : sorted[sorted.length - 1].t;
  const hFrom = dayNumber(`${horizon.from}-01-01`);
  const hTo = dayNumber(`${horizon.to}-12-31`);
  const showHorizon = hFrom <= hi + NEAR_DAYS && hTo >= lo - NEAR_DAYS;
  if (showHorizon) {
    lo = Math.min(lo, hFrom);
    hi = Math.max(hi, hTo);
  }
  const pad = Math.max(15, Math.round((hi - lo) * 0.03));
  const domain: [number, number] = [lo - pad, hi + pad];
  const { ticks, format } = timeTicks(domain[0], domain[1]);

  const tableRows = sorted.map((p) => ({
    date: p.date,
    event: eventLabel(p),
    detail: p.grade ? GRADE_LABELS[p.grade] : describeEvidence(p),
    credence: p.credence === undefined ? null : percent(p.credence),
  }));

  return (
    <ChartFrame
      title={title}
      headingLevel={headingLevel}
      tall
      description={
        "Supporting evidence above the line, contradicting below (higher = stronger); dashed lines mark verdicts. " +
        (showHorizon
          ? `The shaded band is the expected horizon (${horizonText}).`
          : `The expected horizon (${horizonText}) lies outside this period.`)
      }
      summary={isEmpty ? "" : summarizeTimeline(sorted, horizonText)}
      isEmpty={isEmpty}
      emptyMessage="No evidence or verdicts yet — log the first piece of evidence below."
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
      <ComposedChart
        responsive
        style={FILL_FRAME}
        data={rows}
        margin={{ top: 8, right: hasCredence ? 4 : 16, bottom: 4, left: 4 }}
        accessibilityLayer={false}
      >
        <CartesianGrid vertical={false} stroke={GRID_STROKE} />
        {showHorizon ? (
          <ReferenceArea
            x1={hFrom}
            x2={hTo}
            ifOverflow="hidden"
            fill="#ddf4ff"
            fillOpacity={0.8}
            label={{ value: `Horizon ${horizonText}`, position: "insideBottom", fill: "#0550ae", fontSize: 11 }}
          />
        ) : null}
        <XAxis
          dataKey="t"
          type="number"
          domain={domain}
          allowDataOverflow
          ticks={ticks}
          tickFormatter={format}
          tick={TICK}
          stroke={AXIS_STROKE}
        />
        <YAxis
          domain={[-4, 4]}
          allowDataOverflow
          ticks={[-3, -2, -1, 0, 1, 2, 3]}
          tickFormatter={signed}
          width={52}
          tick={TICK}
          stroke={AXIS_STROKE}
          label={{ value: "Evidence", angle: -90, position: "insideLeft", textAnchor: "middle", fill: TICK.fill, fontSize: 12 }}
        />
        {hasCredence ? (
          <YAxis
            yAxisId="credence"
            orientation="right"
            domain={[0, 1]}
            allowDataOverflow
            ticks={[0, 0.25, 0.5, 0.75, 1]}
            tickFormatter={percent}
            width={44}
            tick={TICK}
            stroke={AXIS_STROKE}
          />
        ) : null}
        <ReferenceLine y={0} stroke={AXIS_STROKE} />
        {verdictDays.map((p, i) =>
          p.grade ? (
            <ReferenceLine
              key={`verdict-${p.t}`}
              x={p.t}
              stroke={GRADE_COLORS[p.grade]}
              strokeWidth={1.5}
              strokeDasharray="4 3"
              label={{
                value: GRADE_LABELS[p.grade],
                position: "insideTopLeft",
                fill: TEXT_COLOR,
                fontSize: 11,
                dy: (i % 3) * 13,
                halo: true,
              }}
            />
          ) : null,
        )}
        <Scatter dataKey="supports" name={STANCE_LABELS.supports} shape={SUPPORTS_MARKER} isAnimationActive={false} />
        <Scatter dataKey="contradicts" name={STANCE_LABELS.contradicts} shape={CONTRADICTS_MARKER} isAnimationActive={false} />
        <Scatter dataKey="mixed" name={STANCE_LABELS.mixed} shape={MIXED_MARKER} isAnimationActive={false} />
        {hasCredence ? (
          <Line
            yAxisId="credence"
            dataKey="credence"
            name="Credence"
            stroke={CREDENCE_COLOR}
            strokeWidth={2}
            dot={{ r: 3, fill: CREDENCE_COLOR }}
            connectNulls
            isAnimationActive={false}
          />
        ) : null}
        <Tooltip
          cursor={{ stroke: AXIS_STROKE, strokeDasharray: "2 2" }}
          content={({ active, label }) => (
            <TimelineTooltip active={active} events={label === undefined ? undefined : byT.get(Number(label))} />
          )}
        />
        <Legend content={<TimelineLegend showCredence={hasCredence} showVerdicts={verdictDays.length > 0} />} />
      </ComposedChart>
    </ChartFrame>
  );
}
