// An account changes its own password and name on a real database, through better-auth's
// password hashing: the old password stops working, the new one signs in, other sessions end.
import { beforeAll, describe, expect, it } from "vitest";
import { describeAudit } from "@/lib/audit-sentences";
import { withSocketAddress } from "@/lib/auth/client-address";
import { prisma } from "@/lib/db/client";
import { InvalidReferenceError } from "@/lib/db/errors";
import { changeOwnPassword, renameUser, setUserPassword } from "@/lib/db/users";
import { changePasswordSchema, updateNameSchema } from "@/lib/validation/users";
import { makeAccount } from "../support/accounts";
import { callRoute, discoverRoutes, loadRoute, type RouteModule } from "../support/routes";

let signIn: RouteModule;
const attempt = (email: string, password: string) =>
  withSocketAddress("10.9.8.7", () => callRoute(signIn, "POST", "/api/auth/sign-in", { body: { email, password }, headers: { "x-forwarded-for": "10.9.8.7" } }));

beforeAll(async () => {
  signIn = await loadRoute(discoverRoutes().find((r) => r.pattern === "/api/auth/sign-in")!.file);
});

describe("changeOwnPassword", () => {
  it("refuses a wrong current password and changes nothing", async () => {
    const a = await makeAccount("viewer");
    const before = await prisma.account.findFirstOrThrow({ where: { userId: a.user.id }, select: { password: true } });
    const actor = { id: a.user.id, label: a.user.name };
    await expect(changeOwnPassword(a.user.id, { currentPassword: "not my password", newPassword: "a brand new secret" }, actor)).rejects.toBeInstanceOf(
      InvalidReferenceError,
    );
    expect((await prisma.account.findFirstOrThrow({ where: { userId: a.user.id }, select: { password: true } })).password).toBe(before.password);
    expect(await prisma.auditLog.count({ where: { action: "user.change_password", entityId: a.user.id } })).toBe(0);
    expect((await attempt(a.email, a.password)).status).toBe(200);
  });

  it("with the right one: the new password signs in, the old one does not, other sessions end, and it is audited without secrets", async () => {
    const a = await makeAccount("editor");
    expect((await attempt(a.email, a.password)).status).toBe(200);
    expect((await attempt(a.email, a.password)).status).toBe(200);
    const sessions = await prisma.session.findMany({ where: { userId: a.user.id }, orderBy: { createdAt: "asc" } });
    expect(sessions).toHaveLength(2);
    const keep = sessions[0].id;
    const result = await changeOwnPassword(
      a.user.id,
      changePasswordSchema.parse({ currentPassword: a.password, newPassword: "a brand new secret", confirmPassword: "a brand new secret" }),
      { id: a.user.id, label: a.user.name },
      { keepSessionId: keep },
    );
    expect(result.otherSessionsEnded).toBe(1);
    expect((await prisma.session.findMany({ where: { userId: a.user.id } })).map((s) => s.id)).toEqual([keep]);
    expect((await attempt(a.email, a.password)).status).toBe(401);
    expect((await attempt(a.email, "a brand new secret")).status).toBe(200);
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { action: "user.change_password", entityId: a.user.id } });
    expect(`${audit.before}${audit.after}`).not.toMatch(/secret|horse/);
    expect(JSON.parse(audit.after!)).toEqual({ otherSessionsEnded: 1 });
    expect(describeAudit({ ...audit, at: audit.at.toISOString() }).text).toBe(`${a.user.name} changed their password and signed out 1 other session`);
  });
});

describe("setUserPassword (npm run user -- set-password)", () => {
  it("gives an account without a password sign-in one, replaces an existing one, ends its sessions and is audited", async () => {
    const a = await makeAccount("editor");
    expect((await attempt(a.email, a.password)).status).toBe(200);
    // An account brought in by a data import has no password sign-in at all.
    await prisma.account.deleteMany({ where: { userId: a.user.id } });
    expect((await attempt(a.email, a.password)).status).toBe(401);
    const cli = { id: null, label: "cli" };
    expect(await setUserPassword(a.user.id, "a password set by cli", cli)).toEqual({ sessionsEnded: 1 });
    expect((await attempt(a.email, "a password set by cli")).status).toBe(200);
    await setUserPassword(a.user.id, "and another one later", cli);
    expect(await prisma.account.count({ where: { userId: a.user.id, providerId: "credential" } })).toBe(1);
    expect(await prisma.session.count({ where: { userId: a.user.id } })).toBe(0);
    expect((await attempt(a.email, "a password set by cli")).status).toBe(401);
    expect((await attempt(a.email, "and another one later")).status).toBe(200);
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { action: "user.set_password", entityId: a.user.id }, orderBy: { at: "asc" } });
    expect(`${audit.before}${audit.after}`).not.toMatch(/password set|another/);
    expect(describeAudit({ ...audit, at: audit.at.toISOString() }).text).toMatch(/^cli set the password of .+ and signed out 1 session$/);
  });
});

describe("changePasswordSchema", () => {
  it("wants the new password twice, at least 10 characters, and different from the current one", () => {
    const errors = (v: Record<string, string>) => changePasswordSchema.safeParse(v).error?.issues.map((i) => i.path.join("."));
    expect(errors({ currentPassword: "old password!", newPassword: "new password!", confirmPassword: "new passw0rd!" })).toEqual(["confirmPassword"]);
    expect(errors({ currentPassword: "old password!", newPassword: "short", confirmPassword: "short" })).toEqual(["newPassword"]);
    expect(errors({ currentPassword: "same password", newPassword: "same password", confirmPassword: "same password" })).toEqual(["newPassword"]);
    expect(errors({ currentPassword: "", newPassword: "new password!", confirmPassword: "new password!" })).toEqual(["currentPassword"]);
  });
});

describe("renameUser", () => {
  it("changes the display name, audits before and after, and refuses the same name", async () => {
    const a = await makeAccount("viewer");
    const name = updateNameSchema.parse({ name: "Ada Lovelace" }).name;
    expect((await renameUser(a.user.id, name, { id: a.user.id, label: a.user.name })).name).toBe("Ada Lovelace");
    await expect(renameUser(a.user.id, "Ada Lovelace", { id: a.user.id, label: "Ada Lovelace" })).rejects.toBeInstanceOf(InvalidReferenceError);
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { action: "user.rename", entityId: a.user.id } });
    expect(describeAudit({ ...audit, at: audit.at.toISOString() }).text).toBe(`${a.user.name} changed their name from “${a.user.name}” to “Ada Lovelace”`);
    expect(updateNameSchema.safeParse({ name: "   " }).success).toBe(false);
  });
});
