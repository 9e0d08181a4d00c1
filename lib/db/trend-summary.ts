// Day-by-day summary rows behind the scorecard's two trend charts, kept in step with every
// write in the same transaction, so the charts read one row a day instead of every evidence
// item and verdict:
// - EvidenceDay: live evidence per day observed and stance;
// - GradeChange: how many claims enter or leave each grade each day (gradeChangesOf in
//   lib/scoring.ts is the rule; summing up to a day gives the verdict mix as of that day).
// Writes use INSERT … ON CONFLICT, which SQLite and PostgreSQL both run, so concurrent
// writers add to a day's row instead of racing to create it.
import type { Grade, Stance } from "../domain";
import { Prisma } from "../generated/prisma/client";
import { diffGradeChanges, gradeChangesOf, type MixDelta } from "../scoring";
import { fromIsoDay, toIsoDay } from "./dates";

type Db = Pick<Prisma.TransactionClient, "$executeRaw" | "prediction" | "verdict">;

/** Adds `by` (±1) to the live evidence of a day and stance. */
export async function bumpEvidenceDay(db: Pick<Db, "$executeRaw">, day: Date, stance: Stance, by: number): Promise<void> {
  await db.$executeRaw(Prisma.sql`
    INSERT INTO "EvidenceDay" ("day", "stance", "count") VALUES (${day}, ${stance}, ${by})
    ON CONFLICT ("day", "stance") DO UPDATE SET "count" = "EvidenceDay"."count" + ${by}`);
}

async function applyGradeChanges(db: Pick<Db, "$executeRaw">, changes: MixDelta[]): Promise<void> {
  for (const c of changes) {
    await db.$executeRaw(Prisma.sql`
      INSERT INTO "GradeChange" ("day", "grade", "delta") VALUES (${fromIsoDay(c.day)}, ${c.grade}, ${c.delta})
      ON CONFLICT ("day", "grade") DO UPDATE SET "delta" = "GradeChange"."delta" + ${c.delta}`);
  }
}

/** One claim's current part in the verdict mix over time (none if the claim does not exist). */
async function claimGradeChanges(db: Db, predictionId: string): Promise<MixDelta[]> {
  const claim = await db.prediction.findUnique({ where: { id: predictionId }, select: { madeOn: true } });
  if (!claim) return [];
  const verdicts = await db.verdict.findMany({
    where: { predictionId, retractedAt: null },
    orderBy: [{ madeOn: "asc" }, { createdAt: "asc" }, { id: "asc" }],
    select: { grade: true, madeOn: true },
  });
  return gradeChangesOf(
    toIsoDay(claim.madeOn),
    verdicts.map((v) => ({ grade: v.grade as Grade, madeOn: toIsoDay(v.madeOn) })),
  );
}

/** Adds a new claim's part (it enters "ungraded" on the day it was made), in its creating transaction. */
export async function recordNewClaim(db: Db, predictionId: string): Promise<void> {
  await applyGradeChanges(db, await claimGradeChanges(db, predictionId));
}

/**
 * Call before a write that changes a claim's verdicts (or adds the claim); run the returned
 * function after it, in the same transaction, to move the day-by-day grade changes along.
 */
export async function trackGradeChanges(db: Db, predictionId: string): Promise<() => Promise<void>> {
  const before = await claimGradeChanges(db, predictionId);
  return async () => applyGradeChanges(db, diffGradeChanges(before, await claimGradeChanges(db, predictionId)));
}

/** Rebuilds both tables from the rows, for bulk loads, imports and repairs. */
export async function rebuildTrendSummaries(db: Pick<Db, "$executeRaw">): Promise<void> {
  await db.$executeRaw(Prisma.sql`DELETE FROM "EvidenceDay"`);
  await db.$executeRaw(Prisma.sql`
    INSERT INTO "EvidenceDay" ("day", "stance", "count")
    SELECT "observedOn", "stance", COUNT(*) FROM "Evidence" WHERE "retractedAt" IS NULL GROUP BY "observedOn", "stance"`);
  await db.$executeRaw(Prisma.sql`DELETE FROM "GradeChange"`);
  await db.$executeRaw(Prisma.sql`
    INSERT INTO "GradeChange" ("day", "grade", "delta")
    SELECT "day", "grade", SUM("delta") FROM (
      SELECT "day", "grade", 1 AS "delta" FROM (
        SELECT CASE WHEN v."madeOn" < p."madeOn" THEN p."madeOn" ELSE v."madeOn" END AS "day", v."grade" AS "grade"
        FROM "Verdict" v JOIN "Prediction" p ON p."id" = v."predictionId" WHERE v."retractedAt" IS NULL
      ) "entered"
      UNION ALL
      SELECT "day", COALESCE("previous", 'ungraded'), -1 FROM (
        SELECT CASE WHEN v."madeOn" < p."madeOn" THEN p."madeOn" ELSE v."madeOn" END AS "day",
               LAG(v."grade") OVER (PARTITION BY v."predictionId" ORDER BY v."madeOn", v."createdAt", v."id") AS "previous"
        FROM "Verdict" v JOIN "Prediction" p ON p."id" = v."predictionId" WHERE v."retractedAt" IS NULL
      ) "left_grade"
      UNION ALL
      SELECT "madeOn", 'ungraded', 1 FROM "Prediction"
    ) "changes"
    GROUP BY "day", "grade"
    HAVING SUM("delta") <> 0`);
}
