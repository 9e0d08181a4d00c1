// CSV from GET /api/predictions: the claim list's filters, `format=csv` or an Accept header,
// the claims, evidence and verdicts tables, the 400s for an unknown format or table, private
// mode, and keyset pages that hold every row once in order.
import { beforeAll, describe, expect, it } from "vitest";
import type { AuditActor } from "@/lib/db/audit";
import { prisma } from "@/lib/db/client";
import { claimCsvPages, evidenceCsvPages, verdictCsvPages } from "@/lib/db/csv-export";
import { createEvidence, retractEvidence } from "@/lib/db/evidence";
import { createVerdict } from "@/lib/db/verdicts";
import { readCsv } from "@/lib/csv";
import { createEvidenceSchema } from "@/lib/validation/evidence";
import { createVerdictSchema } from "@/lib/validation/verdict";
import { makeAccounts, type TestAccounts } from "../support/accounts";
import { makeClaim, makeSource, uid } from "../support/factories";
import { callRoute, discoverRoutes, loadRoute, type RouteModule } from "../support/routes";

const ACTOR: AuditActor = { id: null, label: "Tester" };
const TAG = `csv${uid()}`;
const PATTERN = "/api/predictions";
let mod: RouteModule;
let accounts: TestAccounts;
const claims: { id: string; statement: string }[] = [];
let otherClaimId = "";
const evidenceIds: string[] = [];
let retractedId = "";

const evidence = (title: string, observedOn: string, stance = "supports") =>
  createEvidenceSchema.parse({ title, url: "https://example.org/e", observedOn, stance, strength: "moderate", summary: `Summary of ${title}` });

beforeAll(async () => {
  accounts = await makeAccounts();
  mod = await loadRoute(discoverRoutes().find((r) => r.pattern === PATTERN)!.file);
  const source = await makeSource();
  const a = await makeClaim({ sourceId: source.id, position: 1, statement: `=HYPERLINK("http://evil.example") ${TAG}`, quote: 'She said "yes",\nthen left.', tags: [TAG, "second"] });
  const b = await makeClaim({ sourceId: source.id, position: 2, statement: `Plain ${TAG}`, tags: [TAG] });
  const other = await makeClaim({ sourceId: source.id, position: 3, statement: "Not tagged" });
  claims.push({ id: a.id, statement: a.statement }, { id: b.id, statement: b.statement });
  otherClaimId = other.id;
  for (const [claim, title, day] of [[a.id, "-1 first", "2023-01-01"], [a.id, "second", "2023-02-01"], [b.id, "@b", "2023-03-01"], [other.id, "other", "2023-04-01"]] as const) {
    evidenceIds.push((await createEvidence(claim, evidence(title, day), ACTOR)).id);
  }
  retractedId = evidenceIds[1];
  await retractEvidence(retractedId, "Wrong page", ACTOR);
  await createVerdict(a.id, createVerdictSchema.parse({ grade: "on_track", credence: 0.6, rationale: "+ going well", evidenceIds: [evidenceIds[0]] }), ACTOR);
  await createVerdict(b.id, createVerdictSchema.parse({ grade: "off_track", rationale: "Slow" }), ACTOR);
  await createVerdict(other.id, createVerdictSchema.parse({ grade: "confirmed", rationale: "Done" }), ACTOR);
});

async function csvOf(res: Response) {
  expect(res.status).toBe(200);
  expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
  const bytes = new Uint8Array(await res.arrayBuffer());
  // A UTF-8 byte order mark first, so spreadsheets read the file as UTF-8.
  expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
  const table = readCsv(text);
  const rows = table.records.map((r) => Object.fromEntries(table.header.map((h, i) => [h, r.cells[i]])));
  return { text, header: table.header, rows };
}

