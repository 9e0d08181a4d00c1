import "server-only";
// A claim's histories: its evidence and its verdicts, newest first, a page at a time (keyset
// cursors), their row shapes, and the bounded views of them that a claim page shows (the
// timeline's newest items, the evidence a verdict can cite).
import type { Grade, Stance, Strength } from "../domain";
import { Prisma } from "../generated/prisma/client";
import { prisma } from "./client";
import { toIsoDay } from "./dates";
import { isHindsight } from "../forecast-scoring";
import type { LinkHealth } from "../links/describe";
import { MAX_PAGE_SIZE, readPage, sortKey, type Page, type PageRequest, type SortKey } from "./keyset";

export type EvidenceItem = {
  id: string;
  title: string;
  url: string;
  /** The day the event happened (as of). */
  observedOn: string;
  /** Server time the item was entered; never editable. */
  recordedAt: string;
  /** Logged more than 7 days after it was observed: normal for evidence, shown, not penalised. */
  hindsight: boolean;
  stance: Stance;
  strength: Strength;
  summary: string;
  /** The exact words from the source, when given. */
  excerpt: string | null;
  archiveUrl: string | null;
  /** The link's last check (npm run links -- check), null until checked. */
  link: LinkCheck | null;
  loggedBy: string;
  isSeeded: boolean;
  /** Retracted items stay in the history, marked, and no longer count anywhere. */
  retracted: Retraction | null;
};

export type Retraction = { at: string; by: string; reason: string };

export type LinkCheck = {
  checkedAt: string;
  status: number | null;
  finalUrl: string | null;
  error: string | null;
  /** broken | unreachable | changed, or null while the link is fine. */
  problem: string | null;
  changedAt: string | null;
  contentSha256: string | null;
};

export type VerdictItem = {
  id: string;
  grade: Grade;
  credence: number | null;
  rationale: string;
  /** The day the judgement is "as of". */
  madeOn: string;
  /** Server time the verdict was entered; never editable. */
  recordedAt: string;
  /** Dated more than 7 days before it was entered: flagged, and its credence is no forecast. */
  hindsight: boolean;
  /** For a resolving grade: the day the outcome became known. */
  resolvedOn: string | null;
  madeBy: string;
  isSeeded: boolean;
  evidenceIds: string[];
  /** The cited evidence, named here so a page of verdicts needs no page of evidence. */
  citations: { id: string; title: string; url: string }[];
  retracted: Retraction | null;
};

/** An item's link fields in the shape the link-health flag (components/evidence/link-health.tsx) reads. */
export function linkHealthOf(e: Pick<EvidenceItem, "url" | "archiveUrl" | "link">): LinkHealth {
  return {
    url: e.url,
    archiveUrl: e.archiveUrl,
    linkProblem: e.link?.problem ?? null,
    linkStatus: e.link?.status ?? null,
    linkError: e.link?.error ?? null,
    linkFinalUrl: e.link?.finalUrl ?? null,
    linkCheckedAt: e.link?.checkedAt ?? null,
    linkChangedAt: e.link?.changedAt ?? null,
  };
}

export function retractionOf(row: { retractedAt: Date | null; retractedBy: string | null; retractReason: string | null }): Retraction | null {
  return row.retractedAt ? { at: row.retractedAt.toISOString(), by: row.retractedBy ?? "", reason: row.retractReason ?? "" } : null;
}

export const HISTORY_PAGE_SIZE = 20;

const evidenceSelect = {
  id: true,
  predictionId: true,
  title: true,
  url: true,
  observedOn: true,
  recordedAt: true,
  stance: true,
  strength: true,
  summary: true,
  excerpt: true,
  archiveUrl: true,
  contentSha256: true,
  linkStatus: true,
  linkFinalUrl: true,
  linkCheckedAt: true,
  linkError: true,
  linkChangedAt: true,
  linkProblem: true,
  loggedBy: true,
  isSeeded: true,
  retractedAt: true,
  retractedBy: true,
  retractReason: true,
} satisfies Prisma.EvidenceSelect;

type EvidenceRow = Prisma.EvidenceGetPayload<{ select: typeof evidenceSelect }>;

function linkCheckOf(e: EvidenceRow): LinkCheck | null {
  if (!e.linkCheckedAt) return null;
  return {
    checkedAt: e.linkCheckedAt.toISOString(),
    status: e.linkStatus,
    finalUrl: e.linkFinalUrl,
    error: e.linkError,
    problem: e.linkProblem,
    changedAt: e.linkChangedAt?.toISOString() ?? null,
    contentSha256: e.contentSha256,
  };
}

export function toEvidenceItem(e: EvidenceRow): EvidenceItem {
  const observedOn = toIsoDay(e.observedOn);
  const recordedAt = e.recordedAt.toISOString();
  return {
    id: e.id,
    title: e.title,
    url: e.url,
    observedOn,
    recordedAt,
    hindsight: isHindsight(observedOn, recordedAt),
    stance: e.stance as Stance,
    strength: e.strength as Strength,
    summary: e.summary,
    excerpt: e.excerpt,
    archiveUrl: e.archiveUrl,
    link: linkCheckOf(e),
    loggedBy: e.loggedBy,
    isSeeded: e.isSeeded,
    retracted: retractionOf(e),
  };
}

