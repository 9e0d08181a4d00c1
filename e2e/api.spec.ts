import { expect, test } from "@playwright/test";
import { listClaims, unique } from "./fixtures/claims";

const validEvidence = () => ({
  title: unique("API evidence"),
  url: "https://example.org/a",
  observedOn: "2025-01-15",
  stance: "contradicts",
  strength: "weak",
  summary: "A counter-example.",
});

test("GET /api/predictions returns every claim with the public fields", async ({ request }) => {
  const predictions = await listClaims(request);
  expect(predictions.length).toBeGreaterThanOrEqual(12);
  for (const p of predictions) {
    expect(Object.keys(p)).toEqual(
      expect.arrayContaining(["id", "statement", "quote", "section", "madeOn", "horizon", "impliedCredence", "tags", "parentId", "currentVerdict", "evidenceCount"]),
    );
    expect(p.madeOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(p.horizon.from).toBeLessThanOrEqual(p.horizon.to);
  }
  // The seed's eight company sub-claims (other specs may add more); every parent is listed too.
  const ids = new Set(predictions.map((p) => p.id));
  const subClaims = predictions.filter((p) => p.parentId);
  expect(subClaims.length).toBeGreaterThanOrEqual(8);
  for (const p of subClaims) expect(ids.has(p.parentId!)).toBe(true);
});

test("GET /api/predictions/{id} returns the newest evidence and verdicts with totals; the lists page by cursor; unknown ids get 404", async ({ request }) => {
  const [first] = await listClaims(request);
  const res = await request.get(`/api/predictions/${first.id}`);
  expect(res.status()).toBe(200);
  const { prediction } = await res.json();
  expect(prediction.id).toBe(first.id);
  expect(Array.isArray(prediction.evidence)).toBe(true);
  const dates = prediction.verdicts.map((v: { madeOn: string }) => v.madeOn);
  expect(dates).toEqual([...dates].sort().reverse());
  expect(prediction.verdictTotal).toBe(prediction.verdicts.length);

  // The same verdicts, two at a time through the paged endpoint.
  const paged: string[] = [];
  let cursor: string | null = null;
  do {
    const page = await request.get(`/api/predictions/${first.id}/verdicts?limit=2${cursor ? `&cursor=${cursor}` : ""}`);
    expect(page.status()).toBe(200);
    const body: { total: number; verdicts: { id: string }[]; nextCursor: string | null } = await page.json();
    expect(body.total).toBe(prediction.verdictTotal);
    paged.push(...body.verdicts.map((v: { id: string }) => v.id));
    cursor = body.nextCursor;
  } while (cursor);
  expect(paged).toEqual(prediction.verdicts.map((v: { id: string }) => v.id));
  expect((await request.get(`/api/predictions/${first.id}/evidence?limit=9999`)).status()).toBe(400);

  const missing = await request.get("/api/predictions/does-not-exist");
  expect(missing.status()).toBe(404);
  expect((await missing.json()).error.code).toBe("not_found");
});

test("POST evidence and verdicts store rows and move the scorecard", async ({ request }) => {
  const claim = (await listClaims(request)).find((p) => p.currentVerdict !== "refuted")!;
  const before = await (await request.get("/api/scorecard")).json();

  const input = validEvidence();
  const ev = await request.post(`/api/predictions/${claim.id}/evidence`, { data: input });
  expect(ev.status()).toBe(201);
  const { evidence } = await ev.json();
  // The stored item as sent, under a new id, attributed to the signed-in account.
  expect(evidence).toMatchObject({
    ...input,
    id: expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/),
    predictionId: claim.id,
    excerpt: null,
    archiveUrl: null,
    retracted: null,
    loggedBy: "E2E admin",
  });

  const vd = await request.post(`/api/predictions/${claim.id}/verdicts`, {
    data: { grade: "refuted", credence: 0.05, rationale: "Shown false.", evidenceIds: [evidence.id] },
  });
  expect(vd.status()).toBe(201);
  const { verdict } = await vd.json();
  expect(verdict).toMatchObject({ grade: "refuted", credence: 0.05, evidenceIds: [evidence.id] });

  const after = await (await request.get("/api/scorecard")).json();
  expect(after.total).toBe(before.total);
  expect(after.byVerdict.refuted).toBe(before.byVerdict.refuted + 1);
  expect(typeof after.hitRate).toBe("number");
  expect(Array.isArray(after.pastHorizon)).toBe(true);

  const detail = await (await request.get(`/api/predictions/${claim.id}`)).json();
  expect(detail.prediction.currentVerdict).toBe("refuted");
  expect(detail.prediction.evidenceCount).toBe(claim.evidenceCount + 1);
});

