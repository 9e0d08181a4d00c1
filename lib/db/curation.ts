import "server-only";
import { createHash } from "node:crypto";
import { readCredence } from "../credence";
import { Prisma } from "../generated/prisma/client";
import type {
  CreatePrediction,
  CreateSource,
} from "../validation/curation";
import type { SaveFoundClaims } from "../validation/finder";
import { writeAudit, type AuditActor } from "./audit";
import { containsText } from "./contains";
import { refreshClaimSummary } from "./claim-summary";
import { recordNewClaim } from "./trend-summary";
import { prisma } from "./client";
import { fromIsoDay, toIsoDay } from "./dates";
import { ConflictError, InvalidReferenceError, NotFoundError } from "./errors";

type Tx = Prisma.TransactionClient;
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

/**
 * Records one change to a claim twice, in the caller's transaction: as a revision (the
 * claim's own history, shown on its page) and as an audit row (the instance-wide trail).
 */
async function recordRevision(
  tx: Tx,
  predictionId: string,
  kind: string,
  changes: Changes,
  reason: string,
  actor: AuditActor,
  at = new Date(),
): Promise<Revision> {
  const r = await tx.predictionRevision.create({
    data: { predictionId, kind, changes: JSON.stringify(changes), reason, editedBy: actor.label, createdAt: at },
  });
  const before = Object.fromEntries(Object.entries(changes).map(([k, v]) => [k, v.before]));
  const after = Object.fromEntries(Object.entries(changes).map(([k, v]) => [k, v.after]));
  await writeAudit(tx, actor, { action: `prediction.${kind}`, entityType: "Prediction", entityId: predictionId, before, after: { ...after, reason } });
  return toRevision(r);
}

export async function createSource(input: CreateSource, actor: AuditActor) {
  const s = await prisma.$transaction(async (tx) => {
    const row = await tx.source.create({ data: { ...input, publishedOn: fromIsoDay(input.publishedOn) } });
    await writeAudit(tx, actor, { action: "source.create", entityType: "Source", entityId: row.id, after: input });
    return row;
  });
  return { id: s.id, title: s.title, author: s.author, url: s.url, kind: s.kind, publishedOn: toIsoDay(s.publishedOn) };
}

const tagConnect = (names: string[]) => ({
  connectOrCreate: names.map((name) => ({ where: { name }, create: { name } })),
});

/**
 * Adds a claim to a source, after its existing claims. The implied credence is read from
 * the quote's hedge words unless an override (with a reason) is given; both are recorded
 * as revisions so the claim's history starts at its creation.
 */
export async function createPrediction(input: CreatePrediction, actor: AuditActor): Promise<{ id: string }> {
  return prisma.$transaction(async (tx) => {
    const source = await tx.source.findUnique({ where: { id: input.sourceId }, select: { id: true, publishedOn: true } });
    if (!source) throw new InvalidReferenceError("sourceId", "Source not found");
    if (input.parentId && !(await tx.prediction.count({ where: { id: input.parentId } }))) {
      throw new InvalidReferenceError("parentId", "Parent claim not found");
    }
    const last = await tx.prediction.aggregate({ where: { sourceId: source.id }, _max: { position: true } });
    return insertPrediction(tx, source, input, actor, { position: (last._max.position ?? 0) + 1 });
  });
}

type NewClaim = Omit<CreatePrediction, "sourceId">;

/**
 * The one way a claim is created, in the caller's transaction: the row, its parent's
 * roll-up, the trend row, and its "created" revision and audit row (plus an override
 * revision when the credence is overridden). Used by createPrediction and by the finder's
 * createSourceWithClaims.
 */
