import "server-only";
// Sources: the list, one source, its sections and a quote's context, creating a source (on
// its own or with the claim finder's claims) and editing its details as recorded revisions.
import { createHash } from "node:crypto";
import type { CreateSource, UpdateSource } from "../validation/curation";
import type { SaveFoundClaims } from "../validation/finder";
import { type AuditActor, writeAudit } from "./audit";
import { insertPrediction } from "./claims/edits";
import { prisma } from "./client";
import { fromIsoDay, toIsoDay } from "./dates";
import { InvalidReferenceError, NotFoundError } from "./errors";
import type { Changes, Revision } from "./rows";

/** Sources oldest first; `page` takes a window of them (the sources page), otherwise all (filter menus). */
export async function listSources(page?: { limit: number; offset: number }) {
  const rows = await prisma.source.findMany({
    orderBy: [{ publishedOn: "asc" }, { id: "asc" }],
    ...(page ? { take: page.limit, skip: page.offset } : {}),
    select: { id: true, title: true, author: true, publishedOn: true, kind: true, _count: { select: { predictions: true } } },
  });
  return rows.map((s) => ({
    id: s.id,
    title: s.title,
    author: s.author,
    kind: s.kind,
    publishedOn: toIsoDay(s.publishedOn),
    claimCount: s._count.predictions,
  }));
}

export const countSources = () => prisma.source.count();

export async function getSource(id: string) {
  const s = await prisma.source.findUnique({
    where: { id },
    select: { id: true, title: true, author: true, url: true, kind: true, publishedOn: true },
  });
  return s ? { ...s, publishedOn: toIsoDay(s.publishedOn) } : null;
}

/** The section headings of a source's claims, in the order they first appear. */
export async function listSections(sourceId: string): Promise<string[]> {
  const rows = await prisma.prediction.groupBy({
    by: ["section"],
    where: { sourceId },
    _min: { position: true },
    orderBy: { _min: { position: "asc" } },
  });
  return rows.map((r) => r.section).filter(Boolean);
}

/** Characters of the source's text shown on either side of a quote in "show in context". */
export const CONTEXT_CHARS = 600;

export type QuoteContext =
  | { isTextKept: true; before: string; quote: string; after: string; start: number; end: number; textLength: number }
  | { isTextKept: false; start: number; end: number; textLength: number | null };

/**
 * Where a claim's quote sits in its source's text, from the offsets the claim finder saved:
 * the surrounding text when the source keeps it, else only the position. Null for claims
 * without offsets, or when the stored text no longer matches the quote.
 */
export async function getQuoteContext(predictionId: string): Promise<QuoteContext | null> {
  const p = await prisma.prediction.findUnique({
    where: { id: predictionId },
    select: { quote: true, quoteStart: true, quoteEnd: true, source: { select: { text: true, textLength: true } } },
  });
  if (!p || p.quoteStart === null || p.quoteEnd === null) return null;
  const { quoteStart: start, quoteEnd: end } = p;
  const text = p.source.text;
  if (text === null) return { isTextKept: false, start, end, textLength: p.source.textLength };
  if (text.slice(start, end) !== p.quote) return null;
  return {
    isTextKept: true,
    before: text.slice(Math.max(0, start - CONTEXT_CHARS), start),
    quote: p.quote,
    after: text.slice(end, end + CONTEXT_CHARS),
    start,
    end,
    textLength: text.length,
  };
}

// ---------------------------------------------------------------------------------------
// Editing a source: each save is one revision with its reason, and one audit row
// ---------------------------------------------------------------------------------------

const EDITABLE = ["title", "author", "url", "publishedOn", "kind"] as const;

/**
 * Changes a source's title, author, URL, publication date or kind and records one revision
 * (and its audit row) with the before and after of each field that actually changed, in one
 * transaction. Its claims keep their own dates.
 */
