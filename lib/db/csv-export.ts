import "server-only";
// The CSV export's reads: the claims the claim list's filter matches, and the evidence and
// verdicts of those claims, each as an async sequence of keyset pages. Evidence and verdicts
// are filtered by joining their claim and applying the same WHERE clause (claimWhere), never
// by a list of claim ids, so every query binds the same few values however large the data.
// A page is one query for the page's ids in key order and one for their rows (bounded by the
// page size); nothing else grows with the data. Plain SQL that SQLite and PostgreSQL both run.
import type { Grade } from "../domain";
import { Prisma } from "../generated/prisma/client";
import type { PredictionFilter } from "../validation/filters";
import { CLAIMS_FROM, claimSortKeys, claimWhere } from "./claim-query";
import { prisma } from "./client";
import { toIsoDay } from "./dates";
import { afterCursorSql, encodeCursor, keyColumnsSql, MAX_PAGE_SIZE, orderBySql, type SortKey, sortKey } from "./keyset";
import { type EvidenceItem, evidenceSelect, inOrder, toEvidenceItem, toVerdictItem, type VerdictItem, verdictSelect } from "./rows";

/** Rows per page (and per query) of an export. */
export const CSV_EXPORT_PAGE_SIZE = MAX_PAGE_SIZE;

export type ClaimCsvRow = {
  id: string;
  sourceId: string;
  source: string;
  position: number;
  parentId: string | null;
  quote: string;
  section: string;
  statement: string;
  criteria: string;
  madeOn: string;
  horizonFrom: number;
  horizonTo: number;
  horizonPhrase: string;
  impliedCredence: number | null;
  credenceWord: string | null;
  credenceOverridden: boolean;
  currentVerdict: Grade | null;
  currentVerdictOn: string | null;
  /** The credence of the claim's current (latest live) verdict, if it gave one. */
  currentVerdictCredence: number | null;
  /** The grade the scorecard counts: the claim's own, or its sub-claims' roll-up. */
  effectiveGrade: Grade | null;
  verdictCount: number;
  evidenceCount: number;
  supports: number;
  contradicts: number;
  mixed: number;
  tags: string[];
  createdAt: string;
};

export type EvidenceCsvRow = EvidenceItem & { claimId: string };
export type VerdictCsvRow = VerdictItem & { claimId: string };

type IdRow = { id: string } & Record<string, unknown>;

/** The last row's key values, typed for binding (dates as Date). */
function keyValues(keys: SortKey[], row: Record<string, unknown>): (string | number | Date)[] {
  return keys.map((k, i) => {
    const v = row[`k${i}`];
    if (k.kind === "date") return v instanceof Date ? v : new Date(String(v));
    return k.kind === "number" ? Number(v) : String(v);
  });
}

/**
 * Rows after the given key values. All ascending keys compare as one row value, which both
 * SQLite and PostgreSQL answer by seeking along an index on those columns; mixed directions
 * fall back to the list's general form (keyset.ts).
 */
function afterSql(list: string, keys: SortKey[], row: Record<string, unknown>): Prisma.Sql {
  if (keys.every((k) => k.dir === "ASC")) {
    return Prisma.sql`(${Prisma.join(keys.map((k) => k.sql), ", ")}) > (${Prisma.join(keyValues(keys, row))})`;
  }
  return afterCursorSql(list, keys, encodeCursor(list, keys, row));
}

/**
 * The ids of `SELECT … FROM <from> WHERE <where>` in the keys' order, a page at a time: each
 * page starts strictly after the previous page's last row (keyset), so a long export neither
 * slows down towards its end nor repeats or skips a row.
 */
async function* idPages(q: { list: string; select: Prisma.Sql; from: Prisma.Sql; where: Prisma.Sql; keys: SortKey[]; pageSize: number }): AsyncGenerator<IdRow[]> {
  let last: IdRow | null = null;
  for (;;) {
    const after: Prisma.Sql = last ? Prisma.sql` AND ${afterSql(q.list, q.keys, last)}` : Prisma.empty;
    const rows: IdRow[] = await prisma.$queryRaw<IdRow[]>(Prisma.sql`SELECT ${q.select}, ${keyColumnsSql(q.keys)} FROM ${q.from}
      WHERE (${q.where})${after} ORDER BY ${orderBySql(q.keys)} LIMIT ${q.pageSize}`);
    if (rows.length > 0) yield rows;
    if (rows.length < q.pageSize) return;
    last = rows[rows.length - 1];
  }
}

const P = Prisma.raw(`"p"."id"`);
/** The current verdict is the latest live one, by the same order as claim-summary.ts's LATEST_VERDICT. */
const CURRENT_VERDICT_CREDENCE = Prisma.sql`(SELECT "v"."credence" FROM "Verdict" "v" WHERE "v"."predictionId" = ${P} AND "v"."retractedAt" IS NULL
  ORDER BY "v"."madeOn" DESC, "v"."recordedAt" DESC, "v"."id" DESC LIMIT 1)`;
const LIVE_VERDICTS = Prisma.sql`(SELECT COUNT(*) FROM "Verdict" "v" WHERE "v"."predictionId" = ${P} AND "v"."retractedAt" IS NULL)`;

const claimSelect = {
  id: true,
  sourceId: true,
  source: { select: { title: true } },
  position: true,
  parentId: true,
  quote: true,
  section: true,
  statement: true,
  criteria: true,
  madeOn: true,
  horizonFrom: true,
  horizonTo: true,
  horizonPhrase: true,
  impliedCredence: true,
  credenceWord: true,
  isCredenceOverridden: true,
  currentGrade: true,
  currentVerdictAt: true,
  effectiveGrade: true,
  evidenceCount: true,
  supportsCount: true,
  contradictsCount: true,
  mixedCount: true,
  createdAt: true,
  tags: { select: { name: true }, orderBy: { name: "asc" } },
} satisfies Prisma.PredictionSelect;

