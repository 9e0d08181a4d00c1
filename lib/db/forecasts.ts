import "server-only";
import {
  LOG_CLAMP,
  OUTCOME_BY_GRADE,
  calibrationBand,
  type CalibrationBin,
  type ForecastScore,
} from "../forecast-scoring";
import { Prisma } from "../generated/prisma/client";
import { claimWhere } from "./claim-query";
import { prisma } from "./client";

export type ScorecardScope = { tag?: string; source?: string };

type Scored = { implied: ForecastScore; verdict: ForecastScore };
export type ForecastReport = Scored & {
  resolved: number;
  /**
   * Credences on resolved claims in scope that were dated before the outcome became known
   * but entered on or after it: hindsight, left out of every verdict-credence score.
   */
  excludedHindsight: number;
  calibration: CalibrationBin[];
  verdictCalibration: CalibrationBin[];
  /** Tags and sources with at least one resolved claim in scope. */
  byTag: ({ tag: string } & Scored)[];
  bySource: ({ id: string; title: string } & Scored)[];
  overTime: ({ year: number } & Scored)[];
};

// The scoring rules are the pure ones in lib/forecast-scoring.ts (Brier, the clamped log
// score, the partly-is-½ outcome, equal-width calibration bins); here they are summed in SQL
// so the report costs a handful of grouped queries whatever the number of claims. A test
// checks these sums against the pure functions.

const num = (v: unknown) => (v === null || v === undefined ? 0 : Number(v));
/** A constant of the scoring rules, written into the SQL as a literal (never user input), so
 *  PostgreSQL knows it is a number. */
const lit = (n: number) => {
  if (!Number.isFinite(n)) throw new RangeError(`not a finite number: ${n}`);
  return Prisma.raw(String(n));
};

/** The outcome of a grade (confirmed 1, partly ½, refuted 0), NULL when unresolved. */
function outcomeSql(grade: Prisma.Sql): Prisma.Sql {
  const cases = Object.entries(OUTCOME_BY_GRADE).map(([g, o]) => Prisma.sql`WHEN ${grade} = ${g} THEN ${lit(o!)}`);
  return Prisma.sql`(CASE ${Prisma.join(cases, " ")} ELSE NULL END)`;
}

const clamp = (c: Prisma.Sql) =>
  Prisma.sql`(CASE WHEN ${c} < ${lit(LOG_CLAMP[0])} THEN ${lit(LOG_CLAMP[0])} WHEN ${c} > ${lit(LOG_CLAMP[1])} THEN ${lit(LOG_CLAMP[1])} ELSE ${c} END)`;

/** n, Σ Brier and Σ log score over rows with both a credence and an outcome. */
function sumsSql(credence: Prisma.Sql, outcome: Prisma.Sql, prefix: string): Prisma.Sql {
  const scorable = Prisma.sql`${credence} IS NOT NULL AND ${outcome} IS NOT NULL`;
  const c = clamp(credence);
  return Prisma.sql`
    SUM(CASE WHEN ${scorable} THEN 1 ELSE 0 END) AS ${Prisma.raw(`"${prefix}N"`)},
    SUM(CASE WHEN ${scorable} THEN (${credence} - ${outcome}) * (${credence} - ${outcome}) ELSE 0 END) AS ${Prisma.raw(`"${prefix}Brier"`)},
    SUM(CASE WHEN ${scorable} THEN ${outcome} * LN(${c}) + (1 - ${outcome}) * LN(1 - ${c}) ELSE 0 END) AS ${Prisma.raw(`"${prefix}Log"`)}`;
}

type SumRow = { impliedN: unknown; impliedBrier: unknown; impliedLog: unknown; verdictN: unknown; verdictBrier: unknown; verdictLog: unknown };

function scoreOf(n: unknown, brier: unknown, log: unknown): ForecastScore {
  const count = num(n);
  return count === 0 ? { n: 0, brier: null, logScore: null } : { n: count, brier: num(brier) / count, logScore: num(log) / count };
}

const EMPTY_SUMS: SumRow = { impliedN: 0, impliedBrier: 0, impliedLog: 0, verdictN: 0, verdictBrier: 0, verdictLog: 0 };

const scoredOf = (r: SumRow): Scored => ({
  implied: scoreOf(r.impliedN, r.impliedBrier, r.impliedLog),
  verdict: scoreOf(r.verdictN, r.verdictBrier, r.verdictLog),
});

const GRADE = Prisma.sql`"p"."effectiveGrade"`;
/** Only resolved claims score; the effectiveGrade index finds them without reading the rest. */
const RESOLVED = Prisma.sql`"p"."effectiveGrade" IN (${Prisma.join(Object.keys(OUTCOME_BY_GRADE))})`;
const OUTCOME = outcomeSql(GRADE);
const IMPLIED = Prisma.sql`"p"."impliedCredence"`;
const VERDICT = Prisma.sql`"p"."verdictCredence"`;
const BOTH_SUMS = Prisma.sql`${sumsSql(IMPLIED, OUTCOME, "implied")}, ${sumsSql(VERDICT, OUTCOME, "verdict")}`;

const BINS = 5;

/** calibrationBins' bin index: how many of the inner edges i / bins the credence reaches. */
function binSql(credence: Prisma.Sql): Prisma.Sql {
  const edges = Array.from({ length: BINS - 1 }, (_, i) => Prisma.sql`(CASE WHEN ${credence} >= ${lit((i + 1) / BINS)} THEN 1 ELSE 0 END)`);
  return Prisma.join(edges, " + ");
}

