// Tags are merged and deleted on a real database: claims move or lose the tag in one
// transaction, in SQL, and every change is in the audit log.
import { beforeAll, describe, expect, it } from "vitest";
import { describeAudit } from "@/lib/audit-sentences";
import { lookupAuditRefs } from "@/lib/db/audit";
import { prisma } from "@/lib/db/client";
import { deleteTag, mergeTags, TagInUseError } from "@/lib/db/tags";
import { NotFoundError } from "@/lib/db/errors";
import { makeAccounts, type TestAccounts } from "../support/accounts";
import { makeClaim, makeSource, uid } from "../support/factories";
import { callRoute, discoverRoutes, loadRoute, type RouteModule } from "../support/routes";

const ACTOR = { id: null, label: "tag tester" };
let accounts: TestAccounts;
let route: RouteModule;

const tagsOf = async (id: string) =>
  (await prisma.prediction.findUniqueOrThrow({ where: { id }, select: { tags: { select: { name: true } } } })).tags.map((t) => t.name).sort();

beforeAll(async () => {
  accounts = await makeAccounts();
  route = await loadRoute(discoverRoutes().find((r) => r.pattern === "/api/tags/[name]")!.file);
});

describe("mergeTags", () => {
  it("moves every claim onto the target once, removes the old tag, and audits the count", async () => {
    const s = await makeSource();
    const from = `from-${uid()}`;
    const into = `into-${uid()}`;
    const both = await makeClaim({ sourceId: s.id, tags: [from, into] });
    const onlyFrom = await makeClaim({ sourceId: s.id, tags: [from, "keep-me"] });
    const untouched = await makeClaim({ sourceId: s.id, tags: [into] });
    const result = await mergeTags(from, into, ACTOR);
    expect(result.moved).toBe(2);
    expect(await tagsOf(both.id)).toEqual([into]);
    expect(await tagsOf(onlyFrom.id)).toEqual(["keep-me", into].sort());
    expect(await tagsOf(untouched.id)).toEqual([into]);
    expect(await prisma.tag.findUnique({ where: { name: from } })).toBeNull();
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { action: "tag.merge", entityId: result.id }, orderBy: { at: "desc" } });
    expect(JSON.parse(audit.before!)).toEqual({ name: from, claimCount: 2 });
    expect(describeAudit({ ...audit, at: audit.at.toISOString() }).text).toBe(`tag tester merged the tag “${from}” into “${into}” (2 claims)`);
  });

  it("creates the target when it does not exist yet", async () => {
    const s = await makeSource();
    const from = `solo-${uid()}`;
    const into = `new-${uid()}`;
    const c = await makeClaim({ sourceId: s.id, tags: [from] });
    await mergeTags(from, into, ACTOR);
    expect(await tagsOf(c.id)).toEqual([into]);
  });
});

describe("deleteTag", () => {
  it("refuses a tag in use without confirmation, changing nothing", async () => {
    const s = await makeSource();
    const name = `used-${uid()}`;
    const c = await makeClaim({ sourceId: s.id, tags: [name] });
    const auditBefore = await prisma.auditLog.count({ where: { action: "tag.delete" } });
    await expect(deleteTag(name, { reason: "tidy" }, ACTOR)).rejects.toBeInstanceOf(TagInUseError);
    await expect(deleteTag(name, { reason: "tidy" }, ACTOR)).rejects.toThrow(/on 1 claim;/);
    expect(await tagsOf(c.id)).toEqual([name]);
    expect(await prisma.auditLog.count({ where: { action: "tag.delete" } })).toBe(auditBefore);
  });

  it("with confirmation unlinks it from every claim (more than SQLite binds at once), keeps the claims, and audits the reason", async () => {
    const s = await makeSource();
    const name = `busy-${uid()}`;
    const tag = await prisma.tag.create({ data: { name } });
    const claims = [];
    for (let i = 0; i < 5; i++) claims.push(await makeClaim({ sourceId: s.id, tags: [name, "stays"] }));
    // 1,200 more links straight into the join table: a delete that bound their ids would fail.
    const bulk = await prisma.prediction.createManyAndReturn({
      data: Array.from({ length: 1200 }, (_, i) => ({
        sourceId: s.id, quote: "q", section: "", position: 100 + i, statement: `bulk ${i}`, criteria: "c",
        madeOn: new Date("2022-05-01T00:00:00Z"), horizonPhrase: "soon", horizonFrom: 2022, horizonTo: 2024,
      })),
      select: { id: true },
    });
    for (let i = 0; i < bulk.length; i += 200) {
      await prisma.tag.update({ where: { id: tag.id }, data: { predictions: { connect: bulk.slice(i, i + 200) } } });
    }
    const result = await deleteTag(name, { reason: "Too broad to be useful", confirm: true }, ACTOR);
    expect(result.unlinked).toBe(1205);
    expect(await prisma.tag.findUnique({ where: { name } })).toBeNull();
    for (const c of claims) expect(await tagsOf(c.id)).toEqual(["stays"]);
    expect(await prisma.prediction.count({ where: { id: { in: claims.map((c) => c.id) } } })).toBe(5);
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { action: "tag.delete", entityId: tag.id } });
    expect(JSON.parse(audit.before!)).toEqual({ name, claimCount: 1205 });
    const described = describeAudit({ ...audit, at: audit.at.toISOString() }, await lookupAuditRefs([{ ...audit, at: audit.at.toISOString() }]));
    expect(described.text).toBe(`tag tester deleted the tag “${name}”, unlinking it from 1205 claims`);
    expect(described.reason).toBe("Too broad to be useful");
  }, 60_000);

  it("deletes an unused tag with a reason alone, and reports a missing one as not found", async () => {
    const name = `idle-${uid()}`;
    await prisma.tag.create({ data: { name } });
    expect((await deleteTag(name.toUpperCase(), { reason: "unused" }, ACTOR)).unlinked).toBe(0);
    await expect(deleteTag(name, { reason: "again" }, ACTOR)).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("DELETE /api/tags/{name}", () => {
  it("needs a reason (400), confirmation for a tag in use (409), then deletes (200)", async () => {
    const s = await makeSource();
    const name = `api-${uid()}`;
    const c = await makeClaim({ sourceId: s.id, tags: [name] });
    const call = (body: unknown) => callRoute(route, "DELETE", "/api/tags/[name]", { params: { name }, body, token: accounts.admin.token });
    const noReason = await call({});
    expect(noReason.status).toBe(400);
    expect((await noReason.json()).error).toMatchObject({ code: "invalid_input", fields: { reason: ["Reason is required"] } });
    const unconfirmed = await call({ reason: "merge by hand" });
    expect(unconfirmed.status).toBe(409);
    expect((await unconfirmed.json()).error.code).toBe("tag_in_use");
    expect(await tagsOf(c.id)).toEqual([name]);
    const ok = await call({ reason: "merge by hand", confirm: true });
    expect(ok.status).toBe(200);
    expect((await ok.json()).deleted).toMatchObject({ name, unlinked: 1 });
    expect(await tagsOf(c.id)).toEqual([]);
    const editor = await callRoute(route, "DELETE", "/api/tags/[name]", { params: { name: "x" }, body: { reason: "r" }, token: accounts.editor.token });
    expect(editor.status).toBe(403);
  });
});
