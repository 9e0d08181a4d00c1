// A claim's summary columns: its live evidence tally, its current verdict, the grade the
// scorecard counts (own grade, or its sub-claims' roll-up) and the credence that scores it.
// They are recomputed in SQL from the rows themselves, inside the transaction of every write
// that can change them, so lists, sorts and the scorecard read one row per claim instead of
// counting evidence and verdicts. The rules are the pure ones in lib/scoring.ts
// (rollUpGrade) and lib/forecast-scoring.ts (pickVerdictCredence); a test checks that the SQL
// and the pure functions agree. Plain SQL that SQLite and PostgreSQL both run.
import type { Stance } from "../domain";
import { Prisma } from "../generated/prisma/client";
import { providerOf } from "./url";
import { rebuildTrendSummaries } from "./trend-summary";

type Db = { $executeRaw: (query: Prisma.Sql) => Prisma.PrismaPromise<number> };
/** The bulk refresh also rebuilds the trend rows, which needs the full client or a transaction. */
type FullDb = Parameters<typeof rebuildTrendSummaries>[0];

const P = Prisma.raw(`"Prediction"."id"`);

const liveEvidence = (stance?: string) =>
  Prisma.sql`(SELECT COUNT(*) FROM "Evidence" e WHERE e."predictionId" = ${P} AND e."retractedAt" IS NULL${
    stance ? Prisma.sql` AND e."stance" = ${stance}` : Prisma.empty
  })`;

const LATEST_VERDICT = (column: string) =>
  Prisma.sql`(SELECT v.${Prisma.raw(`"${column}"`)} FROM "Verdict" v WHERE v."predictionId" = ${P} AND v."retractedAt" IS NULL ORDER BY v."madeOn" DESC, v."recordedAt" DESC, v."id" DESC LIMIT 1)`;

/** outcomeKnownOn: the earliest resolved-on day of the claim's live resolving verdicts. */
const OUTCOME_KNOWN = Prisma.sql`(SELECT MIN(COALESCE(r."resolvedOn", r."madeOn")) FROM "Verdict" r
  WHERE r."predictionId" = ${P} AND r."retractedAt" IS NULL AND r."grade" IN ('confirmed', 'partly', 'refuted'))`;

const DATED_BEFORE_OUTCOME = Prisma.sql`v."predictionId" = ${P} AND v."retractedAt" IS NULL AND v."credence" IS NOT NULL
    AND v."madeOn" < ${OUTCOME_KNOWN}`;

/** pickVerdictCredence: the last credence dated and entered strictly before the outcome became known. */
const VERDICT_CREDENCE = Prisma.sql`(SELECT v."credence" FROM "Verdict" v
  WHERE ${DATED_BEFORE_OUTCOME} AND v."recordedAt" < ${OUTCOME_KNOWN}
  ORDER BY v."madeOn" DESC, v."recordedAt" DESC, v."id" DESC LIMIT 1)`;

/** countHindsightCredences: credences dated before the outcome but entered on or after it. */
const HINDSIGHT_CREDENCES = Prisma.sql`(SELECT COUNT(*) FROM "Verdict" v
  WHERE ${DATED_BEFORE_OUTCOME} AND v."recordedAt" >= ${OUTCOME_KNOWN})`;

const childCount = (grades?: string[]) =>
  Prisma.sql`(SELECT COUNT(*) FROM "Prediction" c WHERE c."parentId" = ${P}${
    grades ? Prisma.sql` AND c."currentGrade" IN (${Prisma.join(grades)})` : Prisma.empty
  })`;

/**
 * rollUpGrade in SQL, for a parent with no verdict of its own: too_early while fewer than half
 * of its sub-claims are resolved, otherwise confirmed / partly / refuted by the mean outcome
 * (confirmed 1, partly ½, refuted 0) against the ⅔ and ⅓ cut-offs, in integer arithmetic:
 * mean = (2·confirmed + partly) / (2·resolved).
 */
const ROLL_UP = Prisma.sql`(CASE
  WHEN ${childCount()} = 0 THEN NULL
  WHEN 2 * ${childCount(["confirmed", "partly", "refuted"])} < ${childCount()} THEN 'too_early'
  WHEN 3 * (2 * ${childCount(["confirmed"])} + ${childCount(["partly"])}) >= 4 * ${childCount(["confirmed", "partly", "refuted"])} THEN 'confirmed'
  WHEN 3 * (2 * ${childCount(["confirmed"])} + ${childCount(["partly"])}) <= 2 * ${childCount(["confirmed", "partly", "refuted"])} THEN 'refuted'
  ELSE 'partly' END)`;

