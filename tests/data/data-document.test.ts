// The lossless JSON export and import (lib/data, npm run data, GET /api/export), on the real
// database: the seeded record plus the edits, retractions, link checks, reviews, accounts and
// follows users add, exported, loaded into a fresh database and exported again.
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exportDataDocument, writeDataDocument } from "@/lib/data/export";
import { DataDocumentError, ImportRefusedError, importDataDocument, parseDataDocument, stripNpmHeader } from "@/lib/data/import";
import { prisma, type Db } from "@/lib/db/client";
import { createEvidence, retractEvidence } from "@/lib/db/evidence";
import { recordLinkCheck } from "@/lib/db/evidence-links";
import { correctQuote, createPrediction, overrideCredence } from "@/lib/db/claims";
import { verifyReviewChain } from "@/lib/db/reviews/chain";
import { openReview } from "@/lib/db/reviews";
import { setReadAccess } from "@/lib/db/settings";
import { updateSource } from "@/lib/db/sources";
import { createVerdict } from "@/lib/db/verdicts";
import type { DataDocument } from "@/lib/validation/data-document";
import { createPredictionSchema } from "@/lib/validation/curation";
import { seedDatabase } from "@/prisma/seed";
import { makeAccount } from "../support/accounts";
import { callRoute, loadRoute, type RouteModule } from "../support/routes";
import { openEmptyDatabase } from "./second-database";

const opened: Db[] = [];
async function emptyDatabase() {
  const db = await openEmptyDatabase();
  opened.push(db);
  return db;
}
afterAll(async () => {
  await Promise.all(opened.map((db) => db.$disconnect()));
});

let editor: Awaited<ReturnType<typeof makeAccount>>;
let admin: Awaited<ReturnType<typeof makeAccount>>;
let viewer: Awaited<ReturnType<typeof makeAccount>>;
let doc: DataDocument;
let docWithUsers: DataDocument;
let exportRoute: RouteModule;

/** A document as text, with its export time blanked: what must match after a round trip. */
async function exportText(db: Db, withUsers = false): Promise<string> {
  const parts: string[] = [];
  await writeDataDocument(db, { withUsers, now: new Date(0) }, (c) => {
    parts.push(c);
  });
  return parts.join("");
}

/** What the import rebuilds rather than reads: each claim's summary columns and the trend tables. */
async function derived(db: Db) {
  const [summaries, months, quarters] = await Promise.all([
    db.prediction.findMany({
      orderBy: { id: "asc" },
      select: {
        id: true,
        currentGrade: true,
        currentVerdictAt: true,
        effectiveGrade: true,
        verdictCredence: true,
        hindsightCredences: true,
        supportsCount: true,
        contradictsCount: true,
        mixedCount: true,
        evidenceCount: true,
      },
    }),
    db.evidenceMonth.findMany({ orderBy: [{ month: "asc" }, { stance: "asc" }] }),
    db.gradeChange.findMany({ orderBy: [{ quarter: "asc" }, { grade: "asc" }] }),
  ]);
  return { summaries, months, quarters };
}

/** Every stored row of the record, every column, in id order: what "lossless" promises. */
async function allRows(db: Db) {
  const byId = { orderBy: { id: "asc" as const } };
  return {
    sources: await db.source.findMany(byId),
    sourceRevisions: await db.sourceRevision.findMany(byId),
    tags: await db.tag.findMany({ ...byId, include: { predictions: { select: { id: true }, orderBy: { id: "asc" } } } }),
    claims: await db.prediction.findMany(byId),
    claimRevisions: await db.predictionRevision.findMany(byId),
    evidence: await db.evidence.findMany(byId),
    verdicts: await db.verdict.findMany({ ...byId, include: { citations: { orderBy: { evidenceId: "asc" } } } }),
    reviews: await db.review.findMany(byId),
    reviewEntries: await db.reviewEntry.findMany(byId),
    reviewEvents: await db.reviewEvent.findMany(byId),
    settings: await db.setting.findMany({ orderBy: { key: "asc" } }),
    users: await db.user.findMany(byId),
    follows: await db.claimFollow.findMany({ orderBy: [{ userId: "asc" }, { predictionId: "asc" }] }),
    audit: await db.auditLog.findMany({ ...byId, where: { action: { not: "data.import" } } }),
    ...(await derived(db)),
  };
}

