// The aggregates behind GET /api/scorecard, written as plain SQL and run through
// better-sqlite3 on the same file: the floor the endpoint is compared with. They follow
// lib/db/scorecard.ts and lib/db/forecasts.ts:
// - claims by grade ("effectiveGrade": the own current grade, or a parent's sub-claim roll-up);
// - the past-horizon count and the first rows the scorecard lists, and the due ("stale") count;
// - the forecast inputs of every resolved claim (implied credence, verdict credence, grade)
//   summed into n, Σ Brier and Σ log score: overall, by source, by tag, per calibration bin
//   (both credences) and per completed review (its frozen grades).
// Dates are bound as parameters in the adapter's stored form; identifiers are quoted.
import Database from "better-sqlite3";
import { FINAL_GRADES } from "../../lib/domain";
import { LOG_CLAMP, OUTCOME_BY_GRADE } from "../../lib/forecast-scoring";
import { STALE_AFTER_DAYS } from "../../lib/reviews";

const DAY = 86_400_000;
const stamp = (ms: number) => new Date(ms).toISOString().replace("Z", "+00:00");
const list = (values: readonly string[]) => values.map((v) => `'${v}'`).join(", ");

const NOT_FINAL = `("currentGrade" IS NULL OR "currentGrade" NOT IN (${list(FINAL_GRADES)}))`;
const RESOLVED = `p."effectiveGrade" IN (${list(Object.keys(OUTCOME_BY_GRADE))})`;
const outcome = (grade: string) =>
  `(CASE ${Object.entries(OUTCOME_BY_GRADE).map(([g, o]) => `WHEN ${grade} = '${g}' THEN ${o}`).join(" ")} ELSE NULL END)`;
const clamp = (c: string) => `(CASE WHEN ${c} < ${LOG_CLAMP[0]} THEN ${LOG_CLAMP[0]} WHEN ${c} > ${LOG_CLAMP[1]} THEN ${LOG_CLAMP[1]} ELSE ${c} END)`;
/** n, Σ Brier and Σ log score over the rows that have both a credence and an outcome. */
const sums = (credence: string, o: string, prefix: string) => `
  SUM(CASE WHEN ${credence} IS NOT NULL AND ${o} IS NOT NULL THEN 1 ELSE 0 END) AS "${prefix}N",
  SUM(CASE WHEN ${credence} IS NOT NULL AND ${o} IS NOT NULL THEN (${credence} - ${o}) * (${credence} - ${o}) ELSE 0 END) AS "${prefix}Brier",
  SUM(CASE WHEN ${credence} IS NOT NULL AND ${o} IS NOT NULL THEN ${o} * LN(${clamp(credence)}) + (1 - ${o}) * LN(1 - ${clamp(credence)}) ELSE 0 END) AS "${prefix}Log"`;
const BOTH = (o: string) => `${sums(`p."impliedCredence"`, o, "implied")}, ${sums(`p."verdictCredence"`, o, "verdict")}`;
const BINS = 5;
const bin = (credence: string) => Array.from({ length: BINS - 1 }, (_, i) => `(CASE WHEN ${credence} >= ${(i + 1) / BINS} THEN 1 ELSE 0 END)`).join(" + ");
/** How many past-horizon claims the scorecard lists by name. */
export const PAST_HORIZON_SHOWN = 5;

export type RawFigures = { byVerdict: Record<string, number>; stale: number; readyForFinal: number; resolved: number };
export type RawScorecard = { run: (now?: Date) => number; figures: (now?: Date) => RawFigures; close: () => void };