async function insertPrediction(
  tx: Tx,
  source: { id: string; publishedOn: Date },
  input: NewClaim,
  actor: AuditActor,
  place: { position: number; quoteStart?: number; quoteEnd?: number },
): Promise<{ id: string }> {
  const reading = readCredence(input.quote);
  const credence = input.credenceOverride?.credence ?? reading.credence;
  const madeOn = input.madeOn ? fromIsoDay(input.madeOn) : source.publishedOn;
  const horizonPhrase = input.horizonPhrase || `stated as ${input.horizon.from}–${input.horizon.to}`;
  const p = await tx.prediction.create({
    data: {
      sourceId: source.id,
      quote: input.quote,
      section: input.section,
      position: place.position,
      quoteStart: place.quoteStart,
      quoteEnd: place.quoteEnd,
      statement: input.statement,
      criteria: input.criteria,
      madeOn,
      horizonPhrase,
      horizonFrom: input.horizon.from,
      horizonTo: input.horizon.to,
      impliedCredence: credence,
      credenceWord: reading.word,
      isCredenceOverridden: input.credenceOverride !== undefined,
      parentId: input.parentId,
      tags: tagConnect(input.tags),
    },
    select: { id: true },
  });
  // A new sub-claim changes its parent's roll-up; every new claim enters the mix as ungraded.
  if (input.parentId) await refreshClaimSummary(tx, p.id);
  await recordNewClaim(tx, p.id);
  const created: Changes = {
    quote: { before: null, after: input.quote },
    statement: { before: null, after: input.statement },
    criteria: { before: null, after: input.criteria },
    horizon: { before: null, after: input.horizon },
    impliedCredence: { before: null, after: reading.credence },
    tags: { before: null, after: input.tags },
  };
  const now = new Date();
  await recordRevision(tx, p.id, "created", created, "Claim added", actor, now);
  if (input.credenceOverride) {
    // One millisecond later, so the history lists the override after the creation.
    await recordRevision(
      tx,
      p.id,
      "credence_override",
      { impliedCredence: { before: reading.credence, after: input.credenceOverride.credence } },
      input.credenceOverride.reason,
      actor,
      new Date(now.getTime() + 1),
    );
  }
  return p;
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

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Edits a claim's statement, criteria, horizon or tags and records one revision with the
 * before and after of each field that actually changed. The quote is not editable here.
 */
export async function updatePrediction(
  id: string,
  input: {
    statement?: string;
    criteria?: string;
    horizon?: { from: number; to: number };
    tags?: string[];
    reason: string;
  },
  actor: AuditActor,
): Promise<Revision> {
  return prisma.$transaction(async (tx) => {
    const p = await tx.prediction.findUnique({
      where: { id },
      select: { statement: true, criteria: true, horizonFrom: true, horizonTo: true, tags: { select: { name: true } } },
    });
    if (!p) throw new NotFoundError("Prediction", id);
    const changes: Changes = {};
    const data: Prisma.PredictionUpdateInput = {};
    if (input.statement !== undefined && input.statement !== p.statement) {
      changes.statement = { before: p.statement, after: input.statement };
      data.statement = input.statement;
    }
    if (input.criteria !== undefined && input.criteria !== p.criteria) {
      changes.criteria = { before: p.criteria, after: input.criteria };
      data.criteria = input.criteria;
    }
    const horizonBefore = { from: p.horizonFrom, to: p.horizonTo };
    if (input.horizon && !sameJson(input.horizon, horizonBefore)) {
      changes.horizon = { before: horizonBefore, after: input.horizon };
      data.horizonFrom = input.horizon.from;
      data.horizonTo = input.horizon.to;
      data.horizonPhrase = `set to ${input.horizon.from}–${input.horizon.to} by an edit`;
    }
    const tagsBefore = p.tags.map((t) => t.name).sort();
    if (input.tags && !sameJson([...input.tags].sort(), tagsBefore)) {
      changes.tags = { before: tagsBefore, after: [...input.tags].sort() };
      data.tags = { set: [], ...tagConnect(input.tags) };
    }
    if (Object.keys(changes).length === 0) {
      throw new InvalidReferenceError("_", "Nothing changed: the new values are the same as the current ones");
    }
    await tx.prediction.update({ where: { id }, data });
    return recordRevision(tx, id, "edit", changes, input.reason, actor);
  });
}

/** The one way a quote changes: a recorded correction. The hedge-word credence is re-read unless overridden. */
export async function correctQuote(id: string, input: { quote: string; reason: string }, actor: AuditActor): Promise<Revision> {
  return prisma.$transaction(async (tx) => {
    const p = await tx.prediction.findUnique({
      where: { id },
      select: { quote: true, impliedCredence: true, credenceWord: true, isCredenceOverridden: true },
    });
    if (!p) throw new NotFoundError("Prediction", id);
    if (p.quote === input.quote) throw new InvalidReferenceError("quote", "The corrected quote is the same as the current one");
    const changes: Changes = { quote: { before: p.quote, after: input.quote } };
    const data: Prisma.PredictionUpdateInput = { quote: input.quote };
    if (!p.isCredenceOverridden) {
      const reading = readCredence(input.quote);
      if (reading.credence !== p.impliedCredence || reading.word !== p.credenceWord) {
        changes.impliedCredence = { before: p.impliedCredence, after: reading.credence };
        changes.credenceWord = { before: p.credenceWord, after: reading.word };
        data.impliedCredence = reading.credence;
        data.credenceWord = reading.word;
      }
    }
    await tx.prediction.update({ where: { id }, data });
    return recordRevision(tx, id, "quote_correction", changes, input.reason, actor);
  });
}

export async function overrideCredence(id: string, input: { credence: number; reason: string }, actor: AuditActor): Promise<Revision> {
  return prisma.$transaction(async (tx) => {
    const p = await tx.prediction.findUnique({ where: { id }, select: { impliedCredence: true } });
    if (!p) throw new NotFoundError("Prediction", id);
    if (p.impliedCredence === input.credence) throw new InvalidReferenceError("credence", "The credence is already that value");
    await tx.prediction.update({ where: { id }, data: { impliedCredence: input.credence, isCredenceOverridden: true } });
    const changes = { impliedCredence: { before: p.impliedCredence, after: input.credence } };
    return recordRevision(tx, id, "credence_override", changes, input.reason, actor);
  });
}

/** Attaches a claim under a parent, or detaches it (null). Refuses cycles. */
export async function setParent(id: string, input: { parentId: string | null; reason: string }, actor: AuditActor): Promise<Revision> {
  return prisma.$transaction(async (tx) => {
    const p = await tx.prediction.findUnique({ where: { id }, select: { parentId: true } });
    if (!p) throw new NotFoundError("Prediction", id);
    if (input.parentId === p.parentId) throw new InvalidReferenceError("parentId", "The claim already has that parent");
    if (input.parentId !== null) {
      if (input.parentId === id) throw new InvalidReferenceError("parentId", "A claim cannot be its own parent");
      // Walk up from the new parent: meeting this claim would make a cycle.
      let cursor: string | null = input.parentId;
      for (let depth = 0; cursor; depth++) {
        const up: { parentId: string | null } | null = await tx.prediction.findUnique({ where: { id: cursor }, select: { parentId: true } });
        if (!up) throw new InvalidReferenceError("parentId", "Parent claim not found");
        if (up.parentId === id) throw new InvalidReferenceError("parentId", "That parent is one of this claim's own sub-claims");
        if (depth > 100) throw new InvalidReferenceError("parentId", "The chain of parent claims is too deep");
        cursor = up.parentId;
      }
    }
    await tx.prediction.update({ where: { id }, data: { parentId: input.parentId } });
    await refreshClaimSummary(tx, id, p.parentId);
    return recordRevision(tx, id, "parent_change", { parentId: { before: p.parentId, after: input.parentId } }, input.reason, actor);
  });
}

function toRevision(r: { id: string; kind: string; changes: string; reason: string; editedBy: string; createdAt: Date }): Revision {
  return {
    id: r.id,
    kind: r.kind,
    changes: JSON.parse(r.changes) as Changes,
    reason: r.reason,
    editedBy: r.editedBy,
    createdAt: r.createdAt.toISOString(),
  };
}

/** A claim's revisions, oldest first; null when the claim does not exist. */
export async function listRevisions(predictionId: string): Promise<Revision[] | null> {
  const p = await prisma.prediction.findUnique({
    where: { id: predictionId },
    select: { revisions: { orderBy: [{ createdAt: "asc" }, { id: "asc" }] } },
  });
  return p ? p.revisions.map(toRevision) : null;
}

// ---------------------------------------------------------------------------------------
// The parent picker
// ---------------------------------------------------------------------------------------

export type ParentCandidate = { id: string; statement: string; source: { id: string; title: string }; isSameSource: boolean };

/** The most a picker search answers: a short list to choose from, never every claim. */
export const PARENT_CHOICES_MAX = 20;

/**
 * Claims that could become `claimId`'s parent, matching `query` in their statement or quote
 * (case-insensitive, as typed): its own source's claims first, in source order, then the rest.
 * Leaves out the claim itself and its direct sub-claims (setParent refuses deeper cycles).
 * Null when the claim does not exist.
 */
export async function searchParentCandidates(claimId: string, query: string, limit = PARENT_CHOICES_MAX): Promise<ParentCandidate[] | null> {
  const claim = await prisma.prediction.findUnique({ where: { id: claimId }, select: { sourceId: true } });
  if (!claim) return null;
  const q = query.trim();
  const match = q
    ? Prisma.sql`AND (${containsText(Prisma.raw(`p."statement"`), q)} OR ${containsText(Prisma.raw(`p."quote"`), q)})`
    : Prisma.empty;
  const rows = await prisma.$queryRaw<{ id: string; statement: string; sourceId: string; sourceTitle: string }[]>`
    SELECT p."id", p."statement", p."sourceId", s."title" AS "sourceTitle"
    FROM "Prediction" p JOIN "Source" s ON s."id" = p."sourceId"
    WHERE p."id" <> ${claimId} AND (p."parentId" IS NULL OR p."parentId" <> ${claimId}) ${match}
    ORDER BY CASE WHEN p."sourceId" = ${claim.sourceId} THEN 0 ELSE 1 END, s."publishedOn", s."id", p."position", p."id"
    LIMIT ${Math.max(1, Math.min(PARENT_CHOICES_MAX, limit))}`;
  return rows.map((r) => ({
    id: r.id,
    statement: r.statement,
    source: { id: r.sourceId, title: r.sourceTitle },
    isSameSource: r.sourceId === claim.sourceId,
  }));
}

// ---------------------------------------------------------------------------------------
// Tags
// ---------------------------------------------------------------------------------------

export async function listTagsWithCounts() {
  const tags = await prisma.tag.findMany({
    orderBy: { name: "asc" },
    select: { id: true, name: true, _count: { select: { predictions: true } } },
  });
  return tags.map((t) => ({ id: t.id, name: t.name, claimCount: t._count.predictions }));
}

export async function createTag(name: string, actor: AuditActor) {
  return prisma.$transaction(async (tx) => {
    if (await tx.tag.findUnique({ where: { name } })) throw new ConflictError("tag_exists", `The tag “${name}” already exists`);
    const tag = await tx.tag.create({ data: { name }, select: { id: true, name: true } });
    await writeAudit(tx, actor, { action: "tag.create", entityType: "Tag", entityId: tag.id, after: { name } });
    return tag;
  });
}

/** Tag names are stored lower-case; names from a URL are matched the same way. */
const tagKey = (name: string) => name.trim().toLowerCase();

export async function renameTag(fromName: string, to: string, actor: AuditActor) {
  const from = tagKey(fromName);
  return prisma.$transaction(async (tx) => {
    const tag = await tx.tag.findUnique({ where: { name: from } });
    if (!tag) throw new NotFoundError("Tag", from);
    if (from === to) return { id: tag.id, name: tag.name };
    if (await tx.tag.findUnique({ where: { name: to } })) {
      throw new ConflictError("tag_exists", `The tag “${to}” already exists; merge into it instead`);
    }
    const renamed = await tx.tag.update({ where: { id: tag.id }, data: { name: to }, select: { id: true, name: true } });
    await writeAudit(tx, actor, { action: "tag.rename", entityType: "Tag", entityId: tag.id, before: { name: from }, after: { name: to } });
    return renamed;
  });
}

/** How many claims carry a tag: one indexed count on the join table. */
async function countTagClaims(tx: Tx, tagId: string): Promise<number> {
  const rows = await tx.$queryRaw<{ n: bigint | number }[]>`SELECT COUNT(*) AS "n" FROM "_PredictionToTag" WHERE "B" = ${tagId}`;
  return Number(rows[0]?.n ?? 0);
}

/**
 * Moves every claim of `from` onto `into` (created if needed) and deletes `from`, in one
 * transaction. The claims move in SQL (never as a list of ids, which would grow with the
 * data); a claim that already carries both tags keeps one link.
 */
export async function mergeTags(fromName: string, into: string, actor: AuditActor) {
  const from = tagKey(fromName);
  if (from === into) throw new InvalidReferenceError("into", "A tag cannot be merged into itself");
  return prisma.$transaction(async (tx) => {
    const tag = await tx.tag.findUnique({ where: { name: from }, select: { id: true } });
    if (!tag) throw new NotFoundError("Tag", from);
    const target = await tx.tag.upsert({ where: { name: into }, create: { name: into }, update: {}, select: { id: true, name: true } });
    const moved = await countTagClaims(tx, tag.id);
    await tx.$executeRaw`
      INSERT INTO "_PredictionToTag" ("A", "B")
      SELECT f."A", ${target.id} FROM "_PredictionToTag" f
      WHERE f."B" = ${tag.id}
        AND NOT EXISTS (SELECT 1 FROM "_PredictionToTag" t WHERE t."B" = ${target.id} AND t."A" = f."A")`;
    await tx.$executeRaw`DELETE FROM "_PredictionToTag" WHERE "B" = ${tag.id}`;
    await tx.tag.delete({ where: { id: tag.id } });
    await writeAudit(tx, actor, {
      action: "tag.merge",
      entityType: "Tag",
      entityId: target.id,
      before: { name: from, claimCount: moved },
      after: { name: into },
    });
    return { ...target, moved };
  });
}

export class TagInUseError extends ConflictError {
  constructor(readonly name: string, readonly claimCount: number) {
    super("tag_in_use", `The tag “${name}” is on ${claimCount} ${claimCount === 1 ? "claim" : "claims"}; confirm to unlink it from them and delete it`);
  }
}

/**
 * Deletes a tag with a reason, unlinking it from its claims in the same transaction (the claims
 * stay). A tag still in use is deleted only when `confirm` says so; otherwise TagInUseError
 * names how many claims would lose it.
 */
export async function deleteTag(name: string, input: { reason: string; confirm?: boolean }, actor: AuditActor) {
  const key = tagKey(name);
  return prisma.$transaction(async (tx) => {
    const tag = await tx.tag.findUnique({ where: { name: key }, select: { id: true, name: true } });
    if (!tag) throw new NotFoundError("Tag", key);
    const claimCount = await countTagClaims(tx, tag.id);
    if (claimCount > 0 && !input.confirm) throw new TagInUseError(tag.name, claimCount);
    await tx.$executeRaw`DELETE FROM "_PredictionToTag" WHERE "B" = ${tag.id}`;
    await tx.tag.delete({ where: { id: tag.id } });
    await writeAudit(tx, actor, {
      action: "tag.delete",
      entityType: "Tag",
      entityId: tag.id,
      before: { name: tag.name, claimCount },
      after: { reason: input.reason },
    });
    return { id: tag.id, name: tag.name, unlinked: claimCount };
  });
}
