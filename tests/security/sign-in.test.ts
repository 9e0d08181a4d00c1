// Sign-in through the real route handler: wrong passwords are refused with 401 and audited,
// and after 5 failures within a minute for one account or one address, 429. The address is
// the socket's (withSocketAddress runs a call exactly as the server's request hook does).
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { withSocketAddress } from "@/lib/auth/client-address";
import { SIGN_IN_LIMIT } from "@/lib/auth/config";
import { prisma } from "@/lib/db/client";
import { makeAccount } from "../support/accounts";
import { uid } from "../support/factories";
import { callRoute, discoverRoutes, loadRoute, type RouteModule } from "../support/routes";

let signIn: RouteModule;
/**
 * A sign-in from the socket address `ip`. An honest client's X-Forwarded-For (if any) names
 * the same address; an attacker passes its own headers.
 */
const attempt = (email: string, password: string, ip: string, headers: Record<string, string> = { "x-forwarded-for": ip }) =>
  withSocketAddress(ip, () => callRoute(signIn, "POST", "/api/auth/sign-in", { body: { email, password }, headers }));

beforeAll(async () => {
  signIn = await loadRoute(discoverRoutes().find((r) => r.pattern === "/api/auth/sign-in")!.file);
});

afterEach(() => {
  vi.unstubAllEnvs();
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

  it("a successful sign-in leaves no failure behind", async () => {
    const a = await makeAccount("viewer");
    expect((await attempt(a.email, a.password, "198.51.100.40")).status).toBe(200);
    expect(await prisma.signInFailure.count({ where: { email: a.email } })).toBe(0);
  });
});

describe("attack: a new X-Forwarded-For on every attempt", () => {
  it("does not escape the per-address limit: the address is the socket's, and the spoofed values never reach the audit log", async () => {
    const socket = "203.0.113.50";
    const statuses: number[] = [];
    for (let i = 0; i < SIGN_IN_LIMIT.failures + 3; i++) {
      const spoofed = `198.18.${i}.${i + 1}`;
      const res = await attempt(`rotate-${uid()}@example.org`, "guess", socket, { "x-forwarded-for": spoofed, "x-real-ip": spoofed });
      statuses.push(res.status);
    }
    expect(statuses).toEqual([...Array(SIGN_IN_LIMIT.failures).fill(401), 429, 429, 429]);
    const ips = await prisma.auditLog.findMany({ where: { action: { startsWith: "auth.sign_in" }, actorLabel: { startsWith: "rotate-" } }, select: { ip: true } });
    expect(new Set(ips.map((r) => r.ip))).toEqual(new Set([socket]));
  });

  it("with TRUSTED_PROXY_HOPS=1, the proxy's own entry is the address, and what the client prepended is ignored", async () => {
    vi.stubEnv("TRUSTED_PROXY_HOPS", "1");
    const proxy = "10.1.1.1"; // the socket is the proxy; it appends the address it saw
    const client = "203.0.113.60";
    const statuses: number[] = [];
    for (let i = 0; i < SIGN_IN_LIMIT.failures + 1; i++) {
      const res = await attempt(`hop-${uid()}@example.org`, "guess", proxy, { "x-forwarded-for": `198.18.1.${i}, ${client}` });
      statuses.push(res.status);
    }
    expect(statuses.at(-1)).toBe(429);
    expect(await prisma.signInFailure.count({ where: { ip: client } })).toBe(SIGN_IN_LIMIT.failures);
    // Another client behind the same proxy is not affected.
    expect((await attempt(`hop-${uid()}@example.org`, "guess", proxy, { "x-forwarded-for": "203.0.113.61" })).status).toBe(401);
  });
});

describe("attack: a concurrent burst of wrong passwords", () => {
  it("20 at once for one account: at most 5 are checked (401), every other one gets 429", async () => {
    const a = await makeAccount("editor");
    const burst = await Promise.all(
      Array.from({ length: 20 }, (_, i) => attempt(a.email, `wrong ${i}`, `198.51.100.${100 + i}`).then((r) => r.status)),
    );
    // Each attempt counts every attempt recorded so far, later ones included, so a burst may
    // let fewer than 5 through, never more.
    const checked = burst.filter((s) => s === 401).length;
    expect(checked).toBeLessThanOrEqual(SIGN_IN_LIMIT.failures);
    expect(burst.filter((s) => s === 429)).toHaveLength(20 - checked);
    expect(await prisma.auditLog.count({ where: { action: "auth.sign_in_failed", actorLabel: a.email } })).toBe(checked);
    // Refused attempts withdraw their rows: only the checked ones count as failures.
    expect(await prisma.signInFailure.count({ where: { email: a.email } })).toBe(checked);
  });

  it("20 at once from one address across 20 accounts: at most 5 are checked", async () => {
    const burst = await Promise.all(
      Array.from({ length: 20 }, () => attempt(`burst-${uid()}@example.org`, "guess", "192.0.2.150").then((r) => r.status)),
    );
    expect(burst.filter((s) => s === 401).length).toBeLessThanOrEqual(SIGN_IN_LIMIT.failures);
    expect(burst.filter((s) => s !== 401 && s !== 429)).toEqual([]);
  });

  it("spread over many accounts and addresses, failures stop at the global cap", async () => {
    // The window already holds failures from other accounts and addresses, each under its
    // own limit, 3 short of the global cap.
    await prisma.signInFailure.deleteMany();
    const now = new Date();
    await prisma.signInFailure.createMany({
      data: Array.from({ length: SIGN_IN_LIMIT.globalFailures - 3 }, (_, i) => ({ email: `spread-${i}@example.org`, ip: `100.64.${i >> 8}.${i & 255}`, at: now })),
    });
    const burst = await Promise.all(
      Array.from({ length: 20 }, (_, i) => attempt(`fresh-${i}-${uid()}@example.org`, "guess", `100.65.0.${i}`).then((r) => r.status)),
    );
    expect(burst.filter((s) => s === 401).length).toBeLessThanOrEqual(3);
    expect(burst.filter((s) => s !== 401 && s !== 429)).toEqual([]);
    expect(await prisma.signInFailure.count()).toBeLessThanOrEqual(SIGN_IN_LIMIT.globalFailures);
    // At the cap, anyone else is held back too, until the window passes.
    await prisma.signInFailure.createMany({
      data: Array.from({ length: SIGN_IN_LIMIT.globalFailures - (await prisma.signInFailure.count()) }, (_, i) => ({ email: `more-${i}@example.org`, ip: `100.66.0.${i}`, at: now })),
    });
    const someone = await makeAccount("viewer");
    expect((await attempt(someone.email, someone.password, "100.100.100.100")).status).toBe(429);
  });
});
