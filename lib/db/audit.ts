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

type AuditRow = {
  id: string;
  at: Date | string;
  actorId: string | null;
  actorLabel: string;
  action: string;
  entityType: string;
  entityId: string | null;
  before: string | null;
  after: string | null;
  ip: string | null;
};

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