async function calibration(credence: Prisma.Sql, where: Prisma.Sql): Promise<CalibrationBin[]> {
  const rows = await prisma.$queryRaw<{ bin: unknown; n: unknown; credence: unknown; outcome: unknown }[]>(Prisma.sql`
    SELECT ${binSql(credence)} AS "bin", COUNT(*) AS "n", SUM(${credence}) AS "credence", SUM(${OUTCOME}) AS "outcome"
    FROM "Prediction" "p" WHERE ${where} AND ${RESOLVED} AND ${credence} IS NOT NULL
    GROUP BY ${binSql(credence)}`);
  const byBin = new Map(rows.map((r) => [num(r.bin), r]));
  return Array.from({ length: BINS }, (_, i) => {
    const from = i / BINS;
    const to = (i + 1) / BINS;
    const r = byBin.get(i);
    const n = num(r?.n);
    if (!r || n === 0) return { from, to, n: 0, meanCredence: null, observedRate: null, bandLow: null, bandHigh: null };
    const meanCredence = Math.min(1, Math.max(0, num(r.credence) / n));
    const band = calibrationBand(n, meanCredence);
    return { from, to, n, meanCredence, observedRate: num(r.outcome) / n, bandLow: band.low, bandHigh: band.high };
  });
}

/**
 * Brier, log score and calibration for the claims in scope, scored twice: against the
 * author's implied credence, and against the credence reviewers recorded before the outcome
 * (VERDICT_CREDENCE_RULE, kept in the claim's `verdictCredence`). Claims are graded by their
 * effective grade, so parents with no verdict use their sub-claims' roll-up.
 */
export async function getForecastReport(scope: ScorecardScope = {}, now = new Date()): Promise<ForecastReport> {
  const where = claimWhere(scope, now);
  const [totals, calibrationImplied, calibrationVerdict, byTag, bySource, overTime, reviews] = await Promise.all([
    prisma.$queryRaw<(SumRow & { resolved: unknown; hindsight: unknown })[]>(Prisma.sql`
      SELECT SUM(CASE WHEN ${OUTCOME} IS NOT NULL THEN 1 ELSE 0 END) AS "resolved",
             SUM("p"."hindsightCredences") AS "hindsight", ${BOTH_SUMS}
      FROM "Prediction" "p" WHERE ${where} AND ${RESOLVED}`),
    calibration(IMPLIED, where),
    calibration(VERDICT, where),
    prisma.$queryRaw<(SumRow & { tag: string })[]>(Prisma.sql`
      SELECT "t"."name" AS "tag", ${BOTH_SUMS}
      FROM "Prediction" "p" JOIN "_PredictionToTag" "pt" ON "pt"."A" = "p"."id" JOIN "Tag" "t" ON "t"."id" = "pt"."B"
      WHERE ${where} AND ${RESOLVED} GROUP BY "t"."name"`),
    prisma.$queryRaw<(SumRow & { id: string; title: string })[]>(Prisma.sql`
      SELECT "s"."id" AS "id", "s"."title" AS "title", ${BOTH_SUMS}
      FROM "Prediction" "p" JOIN "Source" "s" ON "s"."id" = "p"."sourceId"
      WHERE ${where} AND ${RESOLVED} GROUP BY "s"."id", "s"."title", "s"."publishedOn" ORDER BY "s"."publishedOn", "s"."id"`),
    // As of each completed review: the grades frozen in its snapshot, scored against the
    // author's credence and the verdict credence known today.
    prisma.$queryRaw<(SumRow & { year: unknown })[]>(Prisma.sql`
      SELECT "r"."year" AS "year", ${sumsSql(IMPLIED, outcomeSql(Prisma.sql`"e"."grade"`), "implied")},
             ${sumsSql(VERDICT, outcomeSql(Prisma.sql`"e"."grade"`), "verdict")}
      FROM "Review" "r" JOIN "ReviewEntry" "e" ON "e"."reviewId" = "r"."id" JOIN "Prediction" "p" ON "p"."id" = "e"."predictionId"
      WHERE "r"."status" = 'completed' AND "e"."grade" IN (${Prisma.join(Object.keys(OUTCOME_BY_GRADE))}) AND ${where}
      GROUP BY "r"."year" ORDER BY "r"."year"`),
    prisma.review.findMany({ where: { status: "completed" }, orderBy: { year: "asc" }, select: { year: true } }),
  ]);
  const byYear = new Map(overTime.map((r) => [num(r.year), r]));
  const total = totals[0];
  return {
    resolved: num(total?.resolved),
    excludedHindsight: num(total?.hindsight),
    ...scoredOf(total),
    calibration: calibrationImplied,
    verdictCalibration: calibrationVerdict,
    byTag: byTag.map((r) => ({ tag: r.tag, ...scoredOf(r) })).sort((a, b) => a.tag.localeCompare(b.tag)),
    bySource: bySource.map((r) => ({ id: r.id, title: r.title, ...scoredOf(r) })),
    // Every completed review, including one with no resolved claim in scope yet.
    overTime: reviews.map(({ year }) => ({ year, ...scoredOf(byYear.get(year) ?? EMPTY_SUMS) })),
  };
}