/** The claims the filter matches, in the claim list's order (its `sort`), a page at a time. */
export async function* claimCsvPages(filter: PredictionFilter, now = new Date(), pageSize = CSV_EXPORT_PAGE_SIZE): AsyncGenerator<ClaimCsvRow[]> {
  const pages = idPages({
    list: "csv:claims",
    select: Prisma.sql`"p"."id" AS "id", ${CURRENT_VERDICT_CREDENCE} AS "credence", ${LIVE_VERDICTS} AS "verdicts"`,
    from: CLAIMS_FROM,
    where: claimWhere(filter, now),
    keys: claimSortKeys(filter.sort),
    pageSize,
  });
  for await (const ids of pages) {
    const rows = await prisma.prediction.findMany({ where: { id: { in: ids.map((r) => r.id) } }, select: claimSelect });
    const extra = new Map(ids.map((r) => [r.id, r]));
    yield inOrder(ids, rows).map((r) => {
      const x = extra.get(r.id)!;
      return {
        id: r.id,
        sourceId: r.sourceId,
        source: r.source.title,
        position: r.position,
        parentId: r.parentId,
        quote: r.quote,
        section: r.section,
        statement: r.statement,
        criteria: r.criteria,
        madeOn: toIsoDay(r.madeOn),
        horizonFrom: r.horizonFrom,
        horizonTo: r.horizonTo,
        horizonPhrase: r.horizonPhrase,
        impliedCredence: r.impliedCredence,
        credenceWord: r.credenceWord,
        credenceOverridden: r.isCredenceOverridden,
        currentVerdict: r.currentGrade as Grade | null,
        currentVerdictOn: r.currentVerdictAt ? toIsoDay(r.currentVerdictAt) : null,
        currentVerdictCredence: x.credence === null || x.credence === undefined ? null : Number(x.credence),
        effectiveGrade: r.effectiveGrade as Grade | null,
        verdictCount: Number(x.verdicts ?? 0),
        evidenceCount: r.evidenceCount,
        supports: r.supportsCount,
        contradicts: r.contradictsCount,
        mixed: r.mixedCount,
        tags: r.tags.map((t) => t.name),
        createdAt: r.createdAt.toISOString(),
      };
    });
  }
}

// Evidence and verdicts come grouped by claim (its id), oldest first within a claim: the
// order of their (predictionId, day, …) indexes, so each page is a short walk along an index.
// The claim is joined with CROSS JOIN (the join condition in WHERE), which SQLite reads as
// "walk the evidence index, look each claim up": a page then stops after its rows, and the
// whole export reads the index once, however selective the filter. Left to choose, SQLite
// would start from the claims an indexed filter picks and sort all their evidence for every
// page. PostgreSQL plans a CROSS JOIN like any inner join.
const EVIDENCE_KEYS = [
  sortKey(`"e"."predictionId"`, "ASC", "string"),
  sortKey(`"e"."observedOn"`, "ASC", "date"),
  sortKey(`"e"."recordedAt"`, "ASC", "date"),
  sortKey(`"e"."id"`, "ASC", "string"),
];
const VERDICT_KEYS = [
  sortKey(`"v"."predictionId"`, "ASC", "string"),
  sortKey(`"v"."madeOn"`, "ASC", "date"),
  sortKey(`"v"."recordedAt"`, "ASC", "date"),
  sortKey(`"v"."id"`, "ASC", "string"),
];

/** Every evidence item (retracted ones included, marked) of the claims the filter matches. */
export async function* evidenceCsvPages(filter: PredictionFilter, now = new Date(), pageSize = CSV_EXPORT_PAGE_SIZE): AsyncGenerator<EvidenceCsvRow[]> {
  const pages = idPages({
    list: "csv:evidence",
    select: Prisma.sql`"e"."id" AS "id"`,
    from: Prisma.sql`"Evidence" "e" CROSS JOIN "Prediction" "p"`,
    where: Prisma.sql`"p"."id" = "e"."predictionId" AND ${claimWhere(filter, now)}`,
    keys: EVIDENCE_KEYS,
    pageSize,
  });
  for await (const ids of pages) {
    const rows = await prisma.evidence.findMany({ where: { id: { in: ids.map((r) => r.id) } }, select: evidenceSelect });
    yield inOrder(ids, rows).map((e) => ({ ...toEvidenceItem(e), claimId: e.predictionId }));
  }
}

/** Every verdict (retracted ones included, marked) of the claims the filter matches, with the evidence each cites. */
export async function* verdictCsvPages(filter: PredictionFilter, now = new Date(), pageSize = CSV_EXPORT_PAGE_SIZE): AsyncGenerator<VerdictCsvRow[]> {
  const pages = idPages({
    list: "csv:verdicts",
    select: Prisma.sql`"v"."id" AS "id"`,
    from: Prisma.sql`"Verdict" "v" CROSS JOIN "Prediction" "p"`,
    where: Prisma.sql`"p"."id" = "v"."predictionId" AND ${claimWhere(filter, now)}`,
    keys: VERDICT_KEYS,
    pageSize,
  });
  for await (const ids of pages) {
    const rows = await prisma.verdict.findMany({ where: { id: { in: ids.map((r) => r.id) } }, select: { ...verdictSelect, predictionId: true } });
    yield inOrder(ids, rows).map((v) => ({ ...toVerdictItem(v), claimId: v.predictionId }));
  }
}
