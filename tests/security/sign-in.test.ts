// Sign-in through the real route handler: wrong passwords are refused with 401 and audited,
// and after 5 failures within a minute for one account or one address, 429.
import { beforeAll, describe, expect, it } from "vitest";
import { SIGN_IN_LIMIT } from "@/lib/auth/config";
import { prisma } from "@/lib/db/client";
import { makeAccount } from "../support/accounts";
import { callRoute, discoverRoutes, loadRoute, type RouteModule } from "../support/routes";

let signIn: RouteModule;
const attempt = (email: string, password: string, ip: string) =>
  callRoute(signIn, "POST", "/api/auth/sign-in", { body: { email, password }, headers: { "x-forwarded-for": ip } });

beforeAll(async () => {
  signIn = await loadRoute(discoverRoutes().find((r) => r.pattern === "/api/auth/sign-in")!.file);
});

describe("sign-in rate limit", () => {
  it("answers 429 after 5 failures for the same account, even with the right password", async () => {
    const a = await makeAccount("editor");
    for (let i = 0; i < SIGN_IN_LIMIT.failures; i++) {
      const res = await attempt(a.email, "wrong password", `10.0.0.${i + 1}`);
      expect(res.status).toBe(401);
      expect((await res.json()).error.code).toBe("invalid_credentials");
    }
    const blocked = await attempt(a.email, a.password, "10.0.0.99");
    expect(blocked.status).toBe(429);
    expect((await blocked.json()).error.code).toBe("rate_limited");
    expect(await prisma.auditLog.count({ where: { action: "auth.sign_in_failed", actorLabel: a.email } })).toBe(SIGN_IN_LIMIT.failures);
  });

  it("answers 429 after 5 failures from the same address, whatever the account", async () => {
    const ip = "192.0.2.77";
    for (let i = 0; i < SIGN_IN_LIMIT.failures; i++) {
      expect((await attempt(`nobody${i}@example.org`, "x", ip)).status).toBe(401);
    }
    const other = await makeAccount("viewer");
    expect((await attempt(other.email, other.password, ip)).status).toBe(429);
    // Another address is not affected.
    expect((await attempt(`someone@example.org`, "x", "192.0.2.78")).status).toBe(401);
  });

  it("forgets failures older than the window", async () => {
    const a = await makeAccount("viewer");
    const old = new Date(Date.now() - SIGN_IN_LIMIT.windowMs - 1000);
    await prisma.signInFailure.createMany({
      data: Array.from({ length: SIGN_IN_LIMIT.failures }, () => ({ email: a.email, ip: "198.51.100.1", at: old })),
    });
    expect((await attempt(a.email, "still wrong", "198.51.100.2")).status).toBe(401);
  });

  it("rejects malformed bodies with a 400 envelope and counts nothing", async () => {
    const before = await prisma.signInFailure.count();
    const res = await callRoute(signIn, "POST", "/api/auth/sign-in", { rawBody: "{nope" });
    expect(res.status).toBe(400);
    expect(await prisma.signInFailure.count()).toBe(before);
  });
});
