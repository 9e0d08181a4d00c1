// Pieces of the claim timeline chart: date maths, axis ticks, marker shapes, legend, tooltip.
import type { ReactNode } from "react";
import { GRADE_LABELS, STANCE_LABELS, type Stance } from "@/lib/domain";
import type { TimelinePoint } from "@/lib/scoring";
import { isoDayOf } from "@/lib/claim-timeline";
import { plural, stanceColor } from "./chart-theme";
import styles from "./charts.module.css";

const DAY_MS = 86_400_000;
const isoDay = isoDayOf;
export const CREDENCE_COLOR = "var(--chart-credence)";
export const percent = (x: number) => `${Math.round(x * 100)}%`;

const STRENGTHS = ["", "weak", "moderate", "strong"] as const;
/** "Supports · strong" — the evidence weight is 1–3 (sign gives the stance). */
export function describeEvidence(p: TimelinePoint): string {
  const stance = p.stance ? STANCE_LABELS[p.stance] : "Evidence";
  const strength = STRENGTHS[Math.min(3, Math.abs(p.evidence ?? 0))];
  return strength ? `${stance} · ${strength}` : stance;
}

export const eventLabel = (p: TimelinePoint) =>
  p.grade ? `Verdict: ${GRADE_LABELS[p.grade]}` : (p.evidenceTitle ?? "Evidence");

export function summarizeTimeline(sorted: TimelinePoint[], horizonText: string): string {
  const evidence = sorted.filter((p) => p.stance);
  const verdicts = sorted.filter((p) => p.grade);
  const count = (s: string) => evidence.filter((p) => p.stance === s).length;
  const parts = [
    plural(evidence.length, "evidence item") +
      (evidence.length
        ? ` (${count("supports")} supporting, ${count("contradicts")} contradicting, ${count("mixed")} mixed)`
        : ""),
    plural(verdicts.length, "verdict"),
  ];
  const first = sorted[0].date;
  const last = sorted[sorted.length - 1].date;
  let text = `Timeline of ${parts.join(" and ")}, ${first === last ? `on ${first}` : `from ${first} to ${last}`}.`;
  const latest = verdicts[verdicts.length - 1];
  if (latest?.grade) {
    text += ` Latest verdict: ${GRADE_LABELS[latest.grade]}`;
    text += latest.credence === undefined ? "." : ` (credence ${percent(latest.credence)}).`;
  }
  return `${text} Expected horizon: ${horizonText}.`;
}

/** Ticks on whole years (long spans) or on the first of every 1/2/3/6 months, at most ~8. */
export function timeTicks(lo: number, hi: number): { ticks: number[]; format: (t: number) => string } {
  const start = new Date(lo * DAY_MS);
  const end = new Date(hi * DAY_MS);
  const ticks: number[] = [];
  if (hi - lo > 4 * 366) {
    const y0 = start.getUTCFullYear();
    const y1 = end.getUTCFullYear();
    const step = Math.max(1, Math.ceil((y1 - y0 + 1) / 8));
    for (let y = y0; y <= y1 + 1; y += step) ticks.push(Math.round(Date.UTC(y, 0, 1) / DAY_MS));
    return { ticks: ticks.filter((t) => t >= lo && t <= hi), format: (t) => isoDay(t).slice(0, 4) };
  }
  const months = (end.getUTCFullYear() - start.getUTCFullYear()) * 12 + end.getUTCMonth() - start.getUTCMonth() + 1;
  const step = [1, 2, 3, 6, 12].find((s) => months / s <= 8) ?? 12;
  const m0 = start.getUTCFullYear() * 12 + start.getUTCMonth();
  const first = Math.ceil(m0 / step) * step;
  for (let m = first; m <= m0 + months; m += step) {
    ticks.push(Math.round(Date.UTC(Math.floor(m / 12), m % 12, 1) / DAY_MS));
  }
  return { ticks: ticks.filter((t) => t >= lo && t <= hi), format: (t) => isoDay(t).slice(0, 7) };
}

// Marker shapes: ▲ supports (above the axis), ▼ contradicts (below), ◆ mixed (on the axis).
// Shape and position repeat what the colour says.
const MARKER_PATHS: Record<Stance, (x: number, y: number) => string> = {
  supports: (x, y) => `M${x},${y - 7} L${x + 7},${y + 5} L${x - 7},${y + 5} Z`,
  contradicts: (x, y) => `M${x},${y + 7} L${x + 7},${y - 5} L${x - 7},${y - 5} Z`,
  mixed: (x, y) => `M${x},${y - 7} L${x + 6},${y} L${x},${y + 7} L${x - 6},${y} Z`,
};

function LegendIcon({ children }: { children: ReactNode }) {
  return (
    <svg width="16" height="16" viewBox="-8 -8 16 16" aria-hidden="true" className={styles.legendIcon}>
      {children}
    </svg>
  );
}

export function TimelineLegend({ showCredence, showVerdicts, showImplied = false }: { showCredence: boolean; showVerdicts: boolean; showImplied?: boolean }) {
  const item = styles.legendItem;
  return (
    <div className={styles.legend} aria-hidden="true">
      {(["supports", "contradicts", "mixed"] as const).map((s) => (
        <span key={s} className={item}>
          <LegendIcon>
            <path d={MARKER_PATHS[s](0, 0)} fill={stanceColor(s)} />
          </LegendIcon>
          {STANCE_LABELS[s]}
        </span>
      ))}
      {showCredence ? (
        <span className={item}>
          <LegendIcon>
            <path d="M-7,3 L0,3 L0,-3 L7,-3" fill="none" stroke={CREDENCE_COLOR} strokeWidth="2" />
          </LegendIcon>
          Credence
        </span>
      ) : null}
      {showImplied ? (
        <span className={item}>
          <LegendIcon>
            <path d="M0,-5 L5,0 L0,5 L-5,0 Z" fill="var(--card)" stroke={CREDENCE_COLOR} strokeWidth="2" />
          </LegendIcon>
          Implied credence
        </span>
      ) : null}
      {showVerdicts ? (
        <span className={item}>
          <LegendIcon>
            <circle r="4.5" fill="var(--muted)" stroke="var(--card)" strokeWidth="1" />
          </LegendIcon>
          Verdict
        </span>
      ) : null}
      <span className={item}>
        <LegendIcon>
          <line x1="0" y1="-7" x2="0" y2="7" stroke="var(--chart-today)" strokeWidth="1.5" strokeDasharray="2 3" />
        </LegendIcon>
        Today
      </span>
    </div>
  );
}

export function TimelineTooltip({ active, events }: { active: boolean; events: TimelinePoint[] | undefined }) {
  if (!active || !events || events.length === 0) return null;
  return (
    <div className={styles.tooltip}>
      <p>
        <strong>{events[0].date}</strong>
      </p>
      <ul>
        {events.map((p, i) => (
          <li key={i}>
            {eventLabel(p)}
            <br />
            <span className={styles.tooltipMeta}>
              {p.grade
                ? p.credence === undefined
                  ? "No credence given"
                  : `Credence ${percent(p.credence)}`
                : describeEvidence(p)}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