test("bad input gets a 400 envelope naming each field, and stores nothing", async ({ request }) => {
  const [claim] = await listClaims(request);
  const url = `/api/predictions/${claim.id}/evidence`;
  const cases: [string, unknown, string[]][] = [
    ["missing fields", {}, ["title", "url", "observedOn", "stance", "strength", "summary"]],
    ["not http(s)", { ...validEvidence(), url: "ftp://example.org" }, ["url"]],
    ["future date", { ...validEvidence(), observedOn: "2999-01-01" }, ["observedOn"]],
    ["malformed date", { ...validEvidence(), observedOn: "2024-13-45" }, ["observedOn"]],
    ["mistyped field", { ...validEvidence(), stance: 3 }, ["stance"]],
    ["too long", { ...validEvidence(), title: "x".repeat(201) }, ["title"]],
    ["unknown field", { ...validEvidence(), admin: true }, ["admin"]],
  ];
  for (const [name, body, fields] of cases) {
    const res = await request.post(url, { data: body as object });
    expect(res.status(), name).toBe(400);
    const { error } = await res.json();
    expect(error.code, name).toBe("invalid_input");
    expect(Object.keys(error.fields).sort(), name).toEqual([...fields].sort());
  }

  const badJson = await request.post(url, { data: "{not json", headers: { "content-type": "application/json" } });
  expect(badJson.status()).toBe(400);
  expect((await badJson.json()).error.code).toBe("bad_json");

  const verdicts = `/api/predictions/${claim.id}/verdicts`;
  const verdictCases: [unknown, Record<string, [string | RegExp]>][] = [
    [{ grade: "confirmed", rationale: "x", credence: 1.5 }, { credence: ["Credence must be between 0 and 1"] }],
    [{ grade: "nope", rationale: "x" }, { grade: [/^Grade must be one of: .*confirmed/] }],
    [{ grade: "confirmed" }, { rationale: ["Rationale is required"] }],
  ];
  for (const [body, fields] of verdictCases) {
    const res = await request.post(verdicts, { data: body as object });
    expect(res.status(), JSON.stringify(body)).toBe(400);
    const { error } = await res.json();
    expect(error.code).toBe("invalid_input");
    // Exactly the field at fault, with the schema's message for it.
    expect(Object.keys(error.fields), JSON.stringify(body)).toEqual(Object.keys(fields));
    for (const [field, [message]] of Object.entries(fields)) expect(error.fields[field]).toEqual([typeof message === "string" ? message : expect.stringMatching(message)]);
  }
  const foreign = await request.post(verdicts, { data: { grade: "partly", rationale: "x", evidenceIds: ["not-an-evidence-id"] } });
  expect(foreign.status()).toBe(400);
  expect((await foreign.json()).error.fields).toEqual({ evidenceIds: ["Cited evidence must belong to this claim; unknown: not-an-evidence-id"] });

  const unknown = await request.post("/api/predictions/nope/evidence", { data: validEvidence() });
  expect(unknown.status()).toBe(404);

  const after = await (await request.get(`/api/predictions/${claim.id}`)).json();
  expect(after.prediction.evidenceCount).toBe(claim.evidenceCount);
  expect(after.prediction.currentVerdict).toBe(claim.currentVerdict);
});
