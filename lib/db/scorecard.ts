import "server-only";
import { GRADES, TRACKING_START, type Grade, type Stance } from "../domain";
import { Prisma } from "../generated/prisma/client";
import {
  computeHitRate,
  evidenceBalanceOverTime,
  verdictMixFromDeltas,
  type BalanceRow,
  type HitRate,
  type MixDelta,
  type MixRow,
} from "../scoring";
import { claimWhere } from "./claim-query";
import { prisma } from "./client";
import { toIsoDay, utcToday } from "./dates";
import type { ScorecardScope } from "./forecasts";
import { countDue, listPastHorizon } from "./predictions";

export type Scorecard = {
  total: number;
  byVerdict: Record<Grade, number>;
  ungraded: number;
  hitRate: HitRate;
  /** The first few claims past their horizon without a final verdict, and how many in all. */
  pastHorizon: Awaited<ReturnType<typeof listPastHorizon>>;
  due: { stale: number; readyForFinal: number };
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
 * Each claim's verdict as of every quarter end since tracking began. The database sums the
 * day-by-day changes (a claim enters as ungraded on the day it was made; each verdict moves
 * it from the previous grade to its own), so the rows returned grow with days, not claims.
 * A verdict dated before its claim was made counts from the day the claim was made.
 */
export async function getVerdictMixOverTime(now = new Date()): Promise<MixRow[]> {
  const rows = await prisma.$queryRaw<{ day: Date; grade: string; n: bigint | number }[]>(Prisma.sql`
    WITH "moves" AS (
      SELECT CASE WHEN v."madeOn" < p."madeOn" THEN p."madeOn" ELSE v."madeOn" END AS "day",
             v."grade" AS "grade",
             LAG(v."grade") OVER (PARTITION BY v."predictionId" ORDER BY v."madeOn", v."createdAt", v."id") AS "previous"
      FROM "Verdict" v JOIN "Prediction" p ON p."id" = v."predictionId"
      WHERE v."retractedAt" IS NULL
    )
    SELECT "day", "grade", SUM("delta") AS "n" FROM (
      SELECT "day", "grade", 1 AS "delta" FROM "moves"
      UNION ALL SELECT "day", COALESCE("previous", 'ungraded'), -1 FROM "moves"
      UNION ALL SELECT "madeOn", 'ungraded', 1 FROM "Prediction"
    ) "changes"
    GROUP BY "day", "grade"`);
  const deltas: MixDelta[] = rows.map((r) => ({
    day: toIsoDay(r.day instanceof Date ? r.day : new Date(r.day)),
    grade: r.grade as MixDelta["grade"],
    delta: count(r.n),
  }));
  return verdictMixFromDeltas(deltas, TRACKING_START, utcToday(now));
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
