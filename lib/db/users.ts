import { randomUUID } from "node:crypto";
import { hashPassword, verifyPassword } from "better-auth/crypto";
import type { Role } from "../roles";
import { writeAudit, type AuditActor } from "./audit";
import { prisma } from "./client";
import { ConflictError, InvalidReferenceError, NotFoundError } from "./errors";

export type UserRow = { id: string; email: string; name: string; role: Role; disabledAt: string | null; createdAt: string };

const toRow = (u: { id: string; email: string; name: string; role: string; disabledAt: Date | null; createdAt: Date }): UserRow => ({
  id: u.id,
  email: u.email,
  name: u.name,
  role: u.role as Role,
  disabledAt: u.disabledAt?.toISOString() ?? null,
  createdAt: u.createdAt.toISOString(),
});

/** Creates an account with a password hashed by better-auth (scrypt), as its sign-up would. */
export async function createUser(
  input: { email: string; password: string; role: Role; name?: string },
  actor: AuditActor,
): Promise<UserRow> {
  const hash = await hashPassword(input.password);
  return prisma.$transaction(async (tx) => {
    if (await tx.user.findUnique({ where: { email: input.email } })) {
      throw new ConflictError("user_exists", `An account for ${input.email} already exists`);
    }
    const id = randomUUID();
    const user = await tx.user.create({
      data: {
        id,
        email: input.email,
        name: input.name?.trim() ? input.name : input.email.split("@")[0],
        role: input.role,
        emailVerified: true,
        accounts: { create: { id: randomUUID(), accountId: id, providerId: "credential", password: hash } },
      },
    });
    await writeAudit(tx, actor, { action: "user.create", entityType: "User", entityId: id, after: { email: user.email, role: user.role } });
    return toRow(user);
  });
}

export async function listUsers(): Promise<UserRow[]> {
  const users = await prisma.user.findMany({ orderBy: { createdAt: "asc" } });
  return users.map(toRow);
}

export async function findUserByEmail(email: string) {
  const u = await prisma.user.findUnique({ where: { email: email.trim().toLowerCase() } });
  return u ? toRow(u) : null;
}

type Tx = Parameters<Parameters<typeof prisma.$transaction>[0]>[0];

/** An instance always keeps one active admin, whatever the UI, API or CLI asks. */
async function assertNotLastAdmin(tx: Tx, userId: string) {
  const others = await tx.user.count({ where: { role: "admin", disabledAt: null, id: { not: userId } } });
  if (others === 0) throw new ConflictError("last_admin", "This is the last active admin; make another admin first");
}

export async function setUserRole(userId: string, role: Role, actor: AuditActor): Promise<UserRow> {
  return prisma.$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id: userId } });
    if (!before) throw new NotFoundError("User", userId);
    if (before.role === role) return toRow(before);
    if (before.role === "admin" && !before.disabledAt) await assertNotLastAdmin(tx, userId);
    const after = await tx.user.update({ where: { id: userId }, data: { role } });
    await writeAudit(tx, actor, { action: "user.set_role", entityType: "User", entityId: userId, before: { role: before.role }, after: { role } });
    return toRow(after);
  });
}

/** Disabling ends the account's sessions; its tokens stop resolving at once. */
export async function setUserDisabled(userId: string, disabled: boolean, actor: AuditActor): Promise<UserRow> {
  return prisma.$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id: userId } });
    if (!before) throw new NotFoundError("User", userId);
    if (Boolean(before.disabledAt) === disabled) return toRow(before);
    if (disabled && before.role === "admin") await assertNotLastAdmin(tx, userId);
    const after = await tx.user.update({ where: { id: userId }, data: { disabledAt: disabled ? new Date() : null } });
    if (disabled) await tx.session.deleteMany({ where: { userId } });
    await writeAudit(tx, actor, {
      action: disabled ? "user.disable" : "user.enable",
      entityType: "User",
      entityId: userId,
      before: { disabledAt: before.disabledAt },
      after: { disabledAt: after.disabledAt },
    });
    return toRow(after);
  });
}

/**
 * Changes an account's own password after checking the current one (better-auth's scrypt, as
 * its changePassword does), and ends the account's other sessions so a leaked session does not
 * outlive the change. `keepSessionId` is the session making the change; it stays signed in.
 * The new hash, the ended sessions and the audit row land in one transaction.
 */
export async function changeOwnPassword(
  userId: string,
  input: { currentPassword: string; newPassword: string },
  actor: AuditActor,
  options: { keepSessionId?: string | null } = {},
): Promise<{ otherSessionsEnded: number }> {
  const account = await prisma.account.findFirst({ where: { userId, providerId: "credential" }, select: { id: true, password: true } });
  if (!account?.password) throw new NotFoundError("Password sign-in for account", userId);
  if (!(await verifyPassword({ hash: account.password, password: input.currentPassword }))) {
    throw new InvalidReferenceError("currentPassword", "The current password is wrong");
  }
  const hash = await hashPassword(input.newPassword);
  return prisma.$transaction(async (tx) => {
    // Only if the hash is still the one checked: two changes at once cannot both pass.
    const updated = await tx.account.updateMany({ where: { id: account.id, password: account.password }, data: { password: hash } });
    if (updated.count === 0) throw new ConflictError("password_changed", "The password was changed meanwhile; sign in again");
    const ended = await tx.session.deleteMany({
      where: { userId, ...(options.keepSessionId ? { id: { not: options.keepSessionId } } : {}) },
    });
    await writeAudit(tx, actor, { action: "user.change_password", entityType: "User", entityId: userId, after: { otherSessionsEnded: ended.count } });
    return { otherSessionsEnded: ended.count };
  });
}

/**
 * Sets an account's password from the command line (an operator's reset, or an account
 * brought in by `npm run data -- import`, which never carries passwords). It creates the
 * password sign-in when the account has none, ends every session of the account, and audits
 * the change, all in one transaction.
 */
export async function setUserPassword(userId: string, password: string, actor: AuditActor): Promise<{ sessionsEnded: number }> {
  const hash = await hashPassword(password);
  return prisma.$transaction(async (tx) => {
    const account = await tx.account.findFirst({ where: { userId, providerId: "credential" }, select: { id: true } });
    if (account) await tx.account.update({ where: { id: account.id }, data: { password: hash } });
    else await tx.account.create({ data: { id: randomUUID(), accountId: userId, providerId: "credential", password: hash, userId } });
    const ended = await tx.session.deleteMany({ where: { userId } });
    await writeAudit(tx, actor, { action: "user.set_password", entityType: "User", entityId: userId, after: { sessionsEnded: ended.count } });
    return { sessionsEnded: ended.count };
  });
}

/** Changes an account's display name; what it logged before keeps the name it had then. */
export async function renameUser(userId: string, name: string, actor: AuditActor): Promise<UserRow> {
  return prisma.$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id: userId } });
    if (!before) throw new NotFoundError("User", userId);
    if (before.name === name) throw new InvalidReferenceError("name", "That is already your name");
    const after = await tx.user.update({ where: { id: userId }, data: { name } });
    await writeAudit(tx, actor, { action: "user.rename", entityType: "User", entityId: userId, before: { name: before.name }, after: { name } });
    return toRow(after);
  });
}
