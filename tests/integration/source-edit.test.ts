// Editing a source on a real database: each save is one revision listing only the fields
// that changed, with its audit row, written together; the API and the data layer share one schema.
import { beforeAll, describe, expect, it } from "vitest";
import { describeAudit } from "@/lib/audit-sentences";
import { lookupAuditRefs } from "@/lib/db/audit";
import { prisma } from "@/lib/db/client";
import { InvalidReferenceError, NotFoundError } from "@/lib/db/errors";
import { getSource, listSourceRevisions, updateSource } from "@/lib/db/sources";
import { updateSourceSchema } from "@/lib/validation/curation";
import { makeAccounts, type TestAccounts } from "../support/accounts";
import { makeClaim, makeSource } from "../support/factories";
import { callRoute, discoverRoutes, loadRoute, type RouteModule } from "../support/routes";

const ACTOR = { id: null, label: "Source editor" };
let accounts: TestAccounts;
let route: RouteModule;

beforeAll(async () => {
  accounts = await makeAccounts();
  route = await loadRoute(discoverRoutes().find((r) => r.pattern === "/api/sources/[id]")!.file);
});

describe("updateSource", () => {
  it("records only the changed fields, in order, with the reason and an audit row; claims keep their dates", async () => {
    const s = await makeSource({ publishedOn: "2022-05-01" });
    const claim = await makeClaim({ sourceId: s.id, madeOn: "2022-05-01" });
    const input = updateSourceSchema.parse({
      title: "A better title",
      author: s.author,
      url: s.url,
      publishedOn: "2022-05-03",
      kind: s.kind,
      reason: "The title had a typo and the date was the draft's",
    });
    const first = await updateSource(s.id, input, ACTOR);
    expect(first.changes).toEqual({
      title: { before: s.title, after: "A better title" },
      publishedOn: { before: "2022-05-01", after: "2022-05-03" },
    });
    const second = await updateSource(s.id, updateSourceSchema.parse({ kind: "report", reason: "It is a report" }), ACTOR);
    expect(second.changes).toEqual({ kind: { before: "essay", after: "report" } });

    expect(await getSource(s.id)).toMatchObject({ title: "A better title", publishedOn: "2022-05-03", kind: "report" });
    expect((await prisma.prediction.findUniqueOrThrow({ where: { id: claim.id } })).madeOn.toISOString().slice(0, 10)).toBe("2022-05-01");

    const history = await listSourceRevisions(s.id);
    expect(history?.total).toBe(2);
    expect(history?.items.map((r) => r.reason)).toEqual(["The title had a typo and the date was the draft's", "It is a report"]);
    expect(history?.items.every((r) => r.editedBy === "Source editor" && r.kind === "edit")).toBe(true);

    const audits = await prisma.auditLog.findMany({ where: { action: "source.edit", entityId: s.id }, orderBy: { at: "asc" } });
    expect(audits).toHaveLength(2);
    const rows = audits.map((a) => ({ ...a, at: a.at.toISOString() }));
    const refs = await lookupAuditRefs(rows);
    const described = describeAudit(rows[0], refs);
    expect(described.text).toBe("Source editor edited source “A better title”: title and date published");
    expect(described.parts.find((p) => p.text === "“A better title”")?.href).toBe(`/sources/${s.id}`);
    expect(described.diff).toEqual([
      { field: "title", label: "Title", before: s.title, after: "A better title" },
      { field: "publishedOn", label: "Date published", before: "2022-05-01", after: "2022-05-03" },
    ]);
  });

  it("refuses a save that changes nothing, and an unknown source, writing no revision", async () => {
    const s = await makeSource();
    await expect(updateSource(s.id, updateSourceSchema.parse({ title: s.title, reason: "no-op" }), ACTOR)).rejects.toBeInstanceOf(InvalidReferenceError);
    await expect(updateSource("no-such-source", updateSourceSchema.parse({ title: "x", reason: "r" }), ACTOR)).rejects.toBeInstanceOf(NotFoundError);
    expect((await listSourceRevisions(s.id))?.total).toBe(0);
    expect(await listSourceRevisions("no-such-source")).toBeNull();
  });
});

describe("updateSourceSchema", () => {
  it("needs a reason and at least one field, and refuses unknown fields, bad dates and kinds", () => {
    expect(updateSourceSchema.safeParse({ title: "x" }).success).toBe(false);
    expect(updateSourceSchema.safeParse({ reason: "r" }).success).toBe(false);
    expect(updateSourceSchema.safeParse({ reason: "r", text: "sneaky" }).success).toBe(false);
    expect(updateSourceSchema.safeParse({ reason: "r", publishedOn: "2999-01-01" }).success).toBe(false);
    expect(updateSourceSchema.safeParse({ reason: "r", kind: "tweet" }).success).toBe(false);
    expect(updateSourceSchema.safeParse({ reason: "r", url: " https://example.org/x " }).data?.url).toBe("https://example.org/x");
  });
});

describe("PATCH /api/sources/{id}", () => {
  it("saves for an admin and answers the revision; 400 for bad input, 404 for an unknown source, 403 for an editor", async () => {
    const s = await makeSource();
    const patch = (id: string, body: unknown, token = accounts.admin.token) => callRoute(route, "PATCH", "/api/sources/[id]", { params: { id }, body, token });
    const ok = await patch(s.id, { author: "New Author", reason: "Credit the co-author" });
    expect(ok.status).toBe(200);
    const body = await ok.json();
    expect(body.source.author).toBe("New Author");
    expect(body.revision.changes).toEqual({ author: { before: "Tester", after: "New Author" } });
    expect((await patch(s.id, { author: "x" })).status).toBe(400);
    expect((await patch(s.id, { author: "New Author", reason: "same" })).status).toBe(400);
    expect((await patch("nope", { author: "y", reason: "r" })).status).toBe(404);
    expect((await patch(s.id, { author: "z", reason: "r" }, accounts.editor.token)).status).toBe(403);
    const read = await callRoute(route, "GET", "/api/sources/[id]", { params: { id: s.id } });
    expect(read.status).toBe(200);
    const got = await read.json();
    expect(got.revisionTotal).toBe(1);
    expect(got.revisions[0].reason).toBe("Credit the co-author");
  });
});
