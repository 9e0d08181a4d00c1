import "server-only";
// Tags: the list, and creating, renaming, merging and deleting them (each audited in its
// own transaction).
import { Prisma } from "../generated/prisma/client";
import { type AuditActor, writeAudit } from "./audit";
import { prisma } from "./client";
import { ConflictError, InvalidReferenceError, NotFoundError } from "./errors";

type Tx = Prisma.TransactionClient;

export async function listTags(): Promise<string[]> {
  const tags = await prisma.tag.findMany({ orderBy: { name: "asc" }, select: { name: true } });
  return tags.map((t) => t.name);
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
