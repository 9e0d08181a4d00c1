import "server-only";
// Reading claims: the public summary and the claim page's detail, the filtered and sorted
// list (keyset pages), due counts, searches by text, and the claim page's timeline.
import type { Grade, Stance, Strength } from "../../domain";
import { Prisma } from "../../generated/prisma/client";
import { type DueFlags, dueFlags } from "../../reviews";
import type { EvidenceTally } from "../../scoring";
import type { PredictionFilter } from "../../validation/filters";
import { CLAIMS_FROM, claimSortKeys, claimWhere, NEEDS_FIRST_VERDICT_SQL, readyForFinalSql, staleSql } from "../claim-query";
import { prisma } from "../client";
import { toIsoDay } from "../dates";
import { listClaimEvidence } from "../evidence";
import { MAX_PAGE_SIZE, type Page, type PageRequest, readPage } from "../keyset";
import type { EvidenceItem, VerdictItem } from "../rows";
import { listClaimVerdicts } from "../verdicts";

/** The public shape of a claim (GET /api/predictions), plus a few fields the UI lists. */
export type PredictionSummary = {
  id: string;
  statement: string;
  quote: string;
  section: string;
  madeOn: string;
  horizon: { from: number; to: number };
  horizonPhrase: string;
  impliedCredence: number | null;
  credenceWord: string | null;
  tags: string[];
  parentId: string | null;
  currentVerdict: Grade | null;
  currentVerdictOn: string | null;
  evidenceCount: number;
  tally: EvidenceTally;
  source: { id: string; title: string };
  position: number;
  /** Due flags as of the read (dueFlags in lib/reviews.ts). */
  due: DueFlags;
};

export type PredictionDetail = PredictionSummary & {
  criteria: string;
  source: { id: string; title: string; author: string; url: string; kind: string; publishedOn: string };
  parent: { id: string; statement: string } | null;
  children: { id: string; statement: string; currentVerdict: Grade | null }[];
  /** How many sub-claims there are (`children` lists the first ones) and their current grades. */
  childCount: number;
  childGradeCounts: { grade: Grade | null; count: number }[];
  /** The newest evidence first, `evidencePage.nextCursor` leads to older items. */
  evidence: EvidenceItem[];
  evidencePage: { total: number; nextCursor: string | null; remaining: number };
  /** The newest verdicts first. */
  verdicts: VerdictItem[];
  verdictPage: { total: number; nextCursor: string | null };
  /** Set when someone reopened the claim's final verdict on purpose; its next verdict clears it. */
  reopened: { at: string; reason: string } | null;
};

const summarySelect = {
  id: true,
  statement: true,
  quote: true,
  section: true,
  position: true,
  madeOn: true,
  horizonFrom: true,
  horizonTo: true,
  horizonPhrase: true,
  impliedCredence: true,
  credenceWord: true,
  parentId: true,
  currentGrade: true,
  currentVerdictAt: true,
  supportsCount: true,
  contradictsCount: true,
  mixedCount: true,
  evidenceCount: true,
  createdAt: true,
  tags: { select: { name: true }, orderBy: { name: "asc" } },
  source: { select: { id: true, title: true } },
} satisfies Prisma.PredictionSelect;

type SummaryRow = Prisma.PredictionGetPayload<{ select: typeof summarySelect }>;

function toSummary(row: SummaryRow, lastReviewedOn: string | null, today: string): PredictionSummary {
  const currentVerdictOn = row.currentVerdictAt ? toIsoDay(row.currentVerdictAt) : null;
  const due = dueFlags(
    { currentGrade: row.currentGrade as Grade | null, horizonTo: row.horizonTo, createdOn: toIsoDay(row.createdAt), currentVerdictOn, lastReviewedOn },
    today,
  );
  return {
    id: row.id,
    statement: row.statement,
    quote: row.quote,
    section: row.section,
    madeOn: toIsoDay(row.madeOn),
    horizon: { from: row.horizonFrom, to: row.horizonTo },
    horizonPhrase: row.horizonPhrase,
    impliedCredence: row.impliedCredence,
    credenceWord: row.credenceWord,
    tags: row.tags.map((t) => t.name),
    parentId: row.parentId,
    currentVerdict: row.currentGrade as Grade | null,
    currentVerdictOn,
    // The claim's summary columns, kept in step with its evidence (lib/db/claim-summary.ts).
    evidenceCount: row.evidenceCount,
    tally: { supports: row.supportsCount, contradicts: row.contradictsCount, mixed: row.mixedCount },
    source: row.source,
    position: row.position,
    due,
  };
}

/**
 * The completion day of the last completed review whose snapshot holds each claim, for a
 * page of claims (at most MAX_PAGE_SIZE ids), through the ReviewEntry (predictionId) index.
 */