async function tableCounts(db: Db) {
  const [claims, evidence, verdicts, reviews, tags, audit] = await Promise.all([
    db.prediction.count(),
    db.evidence.count(),
    db.verdict.count(),
    db.review.count(),
    db.tag.count(),
    db.auditLog.count(),
  ]);
  return { claims, evidence, verdicts, reviews, tags, audit };
}

beforeAll(async () => {
  await seedDatabase(prisma);
  [editor, admin, viewer] = [await makeAccount("editor"), await makeAccount("admin"), await makeAccount("viewer")];
  const as = (a: typeof editor) => ({ id: a.user.id, label: a.user.email });

  const source = await prisma.source.findFirstOrThrow({ where: { seedKey: { not: null } } });
  await updateSource(source.id, { title: `${source.title} (edited)`, reason: "Typo in the title" }, as(admin));
  const parent = await prisma.prediction.findFirstOrThrow({ where: { seedKey: { not: null }, parentId: null }, orderBy: { position: "asc" } });
  const sub = await createPrediction(
    createPredictionSchema.parse({
      sourceId: source.id,
      quote: "Robots will fold laundry, probably.",
      statement: "Laundry-folding robots ship",
      criteria: "A product is on sale",
      horizon: { from: 2023, to: 2027 },
      tags: ["robots", "brand new tag"],
      parentId: parent.id,
    }),
    as(admin),
  );
  await correctQuote(sub.id, { quote: "Robots will fold laundry, probably!", reason: "Matches the source" }, as(admin));
  await overrideCredence(sub.id, { credence: 0.35, reason: "The author hedges elsewhere" }, as(admin));

  const item = await createEvidence(
    sub.id,
    { title: "A launch", url: "https://example.org/launch", observedOn: "2024-03-01", stance: "supports", strength: "moderate", summary: "It shipped", excerpt: "“It folds.”", archiveUrl: "https://web.archive.org/web/2024/https://example.org/launch" },
    as(editor),
  );
  await recordLinkCheck(item.id, { linkStatus: 404, linkFinalUrl: "https://example.org/gone", linkCheckedAt: new Date("2025-01-02T03:04:05.678Z"), linkError: null, linkChangedAt: null, linkProblem: "broken", contentSha256: "ab".repeat(32) });
  const seeded = await prisma.evidence.findFirstOrThrow({ where: { isSeeded: true }, orderBy: { id: "asc" } });
  await retractEvidence(seeded.id, "Duplicate of another item", as(editor));
  await createVerdict(sub.id, { grade: "on_track", credence: 0.6, rationale: "Early signs", evidenceIds: [item.id], resolvedOn: null }, as(editor));
  await openReview({ year: 2026 }, as(editor));
  await setReadAccess("public", as(admin));
  await prisma.claimFollow.create({ data: { userId: editor.user.id, predictionId: sub.id } });

  doc = await exportDataDocument(prisma, { withUsers: false });
  docWithUsers = await exportDataDocument(prisma, { withUsers: true });
  exportRoute = await loadRoute(path.resolve(__dirname, "../../app/api/export/route.ts"));
});

