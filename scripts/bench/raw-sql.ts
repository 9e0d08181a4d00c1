// The aggregates behind GET /api/scorecard, written as plain SQL and run through
// better-sqlite3 on the same file: the floor the endpoint is compared with. They follow
// lib/db/scorecard.ts and lib/db/forecasts.ts: the verdict counts (a parent with no
// verdict of its own counts by its sub-claims' roll-up), the past-horizon count and the
// first few rows the scorecard lists, the due counts, and the forecast inputs of every
// resolved claim grouped by source and by tag, plus the completed reviews' frozen grades.
// Dates are bound as parameters in the adapter's stored form; identifiers are quoted.
import Database from "better-sqlite3";
import { FINAL_GRADES } from "../../lib/domain";
import { OUTCOME_BY_GRADE } from "../../lib/forecast-scoring";
import { STALE_AFTER_DAYS } from "../../lib/reviews";

const DAY = 86_400_000;
const stamp = (ms: number) => new Date(ms).toISOString().replace("Z", "+00:00");
const list = (values: readonly string[]) => values.map((v) => `'${v}'`).join(", ");

const NOT_FINAL = `("currentGrade" IS NULL OR "currentGrade" NOT IN (${list(FINAL_GRADES)}))`;
const RESOLVING = list(Object.keys(OUTCOME_BY_GRADE));
/** How many past-horizon claims the scorecard lists by name. */
export const PAST_HORIZON_SHOWN = 5;

export type RawScorecard = { run: (now?: Date) => number; close: () => void; grouping: string };

export function openRawScorecard(file: string): RawScorecard {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  const columns = new Set((db.prepare(`SELECT name FROM pragma_table_info('Prediction')`).pluck().all() as string[]));
  // Once the app keeps the roll-up in "effectiveGrade", the count is one GROUP BY; before
  // that, the parents' sub-claim grades are read in one more query.
  const hasEffective = columns.has("effectiveGrade");
  const grade = hasEffective ? `p."effectiveGrade"` : `p."currentGrade"`;
  const verdictCredence = columns.has("verdictCredence")
    ? `p."verdictCredence"`
    : `(SELECT v."credence" FROM "Verdict" v WHERE v."predictionId" = p."id" AND v."retractedAt" IS NULL AND v."credence" IS NOT NULL
         AND v."madeOn" < (SELECT MIN(r."madeOn") FROM "Verdict" r WHERE r."predictionId" = p."id" AND r."retractedAt" IS NULL AND r."grade" IN (${RESOLVING}))
         ORDER BY v."madeOn" DESC, v."createdAt" DESC LIMIT 1)`;

  const statements = {
    byGrade: db.prepare(`SELECT ${grade} AS "grade", COUNT(*) AS "n" FROM "Prediction" p GROUP BY ${grade}`),
    rollUp: hasEffective
      ? null
      : db.prepare(`SELECT c."parentId", c."currentGrade" FROM "Prediction" c JOIN "Prediction" p ON p."id" = c."parentId" WHERE p."currentGrade" IS NULL`),
    pastHorizonCount: db.prepare(`SELECT COUNT(*) FROM "Prediction" WHERE "horizonTo" < ? AND ${NOT_FINAL}`),
    pastHorizonTop: db.prepare(
      `SELECT "id", "statement", "horizonFrom", "horizonTo", "currentGrade" FROM "Prediction"
       WHERE "horizonTo" < ? AND ${NOT_FINAL} ORDER BY "horizonTo", "position" LIMIT ${PAST_HORIZON_SHOWN}`,
    ),
    stale: db.prepare(
      `SELECT COUNT(*) FROM "Prediction" WHERE ${NOT_FINAL} AND ("currentVerdictAt" < ? OR ("currentVerdictAt" IS NULL AND "madeOn" < ?))`,
    ),
    bySource: db.prepare(
      `SELECT p."sourceId", s."title", p."impliedCredence", ${verdictCredence} AS "verdictCredence", ${grade} AS "grade"
       FROM "Prediction" p JOIN "Source" s ON s."id" = p."sourceId"
       WHERE ${grade} IN (${RESOLVING}) ORDER BY p."sourceId"`,
    ),
    byTag: db.prepare(
      `SELECT t."name", p."impliedCredence", ${verdictCredence} AS "verdictCredence", ${grade} AS "grade"
       FROM "_PredictionToTag" pt JOIN "Tag" t ON t."id" = pt."B" JOIN "Prediction" p ON p."id" = pt."A"
       WHERE ${grade} IN (${RESOLVING}) ORDER BY t."name"`,
    ),
    overTime: db.prepare(
      `SELECT r."year", e."grade", p."impliedCredence" FROM "ReviewEntry" e
       JOIN "Review" r ON r."id" = e."reviewId" JOIN "Prediction" p ON p."id" = e."predictionId"
       WHERE r."status" = 'completed' AND e."grade" IN (${RESOLVING}) ORDER BY r."year"`,
    ),
  };

  return {
    grouping: hasEffective ? `"effectiveGrade"` : `"currentGrade" + sub-claims`,
    /** Runs every aggregate once; returns the number of rows read back (a sanity figure). */
    run(now = new Date()) {
      const year = now.getUTCFullYear();
      const cutoff = stamp(Math.floor(now.getTime() / DAY) * DAY - STALE_AFTER_DAYS * DAY);
      let rows = 0;
      rows += statements.byGrade.all().length;
      if (statements.rollUp) rows += statements.rollUp.all().length;
      rows += Number(statements.pastHorizonCount.pluck().get(year) ?? 0) > 0 ? 1 : 0;
      rows += statements.pastHorizonTop.all(year).length;
      rows += Number(statements.stale.pluck().get(cutoff, cutoff) ?? 0) > 0 ? 1 : 0;
      rows += statements.bySource.all().length;
      rows += statements.byTag.all().length;
      rows += statements.overTime.all().length;
      return rows;
    },
    close: () => db.close(),
  };
}
