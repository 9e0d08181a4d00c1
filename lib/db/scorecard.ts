import "server-only";
import { GRADES, TRACKING_START, type Grade, type Stance } from "../domain";
import { Prisma } from "../generated/prisma/client";
import {
  computeHitRate,
  evidenceBalanceOverTime,
  quarterEndOf,
  verdictMixFromDeltas,
  type BalanceRow,
  type HitRate,
  type MixDelta,
  type MixRow,
} from "../scoring";
import { claimWhere } from "./claim-query";
import { prisma } from "./client";
import { fromIsoDay, toIsoDay, utcToday } from "./dates";
import type { ScorecardScope } from "./forecasts";
import { countDue, listPastHorizon } from "./claims/read";

export type Scorecard = {
  total: number;
  byVerdict: Record<Grade, number>;
  ungraded: number;
  hitRate: HitRate;
  /** The first few claims past their horizon without a final verdict, and how many in all. */
  pastHorizon: Awaited<ReturnType<typeof listPastHorizon>>;
  /** Claims needing a first verdict, not reviewed in over 12 months, and past their horizon (countDue). */
  due: Awaited<ReturnType<typeof countDue>>;
};

const count = (v: bigint | number | null | undefined) => Number(v ?? 0);

/**
 * Headline figures, grouped in SQL on each claim's effective grade: its own current verdict,
 * or for a parent with none, its sub-claims' roll-up (kept in step by lib/db/claim-summary.ts).
 */
export async function getScorecard(now = new Date(), scope: ScorecardScope = {}): Promise<Scorecard> {
  const [groups, pastHorizon, due] = await Promise.all([
    prisma.$queryRaw<{ grade: string | null; n: bigint | number }[]>(Prisma.sql`
      SELECT "p"."effectiveGrade" AS "grade", COUNT(*) AS "n" FROM "Prediction" "p"
      WHERE ${claimWhere(scope, now)} GROUP BY "p"."effectiveGrade"`),
    listPastHorizon(now, scope),
    countDue(now, scope),
  ]);
  const byVerdict = Object.fromEntries(GRADES.map((g) => [g, 0])) as Record<Grade, number>;
  let total = 0;
  let ungraded = 0;
  for (const g of groups) {
    total += count(g.n);
    if (g.grade && g.grade in byVerdict) byVerdict[g.grade as Grade] = count(g.n);
    else ungraded += count(g.n);
  }
  return { total, byVerdict, ungraded, hitRate: computeHitRate(byVerdict), pastHorizon, due };
}

/**
 * Each claim's verdict as of every quarter end since tracking began, from the per-quarter
 * grade changes kept in step with every write (lib/db/trend-summary.ts): the rows read grow
 * with quarters, not with claims or verdicts. The current quarter ends today (the app dates
 * verdicts and claims on or before the day they are recorded, so none fall after it).
 */
export async function getVerdictMixOverTime(now = new Date()): Promise<MixRow[]> {
  const today = utcToday(now);
  const rows = await prisma.gradeChange.findMany({ where: { delta: { not: 0 }, quarter: { lte: fromIsoDay(quarterEndOf(today)) } } });
  const deltas: MixDelta[] = rows.map((r) => {
    const quarter = toIsoDay(r.quarter);
    return { day: quarter > today ? today : quarter, grade: r.grade as MixDelta["grade"], delta: r.delta };
  });
  return verdictMixFromDeltas(deltas, TRACKING_START, today);
}

/** Cumulative supports vs contradicts by month, from the live evidence per month and stance kept as it is written. */
export async function getEvidenceBalance(): Promise<BalanceRow[]> {
  const months = await prisma.evidenceMonth.findMany({ where: { count: { not: 0 } }, orderBy: { month: "asc" } });
  return evidenceBalanceOverTime(months.map((m) => ({ day: toIsoDay(m.month), stance: m.stance as Stance, count: m.count })));
}

export type RecentEvidence = {
  id: string;
  title: string;
  url: string;
  observedOn: string;
  stance: Stance;
  prediction: { id: string; statement: string };
};

export async function listRecentEvidence(take = 8): Promise<RecentEvidence[]> {
  const rows = await prisma.evidence.findMany({
    where: { retractedAt: null },
    orderBy: [{ recordedAt: "desc" }, { observedOn: "desc" }],
    take,
    select: {
      id: true,
      title: true,
      url: true,
      observedOn: true,
      stance: true,
      prediction: { select: { id: true, statement: true } },
    },
  });
  return rows.map((r) => ({ ...r, observedOn: toIsoDay(r.observedOn), stance: r.stance as Stance }));
}