const EVIDENCE_COLUMNS = Prisma.sql`
  "supportsCount" = ${liveEvidence("supports")},
  "contradictsCount" = ${liveEvidence("contradicts")},
  "mixedCount" = ${liveEvidence("mixed")},
  "evidenceCount" = ${liveEvidence()}`;

const VERDICT_COLUMNS = Prisma.sql`
  "currentGrade" = ${LATEST_VERDICT("grade")},
  "currentVerdictAt" = ${LATEST_VERDICT("madeOn")},
  "verdictCredence" = ${VERDICT_CREDENCE},
  "hindsightCredences" = ${HINDSIGHT_CREDENCES}`;

const OWN_COLUMNS = Prisma.sql`${EVIDENCE_COLUMNS}, ${VERDICT_COLUMNS}`;

const EFFECTIVE = Prisma.sql`"effectiveGrade" = COALESCE("Prediction"."currentGrade", ${ROLL_UP})`;

/**
 * A recount must see every write committed before it. On PostgreSQL (read committed) an
 * UPDATE that waits for another transaction's row lock still computes its subqueries from
 * the snapshot it started with, so it would miss the other writer's row and store a count
 * one short. Taking the row lock first, in a statement of its own, makes the recount start
 * after the other writer committed. SQLite has one writer at a time and needs none.
 */
function claimLockSql(predictionId: string): Prisma.Sql | null {
  return providerOf(process.env.DATABASE_URL?.trim() ?? "") === "postgresql"
    ? Prisma.sql`UPDATE "Prediction" SET "evidenceCount" = "evidenceCount" WHERE "id" = ${predictionId}`
    : null;
}

async function lockClaim(db: Db, predictionId: string | null | undefined): Promise<void> {
  const lock = predictionId ? claimLockSql(predictionId) : null;
  if (lock) await db.$executeRaw(lock);
}

const STANCE_COLUMN: Record<Stance, string> = { supports: "supportsCount", contradicts: "contradictsCount", mixed: "mixedCount" };

/**
 * The statement that moves one claim's live evidence tally by one item of a stance, for the
 * transaction that logs (+1) or retracts (−1) it. An increment, not a recount: it costs the
 * same for a claim with six items or six thousand, and PostgreSQL applies it to the row as
 * the previous writer left it, so concurrent writers never lose a count.
 */
export function evidenceTallySql(predictionId: string, stance: Stance, by: 1 | -1): Prisma.Sql {
  const column = Prisma.raw(`"${STANCE_COLUMN[stance]}"`);
  return Prisma.sql`UPDATE "Prediction" SET "evidenceCount" = "evidenceCount" + ${by}, ${column} = ${column} + ${by} WHERE "id" = ${predictionId}`;
}

/**
 * Recomputes one claim's verdict columns (current verdict, verdict credence, effective grade)
 * from its verdicts, then its parent's roll-up (which reads the claim's new current grade).
 * Call it inside the transaction that changed the claim's verdicts or parent; pass the
 * previous parent too when a sub-claim moves. (Evidence writes move the tally themselves:
 * evidenceTallySql.)
 */
export async function refreshClaimSummary(
  db: Db & { prediction: Pick<Prisma.TransactionClient["prediction"], "findUnique"> },
  predictionId: string,
  formerParentId?: string | null,
): Promise<void> {
  await lockClaim(db, predictionId);
  await db.$executeRaw(Prisma.sql`UPDATE "Prediction" SET ${VERDICT_COLUMNS} WHERE "id" = ${predictionId}`);
  await db.$executeRaw(Prisma.sql`UPDATE "Prediction" SET ${EFFECTIVE} WHERE "id" = ${predictionId}`);
  const claim = await db.prediction.findUnique({ where: { id: predictionId }, select: { parentId: true } });
  for (const parentId of new Set([claim?.parentId, formerParentId])) {
    if (!parentId) continue;
    await lockClaim(db, parentId);
    await db.$executeRaw(Prisma.sql`UPDATE "Prediction" SET ${EFFECTIVE} WHERE "id" = ${parentId}`);
  }
}

/**
 * Recomputes every claim's summary columns in two statements (own columns, then the roll-up,
 * which reads the new current grades), and the day-by-day trend rows. For bulk loads,
 * imports and repairs; no list is bound.
 */
export async function refreshAllClaimSummaries(db: FullDb): Promise<void> {
  await db.$executeRaw(Prisma.sql`UPDATE "Prediction" SET ${OWN_COLUMNS}`);
  await db.$executeRaw(Prisma.sql`UPDATE "Prediction" SET ${EFFECTIVE}`);
  await rebuildTrendSummaries(db);
}