describe("the round trip", () => {
  it("export, import into an empty database, export again: the same document apart from exportedAt, and the same derived data", async () => {
    const target = await emptyDatabase();
    const report = await importDataDocument(target, doc);
    expect(report.mode).toBe("load");
    expect(report.skipped).toBe(0);
    expect(report.tables.claims.added).toBe(doc.claims.length);
    expect(report.tables.citations.added).toBe(doc.verdicts.reduce((n, v) => n + v.citedEvidenceIds.length, 0));

    expect(await exportText(target)).toBe(await exportText(prisma));
    expect(await derived(target)).toEqual(await derived(prisma));
    const chain = await verifyReviewChain(target);
    expect(chain.ok).toBe(true);
    expect(chain.reviews.filter((r) => r.status === "completed")).toHaveLength(3);

    // What the document holds, spot-checked against what was written above.
    const sub = doc.claims.find((c) => c.quote === "Robots will fold laundry, probably!")!;
    expect(sub).toMatchObject({ isCredenceOverridden: true, impliedCredence: 0.35, parentId: expect.any(String) });
    expect(sub.tagIds).toHaveLength(2);
    expect(doc.claimRevisions.filter((r) => r.predictionId === sub.id).map((r) => r.kind).sort()).toEqual(["created", "credence_override", "quote_correction"]);
    expect(doc.sourceRevisions).toHaveLength(1);
    const checked = doc.evidence.find((e) => e.linkStatus === 404)!;
    expect(checked).toMatchObject({ linkCheckedAt: "2025-01-02T03:04:05.678Z", linkProblem: "broken", loggedById: null, loggedBy: editor.user.email });
    expect(doc.evidence.filter((e) => e.retractedAt !== null)).toHaveLength(1);
    expect(doc.verdicts.find((v) => v.predictionId === sub.id)).toMatchObject({ credence: 0.6, citedEvidenceIds: [checked.id], madeById: null });
    expect(doc.reviews.find((r) => r.year === 2026)).toMatchObject({ status: "open", openSlot: "open" });
    expect(doc.settings).toEqual([expect.objectContaining({ key: "readAccess", value: "public" })]);
    expect(doc).not.toHaveProperty("users");
  });

  it("with users: accounts, follows and the audit log come along, never a password or token hash", async () => {
    const text = JSON.stringify(docWithUsers);
    const [hashes, tokens, sessions] = await Promise.all([
      prisma.account.findMany({ select: { password: true } }),
      prisma.apiToken.findMany({ select: { tokenHash: true } }),
      prisma.session.findMany({ select: { token: true } }),
    ]);
    expect(hashes.length).toBeGreaterThan(0);
    expect(tokens.length).toBeGreaterThan(0);
    for (const secret of [...hashes.map((h) => h.password), ...tokens.map((t) => t.tokenHash), ...sessions.map((s) => s.token)]) {
      expect(text).not.toContain(secret);
    }
    expect(text).not.toMatch(/"(password|tokenHash|token|accessToken|refreshToken|secret)"/);
    expect(docWithUsers.users?.map((u) => u.email).sort()).toEqual([admin.email, editor.email, viewer.email].sort());
    expect(docWithUsers.claimFollows).toEqual([expect.objectContaining({ userId: editor.user.id })]);
    expect(docWithUsers.audit?.some((a) => a.action === "source.edit")).toBe(true);
    expect(docWithUsers.evidence.find((e) => e.linkStatus === 404)?.loggedById).toBe(editor.user.id);

    const target = await emptyDatabase();
    const report = await importDataDocument(target, docWithUsers);
    expect(report.tables.users.added).toBe(3);
    expect(await target.account.count()).toBe(0);
    expect(await allRows(target)).toEqual(await allRows(prisma));
    // The same, apart from the one audit row that records the import itself.
    const again = await exportDataDocument(target, { withUsers: true });
    expect(again.audit?.filter((a) => !docWithUsers.audit?.some((b) => b.id === a.id)).map((a) => a.action)).toEqual(["data.import"]);
    expect({ ...again, exportedAt: "", audit: [] }).toEqual({ ...docWithUsers, exportedAt: "", audit: [] });
  });

  it("replaces a database that holds only the untouched seed (npm run db:reset), and the seed then adds nothing", async () => {
    const target = await emptyDatabase();
    await seedDatabase(target);
    expect((await importDataDocument(target, doc, { dryRun: true })).mode).toBe("replace_seed");
    expect(await target.prediction.count()).toBe(22);

    const report = await importDataDocument(target, doc);
    expect(report.mode).toBe("replace_seed");
    expect(await exportText(target)).toBe(await exportText(prisma));
    // What `npm run dev` runs next: the seed finds its rows and writes nothing.
    expect(await seedDatabase(target)).toEqual({ claims: 0, evidence: 0, verdicts: 0, reviews: 0 });
    expect(await exportText(target)).toBe(await exportText(prisma));
    // An imported database is no longer "only the seed": a second import is refused.
    await expect(importDataDocument(target, doc)).rejects.toBeInstanceOf(ImportRefusedError);
  });
});

