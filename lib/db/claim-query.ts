// The claim list's filters, sorts and pages as SQL, shared by every list and count of claims
// (the claim list, the API, the scorecard's due counts and scope). Plain SQL that SQLite and
// PostgreSQL both run; every value is a bound parameter and the number bound never grows with
// the data.
import { FINAL_GRADES } from "../domain";
import { Prisma } from "../generated/prisma/client";
import { STALE_AFTER_DAYS } from "../reviews";
import type { PredictionFilter, Sort } from "../validation/filters";
import { containsText } from "./contains";
import { fromIsoDay, toIsoDay } from "./dates";
import { sortKey, type SortKey } from "./keyset";

const FINAL = Prisma.join([...FINAL_GRADES]);
const NOT_FINAL = Prisma.sql`("p"."currentGrade" IS NULL OR "p"."currentGrade" NOT IN (${FINAL}))`;

const SEARCHED = ["statement", "quote", "section", "criteria"] as const;

/** The day 365 days before today (UTC): a claim last looked at before it is stale. */
export function staleCutoff(now: Date): Date {
  return new Date(fromIsoDay(toIsoDay(now)).getTime() - STALE_AFTER_DAYS * 86_400_000);
}

/** The WHERE clause for a filter over `"Prediction" p`. */
export function claimWhere(filter: PredictionFilter, now: Date): Prisma.Sql {
  const year = now.getUTCFullYear();
  const and: Prisma.Sql[] = [];
  if (filter.q) {
    const q = filter.q;
    and.push(Prisma.sql`(${Prisma.join(SEARCHED.map((f) => containsText(Prisma.raw(`"p"."${f}"`), q)), " OR ")})`);
  }
  if (filter.verdict === "none") and.push(Prisma.sql`"p"."currentGrade" IS NULL`);
  else if (filter.verdict) and.push(Prisma.sql`"p"."currentGrade" = ${filter.verdict}`);
  if (filter.tag) {
    and.push(Prisma.sql`EXISTS (SELECT 1 FROM "_PredictionToTag" pt JOIN "Tag" t ON t."id" = pt."B" WHERE pt."A" = "p"."id" AND t."name" = ${filter.tag})`);
  }
  if (filter.source) and.push(Prisma.sql`"p"."sourceId" = ${filter.source}`);
  if (filter.horizon === "past") and.push(Prisma.sql`"p"."horizonTo" < ${year}`);
  if (filter.horizon === "current") and.push(Prisma.sql`"p"."horizonFrom" <= ${year} AND "p"."horizonTo" >= ${year}`);
  if (filter.horizon === "future") and.push(Prisma.sql`"p"."horizonFrom" > ${year}`);
  if (filter.due === "stale") and.push(staleSql(now));
  if (filter.due === "final") and.push(readyForFinalSql(now));
  return and.length ? Prisma.join(and, " AND ") : Prisma.sql`1 = 1`;
}

/**
 * Not reviewed in over 12 months, the same rule as dueFlags in lib/reviews.ts: a verdict that
 * is not final, and the claim's creation, its last verdict and every completed review that
 * included it all fall before the cutoff. The reviews completed since the cutoff are a year's
 * worth (one or two), so the subquery reads their entries once, through the
 * (reviewId, predictionId) index, whatever the number of claims.
 */
export function staleSql(now: Date): Prisma.Sql {
  const cutoff = staleCutoff(now);
  return Prisma.sql`("p"."currentGrade" IS NOT NULL AND "p"."currentGrade" NOT IN (${FINAL})
    AND "p"."createdAt" < ${cutoff} AND "p"."currentVerdictAt" < ${cutoff}
    AND "p"."id" NOT IN (SELECT "re"."predictionId" FROM "ReviewEntry" "re" JOIN "Review" "r" ON "r"."id" = "re"."reviewId"
      WHERE "r"."status" = 'completed' AND "r"."completedOn" >= ${cutoff}))`;
}

/** New: no verdict yet, so it needs a first one (never stale). */
export const NEEDS_FIRST_VERDICT_SQL = Prisma.sql`"p"."currentGrade" IS NULL`;

/** Past its horizon: ready for a final verdict. */
export function readyForFinalSql(now: Date): Prisma.Sql {
  return Prisma.sql`(${NOT_FINAL} AND "p"."horizonTo" < ${now.getUTCFullYear()})`;
}

// ---------------------------------------------------------------------------------------
// Sorting
// ---------------------------------------------------------------------------------------

/** Sorting by verdict date puts claims with no verdict last: they sort as the epoch. */
const EPOCH = new Date(0);

/** Every sort ends with the id, so the order is total and a cursor names one place in it. */
const SORT_KEYS: Record<Sort, SortKey[]> = {
  position: [sortKey(`"s"."publishedOn"`, "ASC", "date"), sortKey(`"p"."sourceId"`, "ASC", "string"), sortKey(`"p"."position"`, "ASC", "number")],
  made: [sortKey(`"p"."madeOn"`, "DESC", "date"), sortKey(`"p"."position"`, "ASC", "number")],
  horizon: [sortKey(`"p"."horizonTo"`, "ASC", "number"), sortKey(`"p"."horizonFrom"`, "ASC", "number"), sortKey(`"p"."position"`, "ASC", "number")],
  evidence: [sortKey(`"p"."evidenceCount"`, "DESC", "number"), sortKey(`"p"."position"`, "ASC", "number")],
  verdict: [sortKey(Prisma.sql`COALESCE("p"."currentVerdictAt", ${EPOCH})`, "DESC", "date"), sortKey(`"p"."position"`, "ASC", "number")],
};

export function claimSortKeys(sort: Sort | undefined): SortKey[] {
  return [...SORT_KEYS[sort ?? "position"], sortKey(`"p"."id"`, "ASC", "string")];
}

/** Claims joined to their source, which the default sort orders by. */
export const CLAIMS_FROM = Prisma.sql`"Prediction" "p" JOIN "Source" "s" ON "s"."id" = "p"."sourceId"`;