export function openRawScorecard(file: string): RawScorecard {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  const go = (sql: string) => db.prepare(sql);
  const statements = {
    byGrade: go(`SELECT p."effectiveGrade" AS "grade", COUNT(*) AS "n" FROM "Prediction" p GROUP BY p."effectiveGrade"`),
    pastHorizonCount: go(`SELECT COUNT(*) AS "n" FROM "Prediction" WHERE "horizonTo" < ? AND ${NOT_FINAL}`),
    pastHorizonTop: go(
      `SELECT "id", "statement", "horizonFrom", "horizonTo", "currentGrade" FROM "Prediction"
       WHERE "horizonTo" < ? AND ${NOT_FINAL} ORDER BY "horizonTo", "horizonFrom", "position", "id" LIMIT ${PAST_HORIZON_SHOWN}`,
    ),
    // The rule of staleSql in lib/db/claim-query.ts: a verdict that is not final, and creation,
    // last verdict and the last completed review that included the claim all before the cutoff.
    stale: go(
      `SELECT COUNT(*) AS "n" FROM "Prediction" WHERE "currentGrade" IS NOT NULL AND ${NOT_FINAL} AND "createdAt" < ? AND "currentVerdictAt" < ?
       AND "id" NOT IN (SELECT re."predictionId" FROM "ReviewEntry" re JOIN "Review" r ON r."id" = re."reviewId" WHERE r."status" = 'completed' AND r."completedOn" >= ?)`,
    ),
    totals: go(`SELECT COUNT(*) AS "resolved", ${BOTH(outcome(`p."effectiveGrade"`))} FROM "Prediction" p WHERE ${RESOLVED}`),
    calibrationImplied: go(
      `SELECT ${bin(`p."impliedCredence"`)} AS "bin", COUNT(*) AS "n", SUM(p."impliedCredence") AS "credence", SUM(${outcome(`p."effectiveGrade"`)}) AS "outcome"
       FROM "Prediction" p WHERE ${RESOLVED} AND p."impliedCredence" IS NOT NULL GROUP BY ${bin(`p."impliedCredence"`)}`,
    ),
    calibrationVerdict: go(
      `SELECT ${bin(`p."verdictCredence"`)} AS "bin", COUNT(*) AS "n", SUM(p."verdictCredence") AS "credence", SUM(${outcome(`p."effectiveGrade"`)}) AS "outcome"
       FROM "Prediction" p WHERE ${RESOLVED} AND p."verdictCredence" IS NOT NULL GROUP BY ${bin(`p."verdictCredence"`)}`,
    ),
    bySource: go(
      `SELECT s."id", s."title", ${BOTH(outcome(`p."effectiveGrade"`))}
       FROM "Prediction" p JOIN "Source" s ON s."id" = p."sourceId" WHERE ${RESOLVED}
       GROUP BY s."id", s."title", s."publishedOn" ORDER BY s."publishedOn", s."id"`,
    ),
    byTag: go(
      `SELECT t."name", ${BOTH(outcome(`p."effectiveGrade"`))}
       FROM "Prediction" p JOIN "_PredictionToTag" pt ON pt."A" = p."id" JOIN "Tag" t ON t."id" = pt."B" WHERE ${RESOLVED}
       GROUP BY t."name" ORDER BY t."name"`,
    ),
    overTime: go(
      `SELECT r."year", ${BOTH(outcome(`e."grade"`))}
       FROM "Review" r JOIN "ReviewEntry" e ON e."reviewId" = r."id" JOIN "Prediction" p ON p."id" = e."predictionId"
       WHERE r."status" = 'completed' AND e."grade" IN (${list(Object.keys(OUTCOME_BY_GRADE))})
       GROUP BY r."year" ORDER BY r."year"`,
    ),
  };

  return {
    /** Runs every aggregate once; returns the number of rows read back (a sanity figure). */
    run(now = new Date()) {
      const year = now.getUTCFullYear();
      const cutoff = stamp(Math.floor(now.getTime() / DAY) * DAY - STALE_AFTER_DAYS * DAY);
      let rows = 0;
      rows += statements.byGrade.all().length;
      rows += statements.pastHorizonCount.all(year).length;
      rows += statements.pastHorizonTop.all(year).length;
      rows += statements.stale.all(cutoff, cutoff, cutoff).length;
      rows += statements.totals.all().length;
      rows += statements.calibrationImplied.all().length;
      rows += statements.calibrationVerdict.all().length;
      rows += statements.bySource.all().length;
      rows += statements.byTag.all().length;
      rows += statements.overTime.all().length;
      return rows;
    },
    /** The headline figures, to check that this SQL counts what the endpoint counts. */
    figures(now = new Date()) {
      const year = now.getUTCFullYear();
      const cutoff = stamp(Math.floor(now.getTime() / DAY) * DAY - STALE_AFTER_DAYS * DAY);
      const byVerdict: Record<string, number> = {};
      for (const r of statements.byGrade.all() as { grade: string | null; n: number }[]) if (r.grade) byVerdict[r.grade] = r.n;
      return {
        byVerdict,
        stale: (statements.stale.get(cutoff, cutoff, cutoff) as { n: number }).n,
        readyForFinal: (statements.pastHorizonCount.get(year) as { n: number }).n,
        resolved: (statements.totals.get() as { resolved: number }).resolved,
      };
    },
    close: () => db.close(),
  };
}
