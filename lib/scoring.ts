// Pure scorecard maths. No I/O: callers pass rows already aggregated by the database.
import { GRADES, type Grade, type Stance } from "./domain";

// ---------------------------------------------------------------------------------------
// Hit rate
// ---------------------------------------------------------------------------------------

// ---------------------------------------------------------------------------------------
// The rules, written once. Everything that counts, flags or compares grades follows them:
// the hit rate and forecast scores (lib/forecast-scoring.ts), which grades are final (the
// review queue and the due flags, FINAL_GRADES in lib/domain.ts), the review diff
// (gradeDirection in lib/reviews.ts) and the README's "The rules" section.

/**
 * Points each grade earns towards the hit rate, and the outcome Brier and log scores use:
 * only settled outcomes count, confirmed = 1, partly = ½, refuted = 0. Interim or
 * untestable grades (on_track, off_track, too_early, unfalsifiable) and ungraded claims are
 * left out entirely.
 */
export const HIT_POINTS: Partial<Record<Grade, number>> = { confirmed: 1, partly: 0.5, refuted: 0 };

/**
 * What `partly` is. It is a final verdict given at the horizon (or once the outcome is
 * known), never an interim reading, and it is treated so everywhere. Written without a
 * closing full stop, so it reads inside a sentence as well as after a label.
 */
export const PARTLY_RULE =
  "“Partly true” is a final verdict, like confirmed and refuted: give it once the claim’s horizon has passed or its outcome is known, when only part of it came true (use on track or off track before then). It counts as a half outcome everywhere: ½ in the hit rate, (c − 0.5)² in the Brier score and ½·ln c + ½·ln(1 − c) in the log score. Like any final verdict it takes the claim out of the review queue and off the “ready for a final verdict” list unless someone reopens it; moving it back to an interim grade takes it out of the hit rate, and reviews show that as “reopened”";

export const HIT_RATE_RULE =
  "Hit rate counts settled claims only: confirmed = 1, partly true = ½, refuted = 0. Claims that are on track, off track, too early to tell, unfalsifiable or not yet graded are left out, so a claim moved from a settled grade back to an interim one leaves the hit rate (it is “reopened”, not a move towards refuted).";

/** True for a grade that counts in the hit rate and forecast scores (a settled outcome). */
export function countsInHitRate(grade: Grade | null): boolean {
  return grade !== null && HIT_POINTS[grade] !== undefined;
}

/** A regrade that takes a claim out of the hit rate: from a settled outcome to anything else. */
export function isReopening(from: Grade | null, to: Grade | null): boolean {
  return countsInHitRate(from) && !countsInHitRate(to);
}

export type HitRate = { rate: number | null; graded: number; points: number };

/** Takes the number of claims per current grade (e.g. from a SQL GROUP BY). */
export function computeHitRate(byGrade: Partial<Record<Grade, number>>): HitRate {
  let graded = 0;
  let points = 0;
  for (const grade of GRADES) {
    const weight = HIT_POINTS[grade];
    const n = byGrade[grade] ?? 0;
    if (weight === undefined || n <= 0) continue;
    graded += n;
    points += n * weight;
  }
  return { rate: graded === 0 ? null : points / graded, graded, points };
}

// ---------------------------------------------------------------------------------------
// Verdict mix over time
// ---------------------------------------------------------------------------------------

export type VerdictPoint = { predictionId: string; grade: Grade; madeOn: string };
export type ClaimPoint = { id: string; madeOn: string };
export type MixRow = { period: string; asOf: string; ungraded: number } & Record<Grade, number>;

/** Quarter ends (YYYY-MM-DD) from the quarter containing `start` up to the one containing `end`. */
export function quarterEnds(start: string, end: string): string[] {
  const out: string[] = [];
  let year = Number(start.slice(0, 4));
  let q = Math.floor((Number(start.slice(5, 7)) - 1) / 3);
  const endKey = Number(end.slice(0, 4)) * 4 + Math.floor((Number(end.slice(5, 7)) - 1) / 3);
  while (year * 4 + q <= endKey) {
    const lastMonth = q * 3 + 3;
    const lastDay = new Date(Date.UTC(year, lastMonth, 0)).getUTCDate();
    out.push(`${year}-${String(lastMonth).padStart(2, "0")}-${String(lastDay).padStart(2, "0")}`);
    q += 1;
    if (q === 4) {
      q = 0;
      year += 1;
    }
  }
  return out;
}

/** The last day of the quarter a day (YYYY-MM-DD) falls in. */
export function quarterEndOf(day: string): string {
  const year = Number(day.slice(0, 4));
  const lastMonth = Math.ceil(Number(day.slice(5, 7)) / 3) * 3;
  return new Date(Date.UTC(year, lastMonth, 0)).toISOString().slice(0, 10);
}

/** The first day of the month a day (YYYY-MM-DD) falls in. */
export const monthStartOf = (day: string): string => `${day.slice(0, 7)}-01`;

