// Reopening a claim with a final verdict, through the real route handler: who may, what it
// needs, what it refuses, and that the next verdict settles it.
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { createVerdict } from "@/lib/db/verdicts";
import { makeAccounts, type TestAccounts } from "../support/accounts";
import { makeClaim, makeSource } from "../support/factories";
import { callRoute, loadRoute, type RouteModule } from "../support/routes";

const PATTERN = "/api/predictions/[id]/reopen";
let route: RouteModule;
let accounts: TestAccounts;
const ADA = { id: null, label: "Ada" };

async function finalClaim() {
  const source = await makeSource();
  const claim = await makeClaim({ sourceId: source.id });
  await createVerdict(claim.id, { grade: "refuted", credence: null, rationale: "It did not happen.", evidenceIds: [] }, ADA);
  return claim;
}

const reopen = (id: string, body: unknown, token?: string) => callRoute(route, "POST", PATTERN, { params: { id }, body, token });

beforeAll(async () => {
  route = await loadRoute(path.resolve(__dirname, "../../app/api/predictions/[id]/reopen/route.ts"));
  accounts = await makeAccounts();
});

describe("POST /api/predictions/{id}/reopen", () => {
  it("reopens a claim with a final verdict, with the reason, audited; the next verdict settles it", async () => {
    const claim = await finalClaim();
    const res = await reopen(claim.id, { reason: "A retraction was published" }, accounts.editor.token);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { reopened: { reopenedAt: string; reason: string } };
    expect(body.reopened.reason).toBe("A retraction was published");
    const row = await prisma.prediction.findUniqueOrThrow({ where: { id: claim.id } });
    expect(row.reopenReason).toBe("A retraction was published");
    expect(row.reopenedAt?.toISOString()).toBe(body.reopened.reopenedAt);
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { action: "prediction.reopen", entityId: claim.id } });
    expect(audit.actorId).toBe(accounts.editor.user.id);

    const again = await reopen(claim.id, { reason: "Twice" }, accounts.editor.token);
    expect(again.status).toBe(409);
    expect(((await again.json()) as { error: { code: string } }).error.code).toBe("already_reopened");

    await createVerdict(claim.id, { grade: "partly", credence: null, rationale: "Regraded.", evidenceIds: [] }, ADA);
    expect((await prisma.prediction.findUniqueOrThrow({ where: { id: claim.id } })).reopenedAt).toBeNull();
  });

  it("refuses a claim without a final verdict with 409, and writes nothing", async () => {
    const source = await makeSource();
    const claim = await makeClaim({ sourceId: source.id });
    await createVerdict(claim.id, { grade: "on_track", credence: 0.6, rationale: "So far so good.", evidenceIds: [] }, ADA);
    const res = await reopen(claim.id, { reason: "Why not" }, accounts.editor.token);
    expect(res.status).toBe(409);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe("not_final");
    expect((await prisma.prediction.findUniqueOrThrow({ where: { id: claim.id } })).reopenedAt).toBeNull();
  });

  it("needs an editor, a reason and a known claim", async () => {
    const claim = await finalClaim();
    expect((await reopen(claim.id, { reason: "r" })).status).toBe(401);
    expect((await reopen(claim.id, { reason: "r" }, accounts.viewer.token)).status).toBe(403);
    const blank = await reopen(claim.id, { reason: "  " }, accounts.editor.token);
    expect(blank.status).toBe(400);
    expect(((await blank.json()) as { error: { fields: Record<string, string[]> } }).error.fields.reason).toEqual(["Reason is required"]);
    expect((await reopen("no-such-claim", { reason: "r" }, accounts.editor.token)).status).toBe(404);
    expect((await prisma.prediction.findUniqueOrThrow({ where: { id: claim.id } })).reopenedAt).toBeNull();
  });
});
