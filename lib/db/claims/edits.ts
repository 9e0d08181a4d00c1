import "server-only";
// Changing claims: creating one, editing its statement, criteria, horizon or tags, correcting
// its quote, overriding its implied credence, attaching it under a parent (each a revision
// with a reason, and audited), the parent picker's search, and reopening a settled claim.
import { readCredence } from "../../credence";
import type { Grade } from "../../domain";
import { Prisma } from "../../generated/prisma/client";
import { isFinal } from "../../reviews";
import type { CreatePrediction } from "../../validation/curation";
import { type AuditActor, writeAudit } from "../audit";
import { refreshClaimSummary } from "../claim-summary";
import { prisma } from "../client";
import { containsText } from "../contains";
import { fromIsoDay, toIsoDay } from "../dates";
import { ConflictError, InvalidReferenceError, NotFoundError } from "../errors";
import { type Changes, type Revision, toRevision } from "../rows";
import { recordNewClaim } from "../trend-summary";
import { queueWebhookEvent } from "../webhooks";
import { kickWebhookDispatch } from "../../webhooks/dispatch";
import { claimUpdatedData } from "../../webhooks/payloads";

type Tx = Prisma.TransactionClient;

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

/**
 * Queues `claim.updated` deliveries in the change's own transaction; answers how many, so the
 * caller can start sending them once the transaction has committed (afterClaimChange).
 */
function announceRevision(tx: Tx, predictionId: string, statement: string, r: Revision): Promise<number> {
  return queueWebhookEvent(
    tx,
    "claim.updated",
    claimUpdatedData({ predictionId, statement, kind: r.kind, changes: r.changes, reason: r.reason, by: r.editedBy, at: r.createdAt }),
    new Date(r.createdAt),
  );
}

/**
 * Runs a claim change in a transaction that may queue webhook deliveries (`queue` collects
 * their count), then starts sending them in the background once it has committed.
 */
async function withClaimWebhooks<T>(change: (tx: Tx, queue: (n: number) => void) => Promise<T>): Promise<T> {
  let queued = 0;
  const result = await prisma.$transaction((tx) => change(tx, (n) => (queued += n)));
  if (queued > 0) kickWebhookDispatch();
  return result;
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
export async function insertPrediction(
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
  return withClaimWebhooks(async (tx, queue) => {
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
    const revision = await recordRevision(tx, id, "edit", changes, input.reason, actor);
    queue(await announceRevision(tx, id, input.statement ?? p.statement, revision));
    return revision;
  });
}

/** The one way a quote changes: a recorded correction. The hedge-word credence is re-read unless overridden. */
export async function correctQuote(id: string, input: { quote: string; reason: string }, actor: AuditActor): Promise<Revision> {
  return withClaimWebhooks(async (tx, queue) => {
    const p = await tx.prediction.findUnique({
      where: { id },
      select: { statement: true, quote: true, impliedCredence: true, credenceWord: true, isCredenceOverridden: true },
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
    const revision = await recordRevision(tx, id, "quote_correction", changes, input.reason, actor);
    queue(await announceRevision(tx, id, p.statement, revision));
    return revision;
  });
}

export async function overrideCredence(id: string, input: { credence: number; reason: string }, actor: AuditActor): Promise<Revision> {
  return withClaimWebhooks(async (tx, queue) => {
    const p = await tx.prediction.findUnique({ where: { id }, select: { statement: true, impliedCredence: true } });
    if (!p) throw new NotFoundError("Prediction", id);
    if (p.impliedCredence === input.credence) throw new InvalidReferenceError("credence", "The credence is already that value");
    await tx.prediction.update({ where: { id }, data: { impliedCredence: input.credence, isCredenceOverridden: true } });
    const changes = { impliedCredence: { before: p.impliedCredence, after: input.credence } };
    const revision = await recordRevision(tx, id, "credence_override", changes, input.reason, actor);
    queue(await announceRevision(tx, id, p.statement, revision));
    return revision;
  });
}

/** Attaches a claim under a parent, or detaches it (null). Refuses cycles. */
export async function setParent(id: string, input: { parentId: string | null; reason: string }, actor: AuditActor): Promise<Revision> {
  return withClaimWebhooks(async (tx, queue) => {
    const p = await tx.prediction.findUnique({ where: { id }, select: { statement: true, parentId: true } });
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
    const revision = await recordRevision(tx, id, "parent_change", { parentId: { before: p.parentId, after: input.parentId } }, input.reason, actor);
    queue(await announceRevision(tx, id, p.statement, revision));
    return revision;
  });
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

/**
 * Reopens a claim with a final verdict on purpose, so the next review grades it again. Only
 * a claim whose current verdict is final can be reopened, and only once until its next
 * verdict settles the reopening (ConflictError otherwise).
 */
export async function reopenClaim(predictionId: string, reason: string, actor: AuditActor, now = new Date()): Promise<{ reopenedAt: string; reason: string }> {
  return withClaimWebhooks(async (tx, queue) => {
    const p = await tx.prediction.findUnique({ where: { id: predictionId }, select: { statement: true, currentGrade: true, reopenedAt: true } });
    if (!p) throw new NotFoundError("Prediction", predictionId);
    if (!p.currentGrade || !isFinal(p.currentGrade as Grade)) {
      throw new ConflictError("not_final", "Only a claim with a final verdict (confirmed, partly true, refuted or unfalsifiable) can be reopened.");
    }
    if (p.reopenedAt) {
      throw new ConflictError("already_reopened", `This claim was already reopened on ${toIsoDay(p.reopenedAt)}; its next verdict settles that.`);
    }
    await tx.prediction.update({ where: { id: predictionId }, data: { reopenedAt: now, reopenReason: reason } });
    await writeAudit(tx, actor, {
      action: "prediction.reopen",
      entityType: "Prediction",
      entityId: predictionId,
      before: { currentGrade: p.currentGrade },
      after: { reopenedAt: now, reason },
    });
    const data = claimUpdatedData({
      predictionId,
      statement: p.statement,
      kind: "reopen",
      changes: { reopenedAt: { before: null, after: now.toISOString() } },
      reason,
      by: actor.label,
      at: now.toISOString(),
    });
    queue(await queueWebhookEvent(tx, "claim.updated", data, now));
    return { reopenedAt: now.toISOString(), reason };
  });
}
