import type { ReadAccess } from "../roles";
import { writeAudit, type AuditActor } from "./audit";
import { prisma } from "./client";

/** A fresh install is public to read; users sign in to write. */
export const DEFAULT_READ_ACCESS: ReadAccess = "public";

export async function getReadAccess(): Promise<ReadAccess> {
  const row = await prisma.setting.findUnique({ where: { key: "readAccess" } });
  return row?.value === "private" ? "private" : DEFAULT_READ_ACCESS;
}

export async function setReadAccess(value: ReadAccess, actor: AuditActor): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const before = await tx.setting.findUnique({ where: { key: "readAccess" } });
    await tx.setting.upsert({ where: { key: "readAccess" }, create: { key: "readAccess", value }, update: { value } });
    await writeAudit(tx, actor, {
      action: "settings.update",
      entityType: "Setting",
      entityId: "readAccess",
      before: { readAccess: before?.value ?? DEFAULT_READ_ACCESS },
      after: { readAccess: value },
    });
  });
}