/** Sums changes that fall in the same period (by `periodOf` their day), dropping zeros. */
export function changesByPeriod(changes: readonly MixDelta[], periodOf: (day: string) => string): MixDelta[] {
  const net = new Map<string, MixDelta>();
  for (const c of changes) {
    const day = periodOf(c.day);
    const key = `${day}\u0000${c.grade}`;
    const d = net.get(key) ?? { day, grade: c.grade, delta: 0 };
    d.delta += c.delta;
    net.set(key, d);
  }
  return [...net.values()].filter((d) => d.delta !== 0);
}

export function quarterLabel(quarterEnd: string): string {
  return `${quarterEnd.slice(0, 4)} Q${Math.ceil(Number(quarterEnd.slice(5, 7)) / 3)}`;
}

function emptyMix(): Record<Grade, number> {
  return Object.fromEntries(GRADES.map((g) => [g, 0])) as Record<Grade, number>;
}

/**
 * Each claim's verdict as of each quarter end: the latest verdict dated on or before that
 * day. Claims made after a quarter end are not counted in it; claims made but not yet
 * graded count as "ungraded". The last row is "as of today" rather than the quarter end.
 */
export function verdictMixOverTime(
  claims: ClaimPoint[],
  verdicts: VerdictPoint[],
  start: string,
  today: string,
): MixRow[] {
  const byClaim = new Map<string, VerdictPoint[]>();
  for (const v of [...verdicts].sort((a, b) => a.madeOn.localeCompare(b.madeOn))) {
    const list = byClaim.get(v.predictionId) ?? [];
    list.push(v);
    byClaim.set(v.predictionId, list);
  }
  return quarterEnds(start, today).map((quarterEnd) => {
    const asOf = quarterEnd > today ? today : quarterEnd;
    const row: MixRow = { period: quarterLabel(quarterEnd), asOf, ungraded: 0, ...emptyMix() };
    for (const claim of claims) {
      if (claim.madeOn > asOf) continue;
      const history = byClaim.get(claim.id) ?? [];
      let current: Grade | null = null;
      for (const v of history) {
        if (v.madeOn > asOf) break;
        current = v.grade;
      }
      if (current) row[current] += 1;
      else row.ungraded += 1;
    }
    return row;
  });
}

/** A change in how many claims hold a grade ("ungraded" for none yet), from a given day on. */
export type MixDelta = { day: string; grade: Grade | "ungraded"; delta: number };

/**
 * One claim's part in the verdict mix over time, as per-day changes: it enters "ungraded" on
 * the day it was made, and each live verdict (in recorded order) moves it from the previous
 * grade to its own, counted from the later of the verdict's day and the claim's. Changes that
 * cancel out on a day are dropped.
 */
export function gradeChangesOf(madeOn: string, verdicts: readonly { grade: Grade; madeOn: string }[]): MixDelta[] {
  const net = new Map<string, MixDelta>();
  const add = (day: string, grade: MixDelta["grade"], delta: number) => {
    const key = `${day}\u0000${grade}`;
    const d = net.get(key) ?? { day, grade, delta: 0 };
    d.delta += delta;
    net.set(key, d);
  };
  add(madeOn, "ungraded", 1);
  let previous: MixDelta["grade"] = "ungraded";
  for (const v of verdicts) {
    const day = v.madeOn < madeOn ? madeOn : v.madeOn;
    add(day, v.grade, 1);
    add(day, previous, -1);
    previous = v.grade;
  }
  return [...net.values()].filter((d) => d.delta !== 0);
}

/** What to add to the stored changes to go from `before` to `after` (zero entries dropped). */
export function diffGradeChanges(before: readonly MixDelta[], after: readonly MixDelta[]): MixDelta[] {
  const net = new Map<string, MixDelta>();
  for (const [list, sign] of [[after, 1], [before, -1]] as const) {
    for (const c of list) {
      const key = `${c.day}\u0000${c.grade}`;
      const d = net.get(key) ?? { day: c.day, grade: c.grade, delta: 0 };
      d.delta += sign * c.delta;
      net.set(key, d);
    }
  }
  return [...net.values()].filter((d) => d.delta !== 0);
}

/**
 * The same mix as verdictMixOverTime, from per-day changes the database sums up (a claim
 * enters as ungraded on the day it was made; each verdict moves it from its previous grade
 * to the new one). Each quarter's row is the running total of the changes up to its day.
 */
export function verdictMixFromDeltas(deltas: readonly MixDelta[], start: string, today: string): MixRow[] {
  const sorted = [...deltas].sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
  const running: Record<Grade | "ungraded", number> = { ungraded: 0, ...emptyMix() };
  let i = 0;
  return quarterEnds(start, today).map((quarterEnd) => {
    const asOf = quarterEnd > today ? today : quarterEnd;
    for (; i < sorted.length && sorted[i].day <= asOf; i++) running[sorted[i].grade] += sorted[i].delta;
    return { period: quarterLabel(quarterEnd), asOf, ...running };
  });
}

// ---------------------------------------------------------------------------------------
// Evidence balance
// ---------------------------------------------------------------------------------------

