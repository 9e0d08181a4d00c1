import { auditRefIds, type AuditLogRow, type AuditRefs } from "../audit-sentences";
import { Prisma } from "../generated/prisma/client";
import { prisma } from "./client";
import { containsText } from "./contains";
import { readPage, sortKey, type PageRequest } from "./keyset";

type Tx = Prisma.TransactionClient;

/** Who did something: an account, or a labelled system actor (the seed, the CLI). */
export type AuditActor = { id: string | null; label: string; ip?: string | null };

export const SYSTEM_ACTOR: AuditActor = { id: null, label: "system" };

export type AuditEntry = {
  action: string;
  entityType: string;
  entityId?: string | null;
  before?: unknown;
  after?: unknown;
};

const json = (v: unknown) => (v === undefined ? null : JSON.stringify(v));

/** The audit row for an entry, for writes that batch it with the change it records. */
export function auditRow(actor: AuditActor, entry: AuditEntry) {
  return {
    actorId: actor.id,
    actorLabel: actor.label,
    ip: actor.ip ?? null,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId ?? null,
    before: json(entry.before),
    after: json(entry.after),
  };
}

/** Appends an audit row; pass the transaction that made the change so both land or neither. */
export async function writeAudit(tx: Tx | typeof prisma, actor: AuditActor, entry: AuditEntry): Promise<void> {
  await tx.auditLog.create({ data: auditRow(actor, entry) });
}

export type AuditFilter = { action?: string; actor?: string; entityType?: string };

/** A row as the raw page query reads it: the log's row, with the time as the driver gives it and the address. */
type AuditRow = Omit<AuditLogRow, "at"> & { at: Date | string; ip: string | null };

const AUDIT_KEYS = [sortKey(`"at"`, "DESC", "date"), sortKey(`"id"`, "DESC", "string")];

/**
 * One page of the audit log, newest first, with the total: filtered by exact action, entity
 * type and a literal, case-insensitive part of the actor's name. `cursor` continues after the
 * last row of the previous page.
 */
export async function listAudit(filter: AuditFilter = {}, page: Partial<PageRequest> = {}) {
  const where: Prisma.Sql[] = [];
  if (filter.action) where.push(Prisma.sql`"action" = ${filter.action}`);
  if (filter.entityType) where.push(Prisma.sql`"entityType" = ${filter.entityType}`);
  if (filter.actor) where.push(containsText(Prisma.raw(`"actorLabel"`), filter.actor));
  const found = await readPage<AuditRow>(prisma, {
    list: "audit",
    select: Prisma.sql`"id", "at", "actorId", "actorLabel", "action", "entityType", "entityId", "before", "after", "ip"`,
    from: Prisma.sql`"AuditLog"`,
    where: where.length ? Prisma.join(where, " AND ") : Prisma.sql`1 = 1`,
    keys: AUDIT_KEYS,
    page: { limit: Math.min(500, Math.max(1, page.limit ?? 100)), cursor: page.cursor },
  });
  return {
    ...found,
    items: found.items.map((r) => ({
      id: r.id,
      at: new Date(r.at).toISOString(),
      actorId: r.actorId,
      actorLabel: r.actorLabel,
      action: r.action,
      entityType: r.entityType,
      entityId: r.entityId,
      before: r.before,
      after: r.after,
      ip: r.ip,
    })),
  };
}

export async function listAuditEntityTypes(): Promise<string[]> {
  const rows = await prisma.auditLog.groupBy({ by: ["entityType"], orderBy: { entityType: "asc" } });
  return rows.map((r) => r.entityType);
}

export async function listAuditActions(): Promise<string[]> {
  const rows = await prisma.auditLog.groupBy({ by: ["action"], orderBy: { action: "asc" } });
  return rows.map((r) => r.action);
}

/** Ids per lookup: a page holds at most 500 rows, and this keeps each IN list well under SQLite's bound. */
const LOOKUP_CHUNK = 400;

async function byChunks<T>(ids: string[], read: (chunk: string[]) => Promise<T[]>): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < ids.length; i += LOOKUP_CHUNK) out.push(...(await read(ids.slice(i, i + LOOKUP_CHUNK))));
  return out;
}

/**
 * The current names of what one page of the audit log mentions (claims, evidence, verdicts,
 * sources, accounts, reviews, tags), read in one query per kind, never per row. Evidence and
 * verdicts bring their claims in a second round.
 */
export async function lookupAuditRefs(rows: AuditLogRow[]): Promise<AuditRefs> {
  const ids = auditRefIds(rows);
  const [evidence, verdicts, sources, users, reviews, tags] = await Promise.all([
    byChunks(ids.evidence, (c) => prisma.evidence.findMany({ where: { id: { in: c } }, select: { id: true, title: true, predictionId: true } })),
    byChunks(ids.verdicts, (c) => prisma.verdict.findMany({ where: { id: { in: c } }, select: { id: true, grade: true, predictionId: true } })),
    byChunks(ids.sources, (c) => prisma.source.findMany({ where: { id: { in: c } }, select: { id: true, title: true } })),
    byChunks(ids.users, (c) => prisma.user.findMany({ where: { id: { in: c } }, select: { id: true, name: true, email: true } })),
    byChunks(ids.reviews, (c) => prisma.review.findMany({ where: { id: { in: c } }, select: { id: true, year: true } })),
    byChunks(ids.tags, (c) => prisma.tag.findMany({ where: { id: { in: c } }, select: { id: true, name: true } })),
  ]);
  const claimIds = [...new Set([...ids.claims, ...evidence.map((e) => e.predictionId), ...verdicts.map((v) => v.predictionId)])];
  const claims = await byChunks(claimIds, (c) => prisma.prediction.findMany({ where: { id: { in: c } }, select: { id: true, statement: true } }));
  const index = <T extends { id: string }, V>(list: T[], pick: (x: T) => V) => Object.fromEntries(list.map((x) => [x.id, pick(x)]));
  return {
    claims: index(claims, (c) => ({ statement: c.statement })),
    evidence: index(evidence, (e) => ({ title: e.title, predictionId: e.predictionId })),
    verdicts: index(verdicts, (v) => ({ grade: v.grade, predictionId: v.predictionId })),
    sources: index(sources, (s) => ({ title: s.title })),
    users: index(users, (u) => ({ name: u.name, email: u.email })),
    reviews: index(reviews, (r) => ({ year: r.year })),
    tags: index(tags, (t) => ({ name: t.name })),
  };
}
