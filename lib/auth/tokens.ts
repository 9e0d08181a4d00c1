import { createHash, randomBytes } from "node:crypto";
import { prisma } from "../db/client";
import { writeAudit, type AuditActor } from "../db/audit";
import { NotFoundError } from "../db/errors";

const TOKEN_PREFIX = "pt_";

export const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

/** Creates a personal API token; the plain token is returned once and only its hash is kept. */
export async function createApiToken(userId: string, name: string, actor: AuditActor): Promise<{ id: string; token: string }> {
  const token = TOKEN_PREFIX + randomBytes(24).toString("base64url");
  return prisma.$transaction(async (tx) => {
    const row = await tx.apiToken.create({
      data: { userId, name, tokenHash: hashToken(token), prefix: token.slice(0, 10) },
      select: { id: true },
    });
    await writeAudit(tx, actor, { action: "token.create", entityType: "ApiToken", entityId: row.id, after: { userId, name } });
    return { id: row.id, token };
  });
}

/** Revokes one of the user's tokens; it stops working at once. */
export async function revokeApiToken(userId: string, tokenId: string, actor: AuditActor): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const t = await tx.apiToken.findFirst({ where: { id: tokenId, userId }, select: { id: true, revokedAt: true, name: true } });
    if (!t) throw new NotFoundError("Token", tokenId);
    if (t.revokedAt) return;
    const at = new Date();
    await tx.apiToken.update({ where: { id: t.id }, data: { revokedAt: at } });
    await writeAudit(tx, actor, { action: "token.revoke", entityType: "ApiToken", entityId: t.id, before: { name: t.name }, after: { revokedAt: at } });
  });
}

export async function listApiTokens(userId: string) {
  const rows = await prisma.apiToken.findMany({
    where: { userId },
    orderBy: { createdAt: "desc" },
    select: { id: true, name: true, prefix: true, createdAt: true, lastUsedAt: true, revokedAt: true },
  });
  return rows.map((t) => ({
    ...t,
    createdAt: t.createdAt.toISOString(),
    lastUsedAt: t.lastUsedAt?.toISOString() ?? null,
    revokedAt: t.revokedAt?.toISOString() ?? null,
  }));
}

/** "Last used" is shown to the minute, so a token busy with many requests is stamped at most once a minute. */
export const LAST_USED_RESOLUTION_MS = 60_000;

/** Finds the live token's account and stamps when it was last used. */
export async function resolveApiToken(token: string, now = new Date()) {
  if (!token.startsWith(TOKEN_PREFIX) || token.length > 200) return null;
  const t = await prisma.apiToken.findUnique({
    where: { tokenHash: hashToken(token) },
    select: {
      id: true,
      revokedAt: true,
      lastUsedAt: true,
      user: { select: { id: true, name: true, email: true, role: true, disabledAt: true } },
    },
  });
  if (!t || t.revokedAt || t.user.disabledAt) return null;
  // Not a write per request: a burst of API calls would otherwise queue behind its own stamps.
  if (!t.lastUsedAt || now.getTime() - t.lastUsedAt.getTime() >= LAST_USED_RESOLUTION_MS) {
    await prisma.apiToken.update({ where: { id: t.id }, data: { lastUsedAt: now } });
  }
  return t.user;
}
