import "server-only";
// The claim list as the UI shows it: one row per top-level claim, its sub-claims nested
// under it. Pages count top-level rows only, so "50 a page" means 50 families however many
// sub-claims they hold, and the page links stay right.
//
// With a filter, a row is a matching claim whose parent does not also match: a matching
// sub-claim of a matching parent nests under it, and one whose parent does not match is a row
// of its own (marked as a sub-claim). Everything is decided in SQL; the only list bound is the
// page's own ids (at most MAX_PAGE_SIZE), never one that grows with the data.
import type { Grade } from "../../domain";
import { Prisma } from "../../generated/prisma/client";
import type { EvidenceTally } from "../../scoring";
import type { PredictionFilter } from "../../validation/filters";
import { CLAIMS_FROM, claimSortKeys, claimWhere } from "../claim-query";
import { prisma } from "../client";
import { MAX_PAGE_SIZE, type PageRequest, readPage } from "../keyset";
import { listPredictionsByIds, PAGE_SIZE, type PredictionSummary } from "./read";

/** Sub-claims listed under one parent; the parent's own page lists them all. */
export const SUB_CLAIMS_LISTED = 10;

export type SubClaimRow = {
  id: string;
  statement: string;
  quote: string;
  currentVerdict: Grade | null;
  evidenceCount: number;
  tally: EvidenceTally;
};

export type ClaimFamily = PredictionSummary & {
  /** The grade the scorecard counts: the claim's own, or its sub-claims' roll-up. */
  effectiveGrade: Grade | null;
  /** All its sub-claims, whatever the filter. */
  subClaimCount: number;
  /** Its sub-claims that match the filter (all of them without one): the first few, and how many. */
  subClaims: { items: SubClaimRow[]; matching: number };
};

export type ClaimFamilyPage = {
  items: ClaimFamily[];
  /** Top-level rows (what the pages count). */
  total: number;
  /** Matching sub-claims listed under a matching parent rather than as rows of their own. */
  nestedTotal: number;
  limit: number;
};

const isFiltering = (f: PredictionFilter) => Boolean(f.q || f.verdict || f.tag || f.source || f.horizon || f.due);

/** Rows of the list: matching claims whose parent is not itself a row. */
function rowsWhere(filter: PredictionFilter, now: Date): Prisma.Sql {
  if (!isFiltering(filter)) return Prisma.sql`"p"."parentId" IS NULL`;
  const where = claimWhere(filter, now);
  // The subquery's own "p" is the candidate parent (it shadows the outer alias inside it).
  return Prisma.sql`(${where}) AND ("p"."parentId" IS NULL OR "p"."parentId" NOT IN (SELECT "p"."id" FROM "Prediction" "p" WHERE ${where}))`;
}

export async function listClaimFamilies(filter: PredictionFilter = {}, now = new Date(), page: Partial<PageRequest> = {}): Promise<ClaimFamilyPage> {
  const limit = Math.min(MAX_PAGE_SIZE, Math.max(1, page.limit ?? PAGE_SIZE));
  const where = isFiltering(filter) ? claimWhere(filter, now) : Prisma.sql`1 = 1`;
  const [rows, matching] = await Promise.all([
    readPage<{ id: string }>(prisma, {
      list: `claim-families:${filter.sort ?? "position"}`,
      select: Prisma.sql`"p"."id" AS "id"`,
      from: CLAIMS_FROM,
      where: rowsWhere(filter, now),
      keys: claimSortKeys(filter.sort),
      page: { limit, offset: page.offset },
    }),
    prisma.$queryRaw<{ n: bigint | number }[]>(Prisma.sql`SELECT COUNT(*) AS "n" FROM "Prediction" "p" WHERE ${where}`),
  ]);
  const ids = rows.items.map((r) => r.id);
  const [summaries, extra, children] = await Promise.all([listPredictionsByIds(ids, now), familyColumns(ids), subClaimsOf(ids, where)]);
  return {
    items: summaries.map((s) => ({
      ...s,
      effectiveGrade: extra.get(s.id)?.effectiveGrade ?? null,
      subClaimCount: extra.get(s.id)?.subClaimCount ?? 0,
      subClaims: children.get(s.id) ?? { items: [], matching: 0 },
    })),
    total: rows.total,
    nestedTotal: Math.max(0, Number(matching[0]?.n ?? 0) - rows.total),
    limit,
  };
}

/** Each row's effective grade and how many sub-claims it has in all. */
async function familyColumns(ids: string[]): Promise<Map<string, { effectiveGrade: Grade | null; subClaimCount: number }>> {
  if (ids.length === 0) return new Map();
  const rows = await prisma.prediction.findMany({
    where: { id: { in: ids } },
    select: { id: true, effectiveGrade: true, _count: { select: { children: true } } },
  });
  return new Map(rows.map((r) => [r.id, { effectiveGrade: r.effectiveGrade as Grade | null, subClaimCount: r._count.children }]));
}

type ChildRow = {
  id: string;
  parentId: string;
  statement: string;
  quote: string;
  currentGrade: string | null;
  evidenceCount: bigint | number;
  supportsCount: bigint | number;
  contradictsCount: bigint | number;
  mixedCount: bigint | number;
  n: bigint | number;
};

/** The first matching sub-claims of each row (in source order), with how many match. */
async function subClaimsOf(parentIds: string[], where: Prisma.Sql): Promise<Map<string, { items: SubClaimRow[]; matching: number }>> {
  if (parentIds.length === 0) return new Map();
  const rows = await prisma.$queryRaw<ChildRow[]>(Prisma.sql`
    SELECT "c"."id", "c"."parentId", "c"."statement", "c"."quote", "c"."currentGrade", "c"."evidenceCount",
           "c"."supportsCount", "c"."contradictsCount", "c"."mixedCount", "c"."n"
    FROM (
      SELECT "p"."id", "p"."parentId", "p"."statement", "p"."quote", "p"."currentGrade", "p"."evidenceCount",
             "p"."supportsCount", "p"."contradictsCount", "p"."mixedCount",
             ROW_NUMBER() OVER (PARTITION BY "p"."parentId" ORDER BY "p"."position", "p"."id") AS "rn",
             COUNT(*) OVER (PARTITION BY "p"."parentId") AS "n"
      FROM "Prediction" "p"
      WHERE "p"."parentId" IN (${Prisma.join(parentIds)}) AND (${where})
    ) "c"
    WHERE "c"."rn" <= ${SUB_CLAIMS_LISTED}
    ORDER BY "c"."parentId", "c"."rn"`);
  const out = new Map<string, { items: SubClaimRow[]; matching: number }>();
  for (const r of rows) {
    const entry = out.get(r.parentId) ?? { items: [], matching: Number(r.n) };
    entry.items.push({
      id: r.id,
      statement: r.statement,
      quote: r.quote,
      currentVerdict: r.currentGrade as Grade | null,
      evidenceCount: Number(r.evidenceCount),
      tally: { supports: Number(r.supportsCount), contradicts: Number(r.contradictsCount), mixed: Number(r.mixedCount) },
    });
    out.set(r.parentId, entry);
  }
  return out;
}