export type StanceCount = { day: string; stance: Stance; count: number };
export type BalanceRow = { period: string; supports: number; contradicts: number; mixed: number; net: number };

/**
 * Cumulative evidence by month: running totals of supporting, contradicting and mixed
 * items, and net = supports − contradicts. Months with no new evidence are filled in so
 * the line is continuous.
 */
export function evidenceBalanceOverTime(rows: StanceCount[]): BalanceRow[] {
  if (rows.length === 0) return [];
  const monthly = new Map<string, Record<Stance, number>>();
  for (const r of rows) {
    const month = r.day.slice(0, 7);
    const m = monthly.get(month) ?? { supports: 0, contradicts: 0, mixed: 0 };
    m[r.stance] += r.count;
    monthly.set(month, m);
  }
  const months = [...monthly.keys()].sort();
  const out: BalanceRow[] = [];
  const total = { supports: 0, contradicts: 0, mixed: 0 };
  let [y, m] = months[0].split("-").map(Number);
  const last = months[months.length - 1];
  for (;;) {
    const key = `${y}-${String(m).padStart(2, "0")}`;
    const add = monthly.get(key);
    if (add) {
      total.supports += add.supports;
      total.contradicts += add.contradicts;
      total.mixed += add.mixed;
    }
    out.push({ period: key, ...total, net: total.supports - total.contradicts });
    if (key === last) break;
    m += 1;
    if (m === 13) {
      m = 1;
      y += 1;
    }
  }
  return out;
}

export type EvidenceTally = { supports: number; contradicts: number; mixed: number };

/** Net lean of a claim's evidence: "supports", "contradicts", "balanced" or "none". */
export function evidenceLean(t: EvidenceTally): "supports" | "contradicts" | "balanced" | "none" {
  if (t.supports + t.contradicts + t.mixed === 0) return "none";
  if (t.supports > t.contradicts) return "supports";
  if (t.contradicts > t.supports) return "contradicts";
  return "balanced";
}

// ---------------------------------------------------------------------------------------
// Claim timeline
// ---------------------------------------------------------------------------------------

export const STRENGTH_WEIGHT = { weak: 1, moderate: 2, strong: 3 } as const;

export type TimelineEvidence = {
  id: string;
  title: string;
  observedOn: string;
  stance: Stance;
  strength: keyof typeof STRENGTH_WEIGHT;
};
export type TimelineVerdict = { id: string; grade: Grade; credence: number | null; madeOn: string };
export type TimelinePoint = {
  date: string;
  /** Days since 1970-01-01, for a numeric time axis. */
  t: number;
  /** Supporting evidence plots above the axis, contradicting below, mixed on it. */
  evidence?: number;
  evidenceTitle?: string;
  stance?: Stance;
  grade?: Grade;
  credence?: number;
};

const dayNumber = (d: string) => Math.round(Date.parse(`${d}T00:00:00Z`) / 86_400_000);

export function buildTimeline(evidence: TimelineEvidence[], verdicts: TimelineVerdict[]): TimelinePoint[] {
  const points: TimelinePoint[] = [];
  for (const e of evidence) {
    const w = STRENGTH_WEIGHT[e.strength];
    points.push({
      date: e.observedOn,
      t: dayNumber(e.observedOn),
      evidence: e.stance === "supports" ? w : e.stance === "contradicts" ? -w : 0,
      evidenceTitle: e.title,
      stance: e.stance,
    });
  }
  for (const v of verdicts) {
    points.push({
      date: v.madeOn,
      t: dayNumber(v.madeOn),
      grade: v.grade,
      ...(v.credence === null ? {} : { credence: v.credence }),
    });
  }
  return points.sort((a, b) => a.t - b.t);
}

// ---------------------------------------------------------------------------------------
// Sub-claim roll-up
// ---------------------------------------------------------------------------------------

export const ROLLUP_RULE =
  "A parent claim with no verdict of its own takes its grade from its sub-claims once at least half of them are resolved: the mean outcome of the resolved ones (confirmed 1, partly ½, refuted 0) is confirmed at ⅔ or more, refuted at ⅓ or less, and partly in between. Until then it counts as too early.";

export type RollUp = {
  total: number;
  confirmed: number;
  partly: number;
  refuted: number;
  /** Share of sub-claims confirmed, partly true or refuted. */
  resolvedShare: number;
  grade: Grade | null;
};

export function rollUpGrade(children: (Grade | null)[]): RollUp {
  const confirmed = children.filter((g) => g === "confirmed").length;
  const partly = children.filter((g) => g === "partly").length;
  const refuted = children.filter((g) => g === "refuted").length;
  const resolved = confirmed + partly + refuted;
  const total = children.length;
  let grade: Grade | null = null;
  if (total > 0) {
    if (resolved * 2 < total) grade = "too_early";
    else {
      const mean = (confirmed + partly / 2) / resolved;
      grade = mean >= 2 / 3 ? "confirmed" : mean <= 1 / 3 ? "refuted" : "partly";
    }
  }
  return { total, confirmed, partly, refuted, resolvedShare: total ? resolved / total : 0, grade };
}