export async function updateSource(id: string, input: UpdateSource, actor: AuditActor): Promise<Revision> {
  return prisma.$transaction(async (tx) => {
    const s = await tx.source.findUnique({ where: { id }, select: { title: true, author: true, url: true, publishedOn: true, kind: true } });
    if (!s) throw new NotFoundError("Source", id);
    const current = { ...s, publishedOn: toIsoDay(s.publishedOn) };
    const changes: Changes = {};
    for (const field of EDITABLE) {
      const next = input[field];
      if (next !== undefined && next !== current[field]) changes[field] = { before: current[field], after: next };
    }
    if (Object.keys(changes).length === 0) {
      throw new InvalidReferenceError("_", "Nothing changed: the new values are the same as the current ones");
    }
    const data = Object.fromEntries(Object.entries(changes).map(([k, v]) => [k, k === "publishedOn" ? fromIsoDay(v.after as string) : v.after]));
    await tx.source.update({ where: { id }, data });
    const r = await tx.sourceRevision.create({
      data: { sourceId: id, kind: "edit", changes: JSON.stringify(changes), reason: input.reason, editedBy: actor.label },
    });
    const before = Object.fromEntries(Object.entries(changes).map(([k, v]) => [k, v.before]));
    const after = Object.fromEntries(Object.entries(changes).map(([k, v]) => [k, v.after]));
    await writeAudit(tx, actor, { action: "source.edit", entityType: "Source", entityId: id, before, after: { ...after, reason: input.reason } });
    return toSourceRevision(r);
  });
}

function toSourceRevision(r: { id: string; kind: string; changes: string; reason: string; editedBy: string; createdAt: Date }): Revision {
  return { id: r.id, kind: r.kind, changes: JSON.parse(r.changes) as Changes, reason: r.reason, editedBy: r.editedBy, createdAt: r.createdAt.toISOString() };
}

/** How many revisions a source's page shows at once, newest kept. */
export const SOURCE_REVISIONS_SHOWN = 50;

/**
 * A source's latest revisions, oldest first (as a claim's history reads), with the total;
 * null when the source does not exist. Sources are edited rarely, so one page is the newest 50.
 */
export async function listSourceRevisions(sourceId: string, take = SOURCE_REVISIONS_SHOWN): Promise<{ items: Revision[]; total: number } | null> {
  const [exists, rows, total] = await Promise.all([
    prisma.source.count({ where: { id: sourceId } }),
    prisma.sourceRevision.findMany({ where: { sourceId }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take }),
    prisma.sourceRevision.count({ where: { sourceId } }),
  ]);
  if (!exists) return null;
  return { items: rows.reverse().map(toSourceRevision), total };
}

export async function createSource(input: CreateSource, actor: AuditActor) {
  const s = await prisma.$transaction(async (tx) => {
    const row = await tx.source.create({ data: { ...input, publishedOn: fromIsoDay(input.publishedOn) } });
    await writeAudit(tx, actor, { action: "source.create", entityType: "Source", entityId: row.id, after: input });
    return row;
  });
  return { id: s.id, title: s.title, author: s.author, url: s.url, kind: s.kind, publishedOn: toIsoDay(s.publishedOn) };
}

/**
 * The claim finder's save: the source (with its text, or only the text's hash and length)
 * and every accepted claim, in one transaction. Claims are numbered in the order their
 * quotes appear; a claim's `parent` is the index of an earlier claim in the list.
 */
export async function createSourceWithClaims(input: SaveFoundClaims, actor: AuditActor): Promise<{ id: string; claimIds: string[] }> {
  const textHash = createHash("sha256").update(input.text, "utf8").digest("hex");
  const order = input.claims.map((c, i) => ({ i, start: c.start })).sort((a, b) => a.start - b.start || a.i - b.i);
  const positionOf = new Map(order.map((o, rank) => [o.i, rank + 1]));
  return prisma.$transaction(async (tx) => {
    const row = await tx.source.create({
      data: {
        ...input.source,
        publishedOn: fromIsoDay(input.source.publishedOn),
        text: input.keepText ? input.text : null,
        textHash,
        textLength: input.text.length,
      },
      select: { id: true, publishedOn: true },
    });
    await writeAudit(tx, actor, {
      action: "source.create",
      entityType: "Source",
      entityId: row.id,
      after: { ...input.source, textHash, textLength: input.text.length, isTextKept: input.keepText, claims: input.claims.length },
    });
    const claimIds: string[] = [];
    for (const [i, c] of input.claims.entries()) {
      const { start, end, parent, ...claim } = c;
      const { id } = await insertPrediction(
        tx,
        row,
        { ...claim, parentId: parent === undefined ? undefined : claimIds[parent] },
        actor,
        { position: positionOf.get(i)!, quoteStart: start, quoteEnd: end },
      );
      claimIds.push(id);
    }
    return { id: row.id, claimIds };
  });
}
