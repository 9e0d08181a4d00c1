// Summary rows behind the scorecard's two trend charts, kept in step with every write in the
// same transaction, so the charts read a few rows a period instead of every evidence item
// and verdict:
// - EvidenceMonth: live evidence per month observed and stance;
// - GradeChange: how many claims enter or leave each grade each quarter (gradeChangesOf in
//   lib/scoring.ts is the rule; summing up to a quarter gives the verdict mix at its end).
// Writes use INSERT … ON CONFLICT, which SQLite and PostgreSQL both run, so concurrent
// writers add to a period's row instead of racing to create it.
import type { Grade, Stance } from "../domain";
import { Prisma } from "../generated/prisma/client";
import { changesByPeriod, diffGradeChanges, gradeChangesOf, monthStartOf, quarterEndOf, type MixDelta } from "../scoring";
import { fromIsoDay, toIsoDay } from "./dates";

type Db = Pick<Prisma.TransactionClient, "$executeRaw" | "$queryRaw" | "prediction" | "verdict" | "evidence" | "evidenceMonth" | "gradeChange">;

/** The statement that adds `by` (±1) to the live evidence of the month `observedOn` falls in, for a stance. */
export function evidenceMonthSql(observedOn: Date, stance: Stance, by: number): Prisma.Sql {
  const month = fromIsoDay(monthStartOf(toIsoDay(observedOn)));
  return Prisma.sql`
    INSERT INTO "EvidenceMonth" ("month", "stance", "count") VALUES (${month}, ${stance}, ${by})
    ON CONFLICT ("month", "stance") DO UPDATE SET "count" = "EvidenceMonth"."count" + ${by}`;
}

export async function bumpEvidenceMonth(db: Pick<Db, "$executeRaw">, observedOn: Date, stance: Stance, by: number): Promise<void> {
  await db.$executeRaw(evidenceMonthSql(observedOn, stance, by));
}

async function applyGradeChanges(db: Pick<Db, "$executeRaw">, dayChanges: MixDelta[]): Promise<void> {
  for (const c of changesByPeriod(dayChanges, quarterEndOf)) {
    await db.$executeRaw(Prisma.sql`
      INSERT INTO "GradeChange" ("quarter", "grade", "delta") VALUES (${fromIsoDay(c.day)}, ${c.grade}, ${c.delta})
      ON CONFLICT ("quarter", "grade") DO UPDATE SET "delta" = "GradeChange"."delta" + ${c.delta}`);
  }
}

/** One claim's current part in the verdict mix over time, by day (none if the claim does not exist). */
async function claimGradeChanges(db: Db, predictionId: string): Promise<MixDelta[]> {
  const claim = await db.prediction.findUnique({ where: { id: predictionId }, select: { madeOn: true } });
  if (!claim) return [];
  const verdicts = await db.verdict.findMany({
    where: { predictionId, retractedAt: null },
    orderBy: [{ madeOn: "asc" }, { recordedAt: "asc" }, { id: "asc" }],
    select: { grade: true, madeOn: true },
  });
  return gradeChangesOf(
    toIsoDay(claim.madeOn),
    verdicts.map((v) => ({ grade: v.grade as Grade, madeOn: toIsoDay(v.madeOn) })),
  );
}

/** Adds a new claim's part (it enters "ungraded" when it was made), in its creating transaction. */
export async function recordNewClaim(db: Db, predictionId: string): Promise<void> {
  await applyGradeChanges(db, await claimGradeChanges(db, predictionId));
}

/**
 * Call before a write that changes a claim's verdicts; run the returned function after it, in
 * the same transaction, to move the grade changes along.
 */
export async function trackGradeChanges(db: Db, predictionId: string): Promise<() => Promise<void>> {
  const before = await claimGradeChanges(db, predictionId);
  return async () => applyGradeChanges(db, diffGradeChanges(before, await claimGradeChanges(db, predictionId)));
}

/**
 * Rebuilds both tables from the rows, for bulk loads, imports and repairs: the database
 * groups by day (one row a day, not a row an item) and the periods are summed here.
 */
export async function rebuildTrendSummaries(db: Db): Promise<void> {
  const days = await db.evidence.groupBy({ by: ["observedOn", "stance"], where: { retractedAt: null }, _count: { _all: true } });
  const months = changesByPeriod(
    days.map((d) => ({ day: toIsoDay(d.observedOn), grade: d.stance as MixDelta["grade"], delta: d._count._all })),
    monthStartOf,
  );
  await db.evidenceMonth.deleteMany({});
  await db.evidenceMonth.createMany({ data: months.map((m) => ({ month: fromIsoDay(m.day), stance: m.grade, count: m.delta })) });

  const changes = await db.$queryRaw<{ day: Date | string; grade: string; delta: unknown }[]>(Prisma.sql`
    SELECT "day", "grade", SUM("delta") AS "delta" FROM (
      SELECT "day", "grade", 1 AS "delta" FROM (
        SELECT CASE WHEN v."madeOn" < p."madeOn" THEN p."madeOn" ELSE v."madeOn" END AS "day", v."grade" AS "grade"
        FROM "Verdict" v JOIN "Prediction" p ON p."id" = v."predictionId" WHERE v."retractedAt" IS NULL
      ) "entered"
      UNION ALL
      SELECT "day", COALESCE("previous", 'ungraded'), -1 FROM (
        SELECT CASE WHEN v."madeOn" < p."madeOn" THEN p."madeOn" ELSE v."madeOn" END AS "day",
               LAG(v."grade") OVER (PARTITION BY v."predictionId" ORDER BY v."madeOn", v."recordedAt", v."id") AS "previous"
        FROM "Verdict" v JOIN "Prediction" p ON p."id" = v."predictionId" WHERE v."retractedAt" IS NULL
      ) "left_grade"
      UNION ALL
      SELECT "madeOn", 'ungraded', 1 FROM "Prediction"
    ) "changes"
    GROUP BY "day", "grade"`);
  const quarters = changesByPeriod(
    changes.map((c) => ({ day: toIsoDay(new Date(c.day)), grade: c.grade as MixDelta["grade"], delta: Number(c.delta) })),
    quarterEndOf,
  );
  await db.gradeChange.deleteMany({});
  await db.gradeChange.createMany({ data: quarters.map((q) => ({ quarter: fromIsoDay(q.day), grade: q.grade, delta: q.delta })) });
}
