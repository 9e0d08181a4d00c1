import type { Prisma } from "../generated/prisma/client";
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

/** Appends an audit row; pass the transaction that made the change so both land or neither. */
export async function writeAudit(tx: Tx | typeof prisma, actor: AuditActor, entry: AuditEntry): Promise<void> {
  await tx.auditLog.create({
    data: {
      actorId: actor.id,
      actorLabel: actor.label,
      ip: actor.ip ?? null,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId ?? null,
      before: json(entry.before),
      after: json(entry.after),
    },
  });
}

export type AuditFilter = { action?: string; actor?: string; entityType?: string; take?: number };

export async function listAudit(filter: AuditFilter = {}) {
  const rows = await prisma.auditLog.findMany({
    where: {
      ...(filter.action ? { action: filter.action } : {}),
      ...(filter.actor ? { actorLabel: { contains: filter.actor } } : {}),
      ...(filter.entityType ? { entityType: filter.entityType } : {}),
    },
    orderBy: { at: "desc" },
    take: Math.min(filter.take ?? 200, 1000),
  });
  return rows.map((r) => ({ ...r, at: r.at.toISOString() }));
}

export async function listAuditEntityTypes(): Promise<string[]> {
  const rows = await prisma.auditLog.groupBy({ by: ["entityType"], orderBy: { entityType: "asc" } });
  return rows.map((r) => r.entityType);
}

export async function listAuditActions(): Promise<string[]> {
  const rows = await prisma.auditLog.groupBy({ by: ["action"], orderBy: { action: "asc" } });
  return rows.map((r) => r.action);
}
