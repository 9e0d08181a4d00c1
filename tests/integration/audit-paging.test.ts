// The audit log grows with every write, so it is read a page at a time, newest first.
import { beforeAll, describe, expect, it } from "vitest";
import { writeAudit } from "@/lib/db/audit";
import { prisma } from "@/lib/db/client";
import { makeAccounts, type TestAccounts } from "../support/accounts";
import { callRoute, discoverRoutes, loadRoute, type RouteModule } from "../support/routes";

let accounts: TestAccounts;
let audit: RouteModule;
const ROWS = 130;

beforeAll(async () => {
  accounts = await makeAccounts();
  audit = await loadRoute(discoverRoutes().find((r) => r.pattern === "/api/audit")!.file);
  for (let i = 0; i < ROWS; i++) {
    await prisma.auditLog.create({
      data: { at: new Date(Date.UTC(2026, 0, 1, 0, 0, i % 60)), actorLabel: "pager", action: "test.page", entityType: "Test", entityId: String(i) },
    });
  }
  await writeAudit(prisma, { id: null, label: "someone else" }, { action: "test.other", entityType: "Test" });
});

describe("GET /api/audit", () => {
  it("walks every matching row once, newest first, by cursor", async () => {
    const seen: { id: string; at: string }[] = [];
    let query = "?action=test.page&limit=50";
    for (;;) {
      const res = await callRoute(audit, "GET", "/api/audit", { token: accounts.admin.token, query });
      expect(res.status).toBe(200);
      const body = (await res.json()) as { entries: { id: string; at: string }[]; total: number; nextCursor: string | null };
      expect(body.total).toBe(ROWS);
      seen.push(...body.entries);
      if (!body.nextCursor) break;
      query = `?action=test.page&limit=50&cursor=${encodeURIComponent(body.nextCursor)}`;
    }
    expect(seen).toHaveLength(ROWS);
    expect(new Set(seen.map((r) => r.id)).size).toBe(ROWS);
    const times = seen.map((r) => r.at);
    expect(times).toEqual([...times].sort().reverse());
  });

  it("answers a bad limit or cursor with 400", async () => {
    for (const query of ["?limit=0", "?cursor=%E2%9C%93"]) {
      const res = await callRoute(audit, "GET", "/api/audit", { token: accounts.admin.token, query });
      expect(res.status).toBe(400);
    }
  });
});
