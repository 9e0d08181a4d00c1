import "server-only";
import { GRADES, TRACKING_START, type Grade, type Stance } from "../domain";
import {
  computeHitRate,
  rollUpGrade,
  evidenceBalanceOverTime,
  verdictMixOverTime,
  type BalanceRow,
  type HitRate,
  type MixRow,
} from "../scoring";
import { prisma } from "./client";
import { toIsoDay, utcToday } from "./dates";
import { scopeWhere, type ScorecardScope } from "./forecasts";
import { countDue, listPastHorizon } from "./predictions";

export type Scorecard = {
  total: number;
  byVerdict: Record<Grade, number>;
  ungraded: number;
  hitRate: HitRate;
  pastHorizon: Awaited<ReturnType<typeof listPastHorizon>>;
  due: { stale: number; readyForFinal: number };
};

/** Headline figures, grouped in SQL on the cached current verdict. */
export async function getScorecard(now = new Date(), scope: ScorecardScope = {}): Promise<Scorecard> {
  const where = scopeWhere(scope);
  const [total, groups, rolledUp, pastHorizon, due] = await Promise.all([
    prisma.prediction.count({ where }),
    prisma.prediction.groupBy({ by: ["currentGrade"], where, _count: { _all: true } }),
    // Parents with no verdict of their own are counted by their sub-claims' roll-up.
    prisma.prediction.findMany({
      where: { ...where, currentGrade: null, children: { some: {} } },
      select: { children: { select: { currentGrade: true } } },
    }),
    listPastHorizon(now, where),
    countDue(now, where),
  ]);
  const byVerdict = Object.fromEntries(GRADES.map((g) => [g, 0])) as Record<Grade, number>;
  let ungraded = 0;
  for (const g of groups) {
    if (g.currentGrade && g.currentGrade in byVerdict) byVerdict[g.currentGrade as Grade] = g._count._all;
    else ungraded += g._count._all;
  }
  for (const parent of rolledUp) {
    const { grade } = rollUpGrade(parent.children.map((c) => c.currentGrade as Grade | null));
    if (!grade) continue;
    byVerdict[grade] += 1;
    ungraded -= 1;
  }
  return { total, byVerdict, ungraded, hitRate: computeHitRate(byVerdict), pastHorizon, due };
}

/** Each claim's verdict as of every quarter end since tracking began. */
export async function getVerdictMixOverTime(now = new Date()): Promise<MixRow[]> {
  const [claims, verdicts] = await Promise.all([
    prisma.prediction.findMany({ select: { id: true, madeOn: true } }),
    prisma.verdict.findMany({
      where: { retractedAt: null },
      select: { predictionId: true, grade: true, madeOn: true },
      // Same tie-break as the current-verdict pointer: same-day verdicts in recorded order.
      orderBy: [{ madeOn: "asc" }, { createdAt: "asc" }],
    }),
  ]);
  return verdictMixOverTime(
    claims.map((c) => ({ id: c.id, madeOn: toIsoDay(c.madeOn) })),
    verdicts.map((v) => ({ predictionId: v.predictionId, grade: v.grade as Grade, madeOn: toIsoDay(v.madeOn) })),
    TRACKING_START,
    utcToday(now),
  );
}

/** Cumulative supports vs contradicts, from evidence counted per day and stance in SQL. */
export async function getEvidenceBalance(): Promise<BalanceRow[]> {
  const groups = await prisma.evidence.groupBy({
    by: ["observedOn", "stance"],
    where: { retractedAt: null },
    _count: { _all: true },
    orderBy: { observedOn: "asc" },
  });
  return evidenceBalanceOverTime(
    groups.map((g) => ({ day: toIsoDay(g.observedOn), stance: g.stance as Stance, count: g._count._all })),
  );
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
    orderBy: [{ loggedAt: "desc" }, { observedOn: "desc" }],
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
