// The audit log's actor filter through GET /api/audit, tried with LIKE's wildcards: "%"
// and "_" must match only themselves, so an admin's search means what it says.
import { beforeAll, describe, expect, it } from "vitest";
import { writeAudit } from "@/lib/db/audit";
import { prisma } from "@/lib/db/client";
import { makeAccounts, type TestAccounts } from "../support/accounts";
import { uid } from "../support/factories";
import { callRoute, discoverRoutes, loadRoute, type RouteModule } from "../support/routes";

let audit: RouteModule;
let accounts: TestAccounts;
const tag = uid();
const LABELS = [`50% off ${tag}`, `500 off ${tag}`, `a_b ${tag}`, `axb ${tag}`, `back\\slash ${tag}`, `backxslash ${tag}`, `Mixed Case ${tag}`];

beforeAll(async () => {
  audit = await loadRoute(discoverRoutes().find((r) => r.pattern === "/api/audit")!.file);
  accounts = await makeAccounts();
  for (const label of LABELS) await writeAudit(prisma, { id: null, label }, { action: "test.filter", entityType: "Test" });
});

async function actorsMatching(actor: string): Promise<string[]> {
  const res = await callRoute(audit, "GET", "/api/audit", { token: accounts.admin.token, query: `?action=test.filter&actor=${encodeURIComponent(actor)}` });
  expect(res.status).toBe(200);
  return ((await res.json()).entries as { actorLabel: string }[]).map((e) => e.actorLabel).sort();
}

describe("attack: LIKE wildcards in the audit log's actor filter", () => {
  it("% matches only a literal percent sign, not every row", async () => {
    expect(await actorsMatching("%")).toEqual([`50% off ${tag}`]);
    expect(await actorsMatching("50%")).toEqual([`50% off ${tag}`]);
  });

  it("_ matches only a literal underscore, not any one character", async () => {
    expect(await actorsMatching("_")).toEqual([`a_b ${tag}`]);
    expect(await actorsMatching("a_b")).toEqual([`a_b ${tag}`]);
  });

  it("a backslash (the escape character) matches only itself", async () => {
    expect(await actorsMatching("k\\s")).toEqual([`back\\slash ${tag}`]);
  });

  it("plain text still matches anywhere in the label, ignoring case", async () => {
    expect(await actorsMatching(`mixed case ${tag}`)).toEqual([`Mixed Case ${tag}`]);
    expect(await actorsMatching(tag)).toEqual([...LABELS].sort());
  });
});