describe("importing into a database with data", () => {
  it("is refused without --merge, writing nothing", async () => {
    const before = await tableCounts(prisma);
    const refused = importDataDocument(prisma, doc);
    await expect(refused).rejects.toBeInstanceOf(ImportRefusedError);
    await expect(refused).rejects.toThrow(/not empty.*--merge/s);
    expect(await tableCounts(prisma)).toEqual(before);
  });

  it("--merge adds what is missing, matched on ids and seed keys, and --dry-run reports the same counts without writing", async () => {
    const target = await emptyDatabase();
    await importDataDocument(target, doc);
    // A later export of the same tracker: a new claim with a new tag, evidence on an existing
    // claim, a claim whose id differs but whose seed key matches, and an edited existing row.
    const seededClaim = doc.claims.find((c) => c.seedKey !== null && c.parentId === null)!;
    const later: DataDocument = structuredClone(doc);
    const renamed = later.claims.find((c) => c.id === seededClaim.id)!;
    renamed.id = "claim-under-another-id";
    renamed.statement = "Changed elsewhere";
    for (const c of later.claims) if (c.parentId === seededClaim.id) c.parentId = renamed.id;
    for (const e of later.evidence) if (e.predictionId === seededClaim.id) e.predictionId = renamed.id;
    for (const v of later.verdicts) if (v.predictionId === seededClaim.id) v.predictionId = renamed.id;
    for (const r of later.claimRevisions) if (r.predictionId === seededClaim.id) r.predictionId = renamed.id;
    for (const r of later.reviewEntries) if (r.predictionId === seededClaim.id) r.predictionId = renamed.id;
    later.tags.push({ id: "tag-new", name: "merged-in" });
    later.claims.push({ ...renamed, id: "claim-new", seedKey: null, parentId: null, tagIds: ["tag-new"], statement: "A new claim" });
    later.evidence.push({ ...doc.evidence[0], id: "evidence-new", predictionId: renamed.id, title: "New evidence" });

    const before = await tableCounts(target);
    const dry = await importDataDocument(target, later, { merge: true, dryRun: true });
    expect(await tableCounts(target)).toEqual(before);
    expect(dry).toMatchObject({ mode: "merge", dryRun: true });
    expect(dry.tables.claims).toEqual({ added: 1, skipped: doc.claims.length });
    expect(dry.tables.tags).toEqual({ added: 1, skipped: doc.tags.length });
    expect(dry.tables.claimTags.added).toBe(1);
    expect(dry.tables.evidence).toEqual({ added: 1, skipped: doc.evidence.length });
    expect(dry.tables.verdicts).toEqual({ added: 0, skipped: doc.verdicts.length });
    expect(dry.tables.reviews).toEqual({ added: 0, skipped: doc.reviews.length });

    const merged = await importDataDocument(target, later, { merge: true });
    expect(merged.tables).toEqual(dry.tables);
    expect(await target.evidence.findUniqueOrThrow({ where: { id: "evidence-new" } })).toMatchObject({ predictionId: seededClaim.id });
    expect(await target.prediction.findUniqueOrThrow({ where: { id: seededClaim.id } })).toMatchObject({ statement: seededClaim.statement });
    expect(await target.prediction.findUniqueOrThrow({ where: { id: "claim-new" }, include: { tags: true } })).toMatchObject({ tags: [{ name: "merged-in" }] });
    // The summaries are rebuilt: the new item counts on its claim.
    const claim = await target.prediction.findUniqueOrThrow({ where: { id: seededClaim.id } });
    expect(claim.evidenceCount).toBe((await target.evidence.count({ where: { predictionId: seededClaim.id, retractedAt: null } })));

    const again = await importDataDocument(target, later, { merge: true });
    expect(again.added).toBe(0);
  });
});

