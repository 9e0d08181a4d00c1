// The claim finder end to end on a real database: the API proposes candidates, and saving
// creates the source and its accepted claims in one transaction with revisions and audit rows.
import { beforeAll, describe, expect, it } from "vitest";
import { createSourceWithClaims, getQuoteContext } from "@/lib/db/sources";
import { prisma } from "@/lib/db/client";
import { findClaims } from "@/lib/finder";
import { FINDER_TEXT_MAX, saveFoundClaimsSchema, type SaveFoundClaimsInput } from "@/lib/validation/finder";
import { seededEssay } from "../fixtures/finder/load";
import { makeAccounts, type TestAccounts } from "../support/accounts";
import { callRoute, loadRoute, type RouteModule } from "../support/routes";
import { uid } from "../support/factories";

let accounts: TestAccounts;
let finder: RouteModule;
const ACTOR = { id: null, label: "finder test", ip: null };

beforeAll(async () => {
  accounts = await makeAccounts();
  finder = await loadRoute(`${process.cwd()}/app/api/finder/route.ts`);
});

const post = (body: unknown, token = accounts.editor.token) => callRoute(finder, "POST", "/api/finder", { body, token });

describe("POST /api/finder", () => {
  it("answers an editor with ranked candidates whose quotes are exact slices of the returned text", async () => {
    const essay = seededEssay();
    const res = await post({ text: essay.input, publishedOn: essay.publishedOn, format: "markdown" });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { text: string; candidates: { quote: string; start: number; end: number; score: number }[] };
    expect(body.candidates.length).toBeGreaterThan(25);
    for (const c of body.candidates) expect(body.text.slice(c.start, c.end)).toBe(c.quote);
    const scores = body.candidates.map((c) => c.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(body.candidates.map((c) => c.quote)).toContain("Alexa, Siri, and Hey Google are about to get a massive upgrade.");
  });

  it("refuses a text over the limit with 400 naming the limit, and a body over 64 kB with 413 naming both limits", async () => {
    const long = await post({ text: "a".repeat(FINDER_TEXT_MAX + 1), publishedOn: "2022-05-12" });
    expect(long.status).toBe(400);
    expect((await long.json()).error.fields.text).toEqual(["Text must be at most 60,000 characters"]);
    const huge = await post({ text: "“”".repeat(FINDER_TEXT_MAX / 2), publishedOn: "2022-05-12" });
    expect(huge.status).toBe(413);
    expect((await huge.json()).error.message).toMatch(/65536 bytes.*60,000 characters/);
  });

  it("refuses a bad date, an unknown format and unknown fields with 400", async () => {
    const res = await post({ text: "Prices will rise.", publishedOn: "2022-02-30", format: "pdf", extra: 1 });
    expect(res.status).toBe(400);
    const { fields } = (await res.json()).error;
    expect(Object.keys(fields).sort()).toEqual(["extra", "format", "publishedOn"]);
  });

  it("is for editors: a viewer gets 403", async () => {
    expect((await post({ text: "Prices will rise.", publishedOn: "2022-05-12" }, accounts.viewer.token)).status).toBe(403);
  });
});

function acceptTopThree(title: string): SaveFoundClaimsInput {
  const essay = seededEssay();
  const r = findClaims(essay.input, { publishedOn: essay.publishedOn });
  const parent = r.candidates.find((c) => c.subClaims.length)!;
  const picks = [r.candidates[0], r.candidates[1], parent];
  const { name: _name, ...sub } = parent.subClaims[0];
  return {
    source: { title, author: "Daniel Langkilde", url: "https://example.org/essay", publishedOn: essay.publishedOn, kind: "essay" },
    text: r.text,
    keepText: true,
    claims: [
      ...picks.map((c, i) => ({
        start: c.start,
        end: c.end,
        quote: c.quote,
        section: c.section,
        statement: `Statement ${i}`,
        criteria: `Criteria ${i}`,
        horizon: { from: c.horizon.from, to: c.horizon.to },
        horizonPhrase: c.horizon.rule,
        tags: ["finder-test"],
      })),
      { ...sub, section: parent.section, statement: "Sub", criteria: "Sub criteria", horizon: { from: 2022, to: 2027 }, parent: 2 },
    ],
  };
}

describe("createSourceWithClaims", () => {
  it("saves the source with its text and every claim with its offsets, revisions and audit rows", async () => {
    const input = saveFoundClaimsSchema.parse(acceptTopThree(`Finder ${uid()}`));
    const { id, claimIds } = await createSourceWithClaims(input, ACTOR);
    const source = await prisma.source.findUniqueOrThrow({ where: { id } });
    expect(source.text).toBe(input.text);
    expect(source.textLength).toBe(input.text.length);
    expect(source.textHash).toMatch(/^[0-9a-f]{64}$/);
    const claims = await prisma.prediction.findMany({ where: { sourceId: id }, orderBy: { position: "asc" } });
    expect(claims).toHaveLength(4);
    for (const c of claims) expect(input.text.slice(c.quoteStart!, c.quoteEnd!)).toBe(c.quote);
    // Positions follow the order of the quotes in the text.
    expect(claims.map((c) => c.quoteStart)).toEqual([...claims.map((c) => c.quoteStart!)].sort((a, b) => a - b));
    expect(claims.find((c) => c.id === claimIds[3])!.parentId).toBe(claimIds[2]);
    const revisions = await prisma.predictionRevision.count({ where: { predictionId: { in: claimIds }, kind: "created" } });
    expect(revisions).toBe(4);
    const audit = await prisma.auditLog.findMany({ where: { entityId: { in: [id, ...claimIds] } }, select: { action: true } });
    expect(audit.map((a) => a.action).sort()).toEqual(["prediction.created", "prediction.created", "prediction.created", "prediction.created", "source.create"]);
    const context = await getQuoteContext(claimIds[0]);
    expect(context).toMatchObject({ isTextKept: true, quote: claims.find((c) => c.id === claimIds[0])!.quote });
  });

  it("keeps only the hash and length when asked not to keep the text", async () => {
    const input = saveFoundClaimsSchema.parse({ ...acceptTopThree(`Finder ${uid()}`), keepText: false });
    const { id, claimIds } = await createSourceWithClaims(input, ACTOR);
    const source = await prisma.source.findUniqueOrThrow({ where: { id } });
    expect([source.text, source.textLength]).toEqual([null, input.text.length]);
    expect(await getQuoteContext(claimIds[0])).toMatchObject({ isTextKept: false, textLength: input.text.length });
  });

  it("stores nothing when one claim fails: the source and the claims before it are rolled back", async () => {
    const title = `Finder ${uid()}`;
    const input = saveFoundClaimsSchema.parse(acceptTopThree(title));
    // Past validation, as a broken caller could: the third claim cannot be inserted.
    (input.claims[2] as { statement: unknown }).statement = null;
    await expect(createSourceWithClaims(input, ACTOR)).rejects.toThrow();
    expect(await prisma.source.count({ where: { title } })).toBe(0);
  });

  it("the schema refuses a quote that is not the text between its offsets, and a parent after its child", () => {
    const input = acceptTopThree("x");
    input.claims[0].quote = input.claims[0].quote + " ";
    input.claims[1].parent = 3;
    const r = saveFoundClaimsSchema.safeParse(input);
    expect(r.success).toBe(false);
    expect([...new Set(r.error!.issues.map((i) => i.path.join(".")))]).toEqual(["claims.0.quote", "claims.1.parent"]);
  });
});