export const verdictSelect = {
  id: true,
  grade: true,
  credence: true,
  rationale: true,
  madeOn: true,
  recordedAt: true,
  resolvedOn: true,
  madeBy: true,
  isSeeded: true,
  retractedAt: true,
  retractedBy: true,
  retractReason: true,
  citations: { select: { evidence: { select: { id: true, title: true, url: true } } } },
} satisfies Prisma.VerdictSelect;

export function toVerdictItem(v: Prisma.VerdictGetPayload<{ select: typeof verdictSelect }>): VerdictItem {
  const citations = v.citations.map((c) => c.evidence).sort((a, b) => a.title.localeCompare(b.title) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const madeOn = toIsoDay(v.madeOn);
  const recordedAt = v.recordedAt.toISOString();
  return {
    id: v.id,
    grade: v.grade as Grade,
    credence: v.credence,
    rationale: v.rationale,
    madeOn,
    recordedAt,
    hindsight: isHindsight(madeOn, recordedAt),
    resolvedOn: v.resolvedOn ? toIsoDay(v.resolvedOn) : null,
    madeBy: v.madeBy,
    isSeeded: v.isSeeded,
    evidenceIds: citations.map((c) => c.id),
    citations,
    retracted: retractionOf(v),
  };
}

// The newest first: evidence by the day observed, then when it was logged; verdicts by the day
// made, then when they were recorded. Retracted items stay in the history, marked.
const EVIDENCE_KEYS = [
  sortKey(`"e"."observedOn"`, "DESC", "date"),
  sortKey(`"e"."recordedAt"`, "DESC", "date"),
  sortKey(`"e"."id"`, "DESC", "string"),
];
const VERDICT_KEYS = [
  sortKey(`"v"."madeOn"`, "DESC", "date"),
  sortKey(`"v"."recordedAt"`, "DESC", "date"),
  sortKey(`"v"."id"`, "DESC", "string"),
];

/**
 * The ids of one page of a claim's history (`table` aliased `alias`), newest first by `keys`,
 * with the total; the caller reads those rows with their relations.
 */
function claimHistoryPage(table: "Evidence" | "Verdict", alias: string, keys: SortKey[], predictionId: string, page: Partial<PageRequest>) {
  return readPage<{ id: string }>(prisma, {
    list: `${table}:${predictionId}`,
    select: Prisma.sql`${Prisma.raw(`"${alias}"."id"`)} AS "id"`,
    from: Prisma.raw(`"${table}" "${alias}"`),
    where: Prisma.sql`${Prisma.raw(`"${alias}"."predictionId"`)} = ${predictionId}`,
    keys,
    page: { limit: clampLimit(page.limit, HISTORY_PAGE_SIZE), cursor: page.cursor },
  });
}

/** One page of a claim's evidence, newest first, with the total (retracted items included). */
export async function listClaimEvidence(predictionId: string, page: Partial<PageRequest> = {}): Promise<Page<EvidenceItem>> {
  const ids = await claimHistoryPage("Evidence", "e", EVIDENCE_KEYS, predictionId, page);
  const rows = await prisma.evidence.findMany({ where: { id: { in: ids.items.map((r) => r.id) } }, select: evidenceSelect });
  return { ...ids, items: inOrder(ids.items, rows).map(toEvidenceItem) };
}

/** One page of a claim's verdict history, newest first, with the total (retracted included). */
export async function listClaimVerdicts(predictionId: string, page: Partial<PageRequest> = {}): Promise<Page<VerdictItem>> {
  const ids = await claimHistoryPage("Verdict", "v", VERDICT_KEYS, predictionId, page);
  const rows = await prisma.verdict.findMany({ where: { id: { in: ids.items.map((r) => r.id) } }, select: verdictSelect });
  return { ...ids, items: inOrder(ids.items, rows).map(toVerdictItem) };
}

const clampLimit = (limit: number | undefined, fallback: number) => Math.min(MAX_PAGE_SIZE, Math.max(1, limit ?? fallback));

function inOrder<T extends { id: string }>(order: { id: string }[], rows: T[]): T[] {
  const byId = new Map(rows.map((r) => [r.id, r]));
  return order.flatMap((o) => byId.get(o.id) ?? []);
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

/** The newest live evidence a verdict can cite, for the verdict form (the API accepts any of the claim's). */
export async function listCitableEvidence(predictionId: string, take = 50) {
  const rows = await prisma.evidence.findMany({
    where: { predictionId, retractedAt: null },
    orderBy: [{ observedOn: "desc" }, { recordedAt: "desc" }, { id: "desc" }],
    take,
    select: { id: true, title: true, observedOn: true, stance: true },
  });
  return rows.map((e) => ({ id: e.id, title: e.title, observedOn: toIsoDay(e.observedOn), stance: e.stance as Stance }));
}
