// Every writing route refuses the anonymous caller (401) and roles below its level (403),
// lets the right roles through, and stores nothing when it refuses.
import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { makeAccounts, type TestAccounts } from "../support/accounts";
import { day, makeClaim, makeSource } from "../support/factories";
import { WRITE_METHODS, callRoute, discoverRoutes, handlersOf, loadRoute, type Method, type RouteModule } from "../support/routes";
import { WRITE_ROUTES } from "./route-table";

const RANK = { viewer: 0, editor: 1, admin: 2 } as const;

let accounts: TestAccounts;
let params: Record<string, string>;
const routes: { pattern: string; mod: RouteModule; methods: Method[] }[] = [];

async function rowCounts() {
  const [p, e, v, s, t, r, u, k, set] = await Promise.all([
    prisma.prediction.count(),
    prisma.evidence.count({ where: { retractedAt: null } }),
    prisma.verdict.count({ where: { retractedAt: null } }),
    prisma.source.count(),
    prisma.tag.count(),
    prisma.review.count(),
    prisma.user.count(),
    prisma.apiToken.count({ where: { revokedAt: null } }),
    prisma.setting.count(),
  ]);
  return { p, e, v, s, t, r, u, k, set };
}

beforeAll(async () => {
  accounts = await makeAccounts();
  const source = await makeSource();
  const claim = await makeClaim({ sourceId: source.id, tags: ["alpha"] });
  const evidence = await prisma.evidence.create({
    data: { predictionId: claim.id, title: "E", url: "https://example.org", observedOn: day("2024-01-01"), stance: "supports", strength: "weak", summary: "s", loggedBy: "t" },
  });
  const verdict = await prisma.verdict.create({
    data: { predictionId: claim.id, grade: "on_track", rationale: "r", madeOn: day("2024-01-02"), madeBy: "t" },
  });
  params = { id: claim.id, year: "2021", name: "alpha" };
  // Per-route ids where [id] is not a claim.
  Object.assign(params, { evidenceId: evidence.id, verdictId: verdict.id });
  for (const { pattern, file } of discoverRoutes()) {
    const mod = await loadRoute(file);
    routes.push({ pattern, mod, methods: handlersOf(mod, WRITE_METHODS) });
  }
});

function paramsFor(pattern: string): Record<string, string> {
  if (pattern.startsWith("/api/evidence/")) return { id: params.evidenceId };
  if (pattern.startsWith("/api/verdicts/")) return { id: params.verdictId };
  if (pattern.startsWith("/api/tokens/") || pattern.startsWith("/api/users/")) return { id: "no-such-id" };
  return params;
}

describe("the route table", () => {
  it("lists exactly the writing handlers found under app/api", () => {
    const found = Object.fromEntries(
      routes.filter((r) => r.methods.length).map((r) => [r.pattern, [...r.methods].sort()]),
    );
    const listed = Object.fromEntries(Object.entries(WRITE_ROUTES).map(([p, m]) => [p, Object.keys(m).sort()]));
    expect(found).toEqual(listed);
  });
});

describe("writing routes", () => {
  it("refuse anonymous callers with 401 and viewers with 403, storing nothing", async () => {
    const before = await rowCounts();
    for (const r of routes) {
      for (const method of r.methods) {
        const access = WRITE_ROUTES[r.pattern]?.[method];
        if (access === "public") continue;
        const label = `${method} ${r.pattern}`;
        const anon = await callRoute(r.mod, method, r.pattern, { params: paramsFor(r.pattern), body: {} });
        expect(anon.status, `${label} anonymous`).toBe(401);
        expect((await anon.json()).error.code, label).toBe("unauthorized");
        const viewer = await callRoute(r.mod, method, r.pattern, { params: paramsFor(r.pattern), body: {}, token: accounts.viewer.token });
        expect(viewer.status, `${label} viewer`).toBe(403);
        expect((await viewer.json()).error.code, label).toBe("forbidden");
      }
    }
    expect(await rowCounts()).toEqual(before);
  });

  it("refuse editors on admin routes and let each allowed role through", async () => {
    for (const r of routes) {
      for (const method of r.methods) {
        const access = WRITE_ROUTES[r.pattern]?.[method];
        if (!access || access === "public") continue;
        for (const role of ["editor", "admin"] as const) {
          const res = await callRoute(r.mod, method, r.pattern, { params: paramsFor(r.pattern), body: {}, token: accounts[role].token });
          const label = `${method} ${r.pattern} as ${role}`;
          if (RANK[role] >= RANK[access]) expect([401, 403], label).not.toContain(res.status);
          else expect(res.status, label).toBe(403);
          expect(res.status, label).toBeLessThan(500);
        }
      }
    }
  });

  it("accept a session-less request only with a live token: a revoked one stops at once", async () => {
    const mod = routes.find((r) => r.pattern === "/api/tokens")!.mod;
    const ok = await callRoute(mod, "GET", "/api/tokens", { token: accounts.editor.token });
    expect(ok.status).toBe(200);
    const [mine] = (await ok.json()).tokens;
    const del = routes.find((r) => r.pattern === "/api/tokens/[id]")!.mod;
    const revoke = await callRoute(del, "DELETE", "/api/tokens/[id]", { params: { id: mine.id }, token: accounts.editor.token });
    expect(revoke.status).toBe(200);
    const after = await callRoute(mod, "GET", "/api/tokens", { token: accounts.editor.token });
    expect(after.status).toBe(401);
  });
});

describe("reading routes", () => {
  it("are public by default, and need an account once the dashboard is private", async () => {
    const list = routes.find((r) => r.pattern === "/api/predictions")!.mod;
    expect((await callRoute(list, "GET", "/api/predictions")).status).toBe(200);
    await prisma.setting.upsert({ where: { key: "readAccess" }, create: { key: "readAccess", value: "private" }, update: { value: "private" } });
    try {
      const anon = await callRoute(list, "GET", "/api/predictions");
      expect(anon.status).toBe(401);
      expect((await callRoute(list, "GET", "/api/predictions", { token: accounts.viewer.token })).status).toBe(200);
      // Public by design: who am I, and the API's description (it holds no data).
      for (const r of routes.filter((x) => x.mod.GET && !x.pattern.startsWith("/api/auth") && x.pattern !== "/api/openapi.json")) {
        const res = await callRoute(r.mod, "GET", r.pattern, { params: paramsFor(r.pattern) });
        expect(res.status, `GET ${r.pattern}`).toBe(401);
      }
    } finally {
      await prisma.setting.delete({ where: { key: "readAccess" } });
    }
  });
});
