import "server-only";
import { GRADES, TRACKING_START, type Grade, type Stance } from "../domain";
import {
  computeHitRate,
  evidenceBalanceOverTime,
  verdictMixOverTime,
  type BalanceRow,
  type HitRate,
  type MixRow,
} from "../scoring";
import { prisma } from "./client";
import { toIsoDay, utcToday } from "./dates";
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
export async function getScorecard(now = new Date()): Promise<Scorecard> {
  const [total, groups, pastHorizon, due] = await Promise.all([
    prisma.prediction.count(),
    prisma.prediction.groupBy({ by: ["currentGrade"], _count: { _all: true } }),
    listPastHorizon(now),
    countDue(now),
  ]);
  const byVerdict = Object.fromEntries(GRADES.map((g) => [g, 0])) as Record<Grade, number>;
  let ungraded = 0;
  for (const g of groups) {
    if (g.currentGrade && g.currentGrade in byVerdict) byVerdict[g.currentGrade as Grade] = g._count._all;
    else ungraded += g._count._all;
  }
  return { total, byVerdict, ungraded, hitRate: computeHitRate(byVerdict), pastHorizon, due };
}

/** Each claim's verdict as of every quarter end since tracking began. */
export async function getVerdictMixOverTime(now = new Date()): Promise<MixRow[]> {
  const [claims, verdicts] = await Promise.all([
    prisma.prediction.findMany({ select: { id: true, madeOn: true } }),
    prisma.verdict.findMany({
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
