import "server-only";
// The rows the app shows, mapped once for every reader and writer: an evidence item and a
// verdict as lists, pages, the API and the writes' answers carry them (with their retraction
// and link check), a revision of a claim or a source, and the newest-first paging of one
// claim's evidence or verdicts (keyset cursors). lib/db/evidence.ts and lib/db/verdicts.ts
// build on it.
import type { Grade, Stance, Strength } from "../domain";
import { isHindsight } from "../forecast-scoring";
import { Prisma } from "../generated/prisma/client";
import type { LinkHealth } from "../links/describe";
import { prisma } from "./client";
import { toIsoDay } from "./dates";
import { MAX_PAGE_SIZE, type PageRequest, readPage, type SortKey, sortKey } from "./keyset";

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

export const evidenceSelect = {
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
export const EVIDENCE_KEYS = [
  sortKey(`"e"."observedOn"`, "DESC", "date"),
  sortKey(`"e"."recordedAt"`, "DESC", "date"),
  sortKey(`"e"."id"`, "DESC", "string"),
];

export const VERDICT_KEYS = [
  sortKey(`"v"."madeOn"`, "DESC", "date"),
  sortKey(`"v"."recordedAt"`, "DESC", "date"),
  sortKey(`"v"."id"`, "DESC", "string"),
];

/**
 * The ids of one page of a claim's history (`table` aliased `alias`), newest first by `keys`,
 * with the total; the caller reads those rows with their relations.
 */
export function claimHistoryPage(table: "Evidence" | "Verdict", alias: string, keys: SortKey[], predictionId: string, page: Partial<PageRequest>) {
  return readPage<{ id: string }>(prisma, {
    list: `${table}:${predictionId}`,
    select: Prisma.sql`${Prisma.raw(`"${alias}"."id"`)} AS "id"`,
    from: Prisma.raw(`"${table}" "${alias}"`),
    where: Prisma.sql`${Prisma.raw(`"${alias}"."predictionId"`)} = ${predictionId}`,
    keys,
    page: { limit: clampLimit(page.limit, HISTORY_PAGE_SIZE), cursor: page.cursor },
  });
}

const clampLimit = (limit: number | undefined, fallback: number) => Math.min(MAX_PAGE_SIZE, Math.max(1, limit ?? fallback));

export function inOrder<T extends { id: string }>(order: { id: string }[], rows: T[]): T[] {
  const byId = new Map(rows.map((r) => [r.id, r]));
  return order.flatMap((o) => byId.get(o.id) ?? []);
}

type Change = { before: unknown; after: unknown };

export type Changes = Record<string, Change>;

export type Revision = {
  id: string;
  kind: string;
  changes: Changes;
  reason: string;
  editedBy: string;
  createdAt: string;
};

export function toRevision(r: { id: string; kind: string; changes: string; reason: string; editedBy: string; createdAt: Date }): Revision {
  return {
    id: r.id,
    kind: r.kind,
    changes: JSON.parse(r.changes) as Changes,
    reason: r.reason,
    editedBy: r.editedBy,
    createdAt: r.createdAt.toISOString(),
  };
}

/**
 * Where the caller found the item: a page retracts from the claim in its URL, and an item of
 * another claim is "not found" there. The API addresses the item alone (/api/evidence/{id}).
 */
export type RetractScope = { predictionId?: string };
