// The claim timeline's two lanes, as plain data: the credence line (starting at the author's
// implied credence on the day the claim was made, stepping at each verdict that records a
// credence, held until today) and the verdict marks placed on it. Pure; the chart draws it.
import type { Grade } from "./domain";
import type { TimelinePoint } from "./scoring";

const DAY_MS = 86_400_000;
export const dayNumber = (isoDay: string) => Math.round(Date.parse(`${isoDay}T00:00:00Z`) / DAY_MS);
export const isoDayOf = (t: number) => new Date(t * DAY_MS).toISOString().slice(0, 10);

export type CredenceStep = {
  t: number;
  date: string;
  credence: number;
  /** implied: the author's, from the wording; verdict: recorded with a verdict; today: the last value held to today. */
  kind: "implied" | "verdict" | "today";
  grade?: Grade;
};

export type VerdictMark = {
  t: number;
  date: string;
  grade: Grade;
  /** The credence recorded with the verdict, or null when it gave none. */
  credence: number | null;
  /** Where the mark sits on the credence line: its own credence, else the value the line holds then. */
  y: number | null;
};

export function credenceSteps(points: TimelinePoint[], madeOn: string, impliedCredence: number | null, today: string): CredenceStep[] {
  const steps: CredenceStep[] = [];
  if (impliedCredence !== null) steps.push({ t: dayNumber(madeOn), date: madeOn, credence: impliedCredence, kind: "implied" });
  const verdicts = points.filter((p) => p.grade && p.credence !== undefined).sort((a, b) => a.t - b.t);
  for (const v of verdicts) steps.push({ t: v.t, date: v.date, credence: v.credence!, kind: "verdict", grade: v.grade });
  const last = steps[steps.length - 1];
  const todayT = dayNumber(today);
  if (last && todayT > last.t) steps.push({ t: todayT, date: today, credence: last.credence, kind: "today" });
  return steps;
}

/** Every verdict, placed on the credence line. */
export function verdictMarks(points: TimelinePoint[], steps: CredenceStep[]): VerdictMark[] {
  return points
    .filter((p) => p.grade)
    .sort((a, b) => a.t - b.t)
    .map((p) => {
      const credence = p.credence ?? null;
      const held = [...steps].reverse().find((s) => s.kind !== "today" && s.t <= p.t);
      return { t: p.t, date: p.date, grade: p.grade!, credence, y: credence ?? held?.credence ?? null };
    });
}

/** Evidence on the strip: one row per stance (supports above, mixed, contradicts below). */
export const STANCE_ROW = { supports: 1, mixed: 0, contradicts: -1 } as const;

/**
 * The time axis: the claim's date, its events and today, widened to take in the horizon when
 * it lies within `nearDays` of them, with a little padding either side.
 */
export function timelineDomain(
  ts: number[],
  horizon: { from: number; to: number },
  nearDays = 5 * 365,
): { domain: [number, number]; showHorizon: boolean; horizonFrom: number; horizonTo: number } {
  let lo = Math.min(...ts);
  let hi = Math.max(...ts);
  const horizonFrom = dayNumber(`${horizon.from}-01-01`);
  const horizonTo = dayNumber(`${horizon.to}-12-31`);
  const showHorizon = horizonFrom <= hi + nearDays && horizonTo >= lo - nearDays;
  if (showHorizon) {
    lo = Math.min(lo, horizonFrom);
    hi = Math.max(hi, horizonTo);
  }
  const pad = Math.max(15, Math.round((hi - lo) * 0.03));
  return { domain: [lo - pad, hi + pad], showHorizon, horizonFrom, horizonTo };
}