async function lastReviewedOn(ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await prisma.$queryRaw<{ predictionId: string; completedOn: Date | string | null }[]>(Prisma.sql`
    SELECT "re"."predictionId", MAX("r"."completedOn") AS "completedOn"
    FROM "ReviewEntry" "re" JOIN "Review" "r" ON "r"."id" = "re"."reviewId"
    WHERE "r"."status" = 'completed' AND "re"."predictionId" IN (${Prisma.join(ids)})
    GROUP BY "re"."predictionId"`);
  const out = new Map<string, string>();
  for (const r of rows) if (r.completedOn !== null) out.set(r.predictionId, toIsoDay(r.completedOn instanceof Date ? r.completedOn : new Date(r.completedOn)));
  return out;
}

export const PAGE_SIZE = 50;

const CHILDREN_SHOWN = 100;

export type PredictionPage = Page<PredictionSummary> & { limit: number };

/**
 * One page of the claim list: filtered, sorted and counted in SQL, then the page's rows read
 * with their tags and source. Numbered pages (`offset`) serve the UI; cursors serve the API.
 */
export async function listPredictions(
  filter: PredictionFilter = {},
  now = new Date(),
  page: Partial<PageRequest> = {},
): Promise<PredictionPage> {
  const limit = Math.min(MAX_PAGE_SIZE, Math.max(1, page.limit ?? PAGE_SIZE));
  const ids = await readPage<{ id: string }>(prisma, {
    list: `claims:${filter.sort ?? "position"}`,
    select: Prisma.sql`"p"."id" AS "id"`,
    from: CLAIMS_FROM,
    where: claimWhere(filter, now),
    keys: claimSortKeys(filter.sort),
    page: { limit, cursor: page.cursor, offset: page.offset },
  });
  return { ...ids, items: await summariesInOrder(ids.items.map((r) => r.id), now), limit };
}

/** The summaries of up to a page of claims, in the order given. */
async function summariesInOrder(ids: string[], now: Date): Promise<PredictionSummary[]> {
  if (ids.length === 0) return [];
  const [rows, reviewed] = await Promise.all([
    prisma.prediction.findMany({ where: { id: { in: ids } }, select: summarySelect }),
    lastReviewedOn(ids),
  ]);
  const byId = new Map(rows.map((r) => [r.id, r]));
  const today = toIsoDay(now);
  return ids.flatMap((id) => {
    const r = byId.get(id);
    return r ? [toSummary(r, reviewed.get(id) ?? null, today)] : [];
  });
}

/** How many claims carry each due flag, counted in SQL by the same rules as dueFlags. */
export async function countDue(
  now = new Date(),
  scope: Pick<PredictionFilter, "tag" | "source"> = {},
): Promise<{ new: number; stale: number; readyForFinal: number }> {
  const where = claimWhere(scope, now);
  const [row] = await prisma.$queryRaw<{ fresh: bigint | number | null; stale: bigint | number | null; ready: bigint | number | null }[]>(Prisma.sql`
    SELECT SUM(CASE WHEN ${NEEDS_FIRST_VERDICT_SQL} THEN 1 ELSE 0 END) AS "fresh",
           SUM(CASE WHEN ${staleSql(now)} THEN 1 ELSE 0 END) AS "stale",
           SUM(CASE WHEN ${readyForFinalSql(now)} THEN 1 ELSE 0 END) AS "ready"
    FROM "Prediction" "p" WHERE ${where}`);
  return { new: Number(row?.fresh ?? 0), stale: Number(row?.stale ?? 0), readyForFinal: Number(row?.ready ?? 0) };
}

/**
 * A claim with its newest evidence and verdicts (one page each, with totals and cursors to
 * older ones), its parent and its first sub-claims.
 */
export async function getPredictionDetail(
  id: string,
  pages: { evidence?: Partial<PageRequest>; verdicts?: Partial<PageRequest> } = {},
): Promise<PredictionDetail | null> {
  const row = await prisma.prediction.findUnique({
    where: { id },
    select: {
      ...summarySelect,
      criteria: true,
      reopenedAt: true,
      reopenReason: true,
      source: { select: { id: true, title: true, author: true, url: true, kind: true, publishedOn: true } },
      parent: { select: { id: true, statement: true } },
      children: { select: { id: true, statement: true, currentGrade: true }, orderBy: [{ position: "asc" }, { id: "asc" }], take: CHILDREN_SHOWN },
      _count: { select: { children: true } },
    },
  });
  if (!row) return null;
  const [evidence, verdicts, childGrades, reviewed] = await Promise.all([
    listClaimEvidence(id, pages.evidence),
    listClaimVerdicts(id, pages.verdicts),
    row._count.children
      ? prisma.prediction.groupBy({ by: ["currentGrade"], where: { parentId: id }, _count: { _all: true } })
      : Promise.resolve([]),
    lastReviewedOn([id]),
  ]);
  const summary = toSummary({ ...row, source: { id: row.source.id, title: row.source.title } }, reviewed.get(id) ?? null, toIsoDay(new Date()));
  return {
    ...summary,
    criteria: row.criteria,
    source: { ...row.source, publishedOn: toIsoDay(row.source.publishedOn) },
    parent: row.parent,
    children: row.children.map((c) => ({ id: c.id, statement: c.statement, currentVerdict: c.currentGrade as Grade | null })),
    childCount: row._count.children,
    childGradeCounts: childGrades.map((g) => ({ grade: g.currentGrade as Grade | null, count: g._count._all })),
    evidence: evidence.items,
    evidencePage: { total: evidence.total, nextCursor: evidence.nextCursor, remaining: evidence.remaining },
    verdicts: verdicts.items,
    verdictPage: { total: verdicts.total, nextCursor: verdicts.nextCursor },
    reopened: row.reopenedAt ? { at: row.reopenedAt.toISOString(), reason: row.reopenReason ?? "" } : null,
  };
}