describe("GET /api/predictions as CSV", () => {
  it("writes the claims the filters match, in the list's order, as an attachment", async () => {
    const res = await callRoute(mod, "GET", PATTERN, { query: `?format=csv&tag=${TAG}` });
    expect(res.headers.get("content-disposition")).toMatch(/^attachment; filename="claims-\d{4}-\d{2}-\d{2}\.csv"$/);
    const { text, rows } = await csvOf(res);
    expect(rows.map((r) => r.id)).toEqual(claims.map((c) => c.id));
    expect(rows[0]).toMatchObject({
      statement: claims[0].statement,
      quote: 'She said "yes",\nthen left.',
      tags: `${TAG}; second`,
      currentVerdict: "on_track",
      currentVerdictCredence: "0.6",
      verdictCount: "1",
      evidenceCount: "1",
      supports: "1",
      horizonFrom: "2022",
      horizonTo: "2024",
      madeOn: "2022-05-01",
    });
    // The formula-like statement is written with its apostrophe, so a spreadsheet shows it as text.
    expect(text).toContain(`'=HYPERLINK(""http://evil.example"") ${TAG}`);
    expect(rows[1]).toMatchObject({ statement: `Plain ${TAG}`, currentVerdict: "off_track", currentVerdictCredence: "", evidenceCount: "1" });
  });

  it("answers CSV to an Accept header that prefers it, and JSON otherwise", async () => {
    const csv = await callRoute(mod, "GET", PATTERN, { query: `?tag=${TAG}`, headers: { accept: "text/csv" } });
    expect((await csvOf(csv)).rows).toHaveLength(2);
    const json = await callRoute(mod, "GET", PATTERN, { query: `?tag=${TAG}`, headers: { accept: "application/json, text/csv;q=0.5" } });
    expect(json.headers.get("content-type")).toMatch(/^application\/json/);
    expect((await json.json()).total).toBe(2);
    // ?format= wins over the header.
    const forced = await callRoute(mod, "GET", PATTERN, { query: `?tag=${TAG}&format=json`, headers: { accept: "text/csv" } });
    expect(forced.headers.get("content-type")).toMatch(/^application\/json/);
  });

  it("writes the evidence of the matching claims, retracted items marked, with each item's claim", async () => {
    const { rows } = await csvOf(await callRoute(mod, "GET", PATTERN, { query: `?format=csv&table=evidence&tag=${TAG}` }));
    const ids = rows.map((r) => r.id);
    expect(new Set(ids)).toEqual(new Set(evidenceIds.slice(0, 3)));
    expect(ids).not.toContain(evidenceIds[3]);
    const first = rows.find((r) => r.id === evidenceIds[0])!;
    expect(first).toMatchObject({ claimId: claims[0].id, title: "-1 first", observedOn: "2023-01-01", stance: "supports", retractedAt: "" });
    expect(rows.find((r) => r.id === retractedId)).toMatchObject({ retractReason: "Wrong page", retractedBy: "Tester" });
    expect(rows.find((r) => r.id === evidenceIds[2])).toMatchObject({ claimId: claims[1].id, title: "@b" });
  });

  it("writes the verdicts of the matching claims with the evidence they cite", async () => {
    const { rows } = await csvOf(await callRoute(mod, "GET", PATTERN, { query: `?format=csv&table=verdicts&tag=${TAG}` }));
    expect(rows.map((r) => [r.claimId, r.grade]).sort()).toEqual([[claims[0].id, "on_track"], [claims[1].id, "off_track"]].sort());
    expect(rows.find((r) => r.grade === "on_track")).toMatchObject({ credence: "0.6", rationale: "+ going well", evidenceIds: evidenceIds[0] });
    expect(rows.some((r) => r.claimId === otherClaimId)).toBe(false);
  });

  it("refuses an unknown format or table with a 400 naming the field", async () => {
    for (const [query, field] of [["?format=xml", "format"], ["?format=csv&table=users", "table"], ["?table=evidence", "table"]] as const) {
      const res = await callRoute(mod, "GET", PATTERN, { query });
      expect(res.status, query).toBe(400);
      const body = await res.json();
      expect(body.error.code).toBe("invalid_input");
      expect(Object.keys(body.error.fields), query).toEqual([field]);
    }
  });

  it("needs an account on a private instance, like the JSON list", async () => {
    await prisma.setting.upsert({ where: { key: "readAccess" }, create: { key: "readAccess", value: "private" }, update: { value: "private" } });
    try {
      const anon = await callRoute(mod, "GET", PATTERN, { query: `?format=csv&table=evidence&tag=${TAG}` });
      expect(anon.status).toBe(401);
      expect((await anon.json()).error.code).toBe("unauthorized");
      const viewer = await callRoute(mod, "GET", PATTERN, { query: `?format=csv&tag=${TAG}`, token: accounts.viewer.token });
      expect((await csvOf(viewer)).rows).toHaveLength(2);
    } finally {
      await prisma.setting.delete({ where: { key: "readAccess" } });
    }
  });
});

describe("the export's keyset pages", () => {
  const all = async <T,>(pages: AsyncIterable<T[]>) => {
    const out: T[][] = [];
    for await (const p of pages) out.push(p);
    return out;
  };

  it("hold every row exactly once, in order, across pages of any size", async () => {
    const everyClaim = (await all(claimCsvPages({}, new Date(), 500))).flat().map((r) => r.id);
    const paged = await all(claimCsvPages({}, new Date(), 2));
    expect(paged.every((p) => p.length <= 2)).toBe(true);
    expect(paged.flat().map((r) => r.id)).toEqual(everyClaim);
    const evidencePaged = (await all(evidenceCsvPages({}, new Date(), 1))).flat();
    expect(evidencePaged.map((e) => e.id).sort()).toEqual([...evidenceIds].sort());
    const keys = evidencePaged.map((e) => `${e.claimId} ${e.observedOn}`);
    expect(keys).toEqual([...keys].sort());
    const verdictsPaged = (await all(verdictCsvPages({ tag: TAG }, new Date(), 1))).flat();
    expect(verdictsPaged).toHaveLength(2);
  });
});
