import { Prisma } from "../generated/prisma/client";
import { prisma } from "./client";

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

export type AuditFilter = { action?: string; actor?: string; entityType?: string; take?: number };

type AuditRow = {
  id: string;
  at: Date;
  actorId: string | null;
  actorLabel: string;
  action: string;
  entityType: string;
  entityId: string | null;
  before: string | null;
  after: string | null;
  ip: string | null;
};

/**
 * A LIKE pattern matching `text` anywhere, with LIKE's own wildcards (% and _) and the
 * escape character taken literally. Prisma's `contains` passes them through as wildcards.
 */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

export async function listAudit(filter: AuditFilter = {}) {
  const where: Prisma.Sql[] = [];
  if (filter.action) where.push(Prisma.sql`"action" = ${filter.action}`);
  if (filter.entityType) where.push(Prisma.sql`"entityType" = ${filter.entityType}`);
  // Case-insensitive, as SQLite's LIKE is for ASCII; LOWER on both sides gives PostgreSQL the same.
  if (filter.actor) where.push(Prisma.sql`LOWER("actorLabel") LIKE LOWER(${containsPattern(filter.actor)}) ESCAPE '\\'`);
  const take = Math.min(filter.take ?? 200, 1000);
  const rows = await prisma.$queryRaw<AuditRow[]>`
    SELECT "id", "at", "actorId", "actorLabel", "action", "entityType", "entityId", "before", "after", "ip"
    FROM "AuditLog"
    ${where.length ? Prisma.sql`WHERE ${Prisma.join(where, " AND ")}` : Prisma.empty}
    ORDER BY "at" DESC
    LIMIT ${take}`;
  return rows.map((r) => ({ ...r, at: new Date(r.at).toISOString() }));
}

export async function listAuditEntityTypes(): Promise<string[]> {
  const rows = await prisma.auditLog.groupBy({ by: ["entityType"], orderBy: { entityType: "asc" } });
  return rows.map((r) => r.entityType);
}

export async function listAuditActions(): Promise<string[]> {
  const rows = await prisma.auditLog.groupBy({ by: ["action"], orderBy: { action: "asc" } });
  return rows.map((r) => r.action);
}