export const DUE_SHOWN = 5;

/**
 * The first few claims past their horizon without a final verdict (earliest horizon first),
 * with how many there are in all; the claim list's `due=final` filter shows the rest.
 */
export async function listPastHorizon(
  now = new Date(),
  scope: Pick<PredictionFilter, "tag" | "source"> = {},
  limit = DUE_SHOWN,
): Promise<{ items: PastHorizonItem[]; total: number }> {
  const page = await listPredictions({ ...scope, due: "final", sort: "horizon" }, now, { limit });
  return {
    total: page.total,
    items: page.items.map((p) => ({ id: p.id, statement: p.statement, horizon: p.horizon, currentVerdict: p.currentVerdict })),
  };
}

export type PastHorizonItem = { id: string; statement: string; horizon: { from: number; to: number }; currentVerdict: Grade | null };

export async function predictionExists(id: string): Promise<boolean> {
  return (await prisma.prediction.count({ where: { id } })) > 0;
}

/** Claims whose statement or quote contains the text, for pickers (a parent, a sub-claim). */
export async function searchClaims(q: string, options: { exclude?: string[]; take?: number } = {}) {
  const page = await listPredictions({ q }, new Date(), { limit: (options.take ?? 20) + (options.exclude?.length ?? 0) });
  const excluded = new Set(options.exclude ?? []);
  return page.items
    .filter((p) => !excluded.has(p.id))
    .slice(0, options.take ?? 20)
    .map((p) => ({ id: p.id, statement: p.statement, currentVerdict: p.currentVerdict, parentId: p.parentId, source: p.source }));
}

/** The statements of a few claims by id (the ones a claim's history points at), capped. */
export async function claimStatements(ids: string[]): Promise<Record<string, string>> {
  if (ids.length === 0) return {};
  const rows = await prisma.prediction.findMany({ where: { id: { in: ids.slice(0, 100) } }, select: { id: true, statement: true } });
  return Object.fromEntries(rows.map((r) => [r.id, r.statement]));
}

/** The list rows of up to a page of claims, by id, in the order given (the claim list's families). */
export async function listPredictionsByIds(ids: string[], now = new Date()): Promise<PredictionSummary[]> {
  return summariesInOrder(ids.slice(0, MAX_PAGE_SIZE), now);
}

/** The timeline chart plots at most this many of a claim's newest evidence items and verdicts. */
export const TIMELINE_LIMIT = 200;

/**
 * What a claim's timeline plots: its newest live evidence and verdicts (at most TIMELINE_LIMIT
 * of each), oldest first, with the live totals so the chart can say what it leaves out.
 */
export async function getClaimTimeline(predictionId: string) {
  const [evidence, verdicts, verdictTotal] = await Promise.all([
    prisma.evidence.findMany({
      where: { predictionId, retractedAt: null },
      orderBy: [{ observedOn: "desc" }, { recordedAt: "desc" }, { id: "desc" }],
      take: TIMELINE_LIMIT,
      select: { id: true, title: true, observedOn: true, stance: true, strength: true },
    }),
    prisma.verdict.findMany({
      where: { predictionId, retractedAt: null },
      orderBy: [{ madeOn: "desc" }, { recordedAt: "desc" }, { id: "desc" }],
      take: TIMELINE_LIMIT,
      select: { id: true, grade: true, credence: true, madeOn: true },
    }),
    prisma.verdict.count({ where: { predictionId, retractedAt: null } }),
  ]);
  return {
    evidence: evidence.reverse().map((e) => ({
      id: e.id,
      title: e.title,
      observedOn: toIsoDay(e.observedOn),
      stance: e.stance as Stance,
      strength: e.strength as Strength,
    })),
    verdicts: verdicts.reverse().map((v) => ({ id: v.id, grade: v.grade as Grade, credence: v.credence, madeOn: toIsoDay(v.madeOn) })),
    verdictTotal,
  };
}