describe("a bad document", () => {
  const withChange = (change: (d: DataDocument) => void) => {
    const d = structuredClone(doc) as DataDocument;
    change(d);
    return JSON.stringify(d);
  };

  it("is refused with the path of its first problem, and nothing is written", async () => {
    const cases: [string, string | RegExp][] = [
      [withChange((d) => (d.claims[3].madeOn = "2022-02-30T00:00:00.000Z")), /^claims\[3\]\.madeOn: Invalid date/],
      [withChange((d) => Object.assign(d.claims[1], { colour: "red" })), "claims[1]: Unknown field: colour"],
      [withChange((d) => (d.evidence[2].stance = "neutral" as never)), /^evidence\[2\]\.stance: Expected one of: supports, contradicts, mixed/],
      [withChange((d) => (d.evidence[4].predictionId = "no-such-claim")), 'evidence[4].predictionId: No claim with id "no-such-claim" in the document'],
      [withChange((d) => (d.verdicts[0].citedEvidenceIds = ["gone"])), 'verdicts[0].citedEvidenceIds[0]: No evidence item with id "gone" in the document'],
      [withChange((d) => (d.claims[5].id = d.claims[2].id)), /^claims\[5\]\.id: ".*" appears twice \(also claims\[2\]\)/],
      [withChange((d) => delete (d as Partial<DataDocument>).tags), "tags: Missing"],
      [withChange((d) => (d.version = 2 as never)), /^version: Expected version 1/],
      ['{"format": "something else"', /^\(document\): Not valid JSON/],
    ];
    const target = await emptyDatabase();
    for (const [text, message] of cases) {
      let error: unknown;
      try {
        await importDataDocument(target, parseDataDocument(text));
      } catch (e) {
        error = e;
      }
      expect(error, String(message)).toBeInstanceOf(DataDocumentError);
      if (typeof message === "string") expect((error as Error).message).toBe(message);
      else expect((error as Error).message).toMatch(message);
    }
    expect(await tableCounts(target)).toEqual({ claims: 0, evidence: 0, verdicts: 0, reviews: 0, tags: 0, audit: 0 });
  });

  it("a sub-claim cycle is named too", () => {
    const text = withChange((d) => {
      const [a, b] = d.claims.filter((c) => c.parentId === null);
      a.parentId = b.id;
      b.parentId = a.id;
    });
    expect(() => parseDataDocument(text)).toThrow(/^claims\[\d+\]\.parentId: Sub-claims form a cycle$/);
  });

  it("npm's header lines before a document (npm run without --silent) are skipped", () => {
    const text = `\n> prediction-tracker@0.1.0 data\n> tsx scripts/data.ts export\n\n${JSON.stringify(doc)}`;
    expect(parseDataDocument(stripNpmHeader(text)).claims).toHaveLength(doc.claims.length);
    expect(stripNpmHeader(`oops\n${JSON.stringify(doc)}`)).toMatch(/^oops/);
  });
});

describe("GET /api/export", () => {
  it("is for admins only: 401 signed out, 403 for viewers and editors", async () => {
    const anon = await callRoute(exportRoute, "GET", "/api/export");
    expect(anon.status).toBe(401);
    for (const who of [viewer, editor]) {
      const res = await callRoute(exportRoute, "GET", "/api/export", { token: who.token });
      expect(res.status).toBe(403);
      expect((await res.json()).error.code).toBe("forbidden");
    }
  });

  it("streams the document as an attachment; ?users=1 adds accounts without credentials; a bad flag is 400", async () => {
    const res = await callRoute(exportRoute, "GET", "/api/export", { token: admin.token });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^application\/json/);
    expect(res.headers.get("content-disposition")).toMatch(/^attachment; filename="prediction-tracker-\d{4}-\d{2}-\d{2}\.json"$/);
    const body = parseDataDocument(await res.text());
    expect({ ...body, exportedAt: "" }).toEqual({ ...doc, exportedAt: "" });

    const withUsers = await callRoute(exportRoute, "GET", "/api/export", { token: admin.token, query: "?users=1" });
    expect(withUsers.headers.get("content-disposition")).toMatch(/-with-users\.json"$/);
    const text = await withUsers.text();
    expect(parseDataDocument(text).users?.length).toBe(3);
    expect(text).not.toMatch(/"(password|tokenHash)"/);

    const bad = await callRoute(exportRoute, "GET", "/api/export", { token: admin.token, query: "?users=yes" });
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.fields.users).toBeDefined();
  });
});
