// An honest record: every verdict and evidence item keeps the server time it was entered
// (recordedAt) apart from the day it is "as of"; back-dated judgements are flagged as
// hindsight; and forecast scores count only credences entered before the outcome was known.
// Through the real route handlers and a real database.
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { refreshAllClaimSummaries } from "@/lib/db/claim-summary";
import { prisma } from "@/lib/db/client";
import { createVerdict } from "@/lib/db/verdicts";
import { seedDatabase } from "@/prisma/seed";
import { makeAccounts, type TestAccounts } from "../support/accounts";
import { day, makeClaim, makeSource } from "../support/factories";
import { callRoute, loadRoute, type RouteModule } from "../support/routes";

const api = (p: string) => path.resolve(__dirname, "../../app/api", p, "route.ts");
const routes: Record<string, RouteModule> = {};
const ACTOR = { id: null, label: "Ada" };
let accounts: TestAccounts;
let seededFrom: Date;

type ApiVerdict = { grade: string; credence: number | null; madeOn: string; recordedAt: string; hindsight: boolean; resolvedOn: string | null };
type ApiEvidence = { observedOn: string; recordedAt: string; hindsight: boolean; excerpt: string | null; archiveUrl: string | null };
type Scorecard = { excludedHindsight: number; n: number; verdictScores: { n: number; brier: number | null } };

async function scorecard(query = ""): Promise<Scorecard> {
  const res = await callRoute(routes.scorecard, "GET", "/api/scorecard", { query });
  expect(res.status).toBe(200);
  return (await res.json()) as Scorecard;
}

async function detail(id: string) {
  const res = await callRoute(routes.detail, "GET", "/api/predictions/[id]", { params: { id } });
  expect(res.status).toBe(200);
  return ((await res.json()) as { prediction: { verdicts: ApiVerdict[]; evidence: ApiEvidence[] } }).prediction;
}

beforeAll(async () => {
  routes.scorecard = await loadRoute(api("scorecard"));
  routes.detail = await loadRoute(api("predictions/[id]"));
  routes.verdicts = await loadRoute(api("predictions/[id]/verdicts"));
  routes.evidence = await loadRoute(api("predictions/[id]/evidence"));
  accounts = await makeAccounts();
  seededFrom = new Date();
  await seedDatabase(prisma);
});

describe("the starter data", () => {
  it("is recorded at the seed's run, so every starter verdict dated in the past is flagged as hindsight", async () => {
    const verdicts = await prisma.verdict.findMany({ where: { isSeeded: true }, select: { recordedAt: true, predictionId: true } });
    expect(verdicts.length).toBeGreaterThan(10);
    for (const v of verdicts) expect(v.recordedAt.getTime()).toBeGreaterThanOrEqual(seededFrom.getTime() - 1000);
    const evidence = await prisma.evidence.findMany({ where: { isSeeded: true }, select: { recordedAt: true, observedOn: true } });
    // Never "logged the day it happened": each item was entered by the seed, after it was observed.
    for (const e of evidence) expect(e.recordedAt.getTime()).toBeGreaterThan(e.observedOn.getTime());

    const claim = await prisma.prediction.findFirstOrThrow({ where: { verdicts: { some: { isSeeded: true } }, evidence: { some: {} } } });
    const body = await detail(claim.id);
    expect(body.verdicts.length).toBeGreaterThan(0);
    for (const v of body.verdicts) {
      expect(Date.parse(v.recordedAt)).toBeGreaterThanOrEqual(seededFrom.getTime() - 1000);
      expect(v.hindsight).toBe(true);
    }
    for (const e of body.evidence) {
      expect(e).toHaveProperty("recordedAt");
      expect(e.hindsight).toBe(e.observedOn < new Date(Date.parse(e.recordedAt) - 7 * 86_400_000).toISOString().slice(0, 10));
    }
  });

  it("produces no verdict-credence score by itself, and the scorecard says how many credences it left out", async () => {
    const s = await scorecard();
    expect(s.verdictScores.n).toBe(0);
    expect(s.verdictScores.brier).toBeNull();
    expect(s.excludedHindsight).toBeGreaterThan(0);
    // The author's implied credences were made in 2022, before any outcome: still scored.
    expect(s.n).toBeGreaterThan(0);
    const resolvedWithCredence = await prisma.verdict.count({
      where: { isSeeded: true, credence: { not: null }, prediction: { effectiveGrade: { in: ["confirmed", "partly", "refuted"] } } },
    });
    expect(s.excludedHindsight).toBeLessThanOrEqual(resolvedWithCredence);
  });
});

describe("credences entered in real time", () => {
  it("score once the outcome is known; a back-dated credence entered afterwards is left out and counted", async () => {
    const source = await makeSource({ publishedOn: "2023-01-01" });
    const claim = await makeClaim({ sourceId: source.id, madeOn: "2023-01-01", tags: ["honest-record"] });
    const scope = "?tag=honest-record";
    await createVerdict(claim.id, { grade: "on_track", credence: 0.7, rationale: "Early signs.", evidenceIds: [] }, ACTOR, {
      now: new Date("2024-02-01T10:00:00Z"),
    });
    await createVerdict(claim.id, { grade: "confirmed", credence: 0.99, rationale: "It happened.", evidenceIds: [], resolvedOn: "2024-12-20" }, ACTOR, {
      now: new Date("2025-01-10T10:00:00Z"),
    });
    let s = await scorecard(scope);
    expect(s.verdictScores.n).toBe(1);
    expect(s.verdictScores.brier).toBeCloseTo((0.7 - 1) ** 2, 10);
    expect(s.excludedHindsight).toBe(0);

    // Someone back-fills a confident credence "as of" mid-2024, after the outcome was known.
    await prisma.verdict.create({
      data: { predictionId: claim.id, grade: "on_track", credence: 0.95, rationale: "Back-filled.", madeOn: day("2024-06-01"), recordedAt: new Date("2025-03-01T09:00:00Z"), madeBy: "Bo" },
    });
    await refreshAllClaimSummaries(prisma);
    s = await scorecard(scope);
    expect(s.verdictScores.brier).toBeCloseTo((0.7 - 1) ** 2, 10);
    expect(s.excludedHindsight).toBe(1);

    const body = await detail(claim.id);
    const byRationale = new Map(body.verdicts.map((v) => [v.credence, v]));
    expect(byRationale.get(0.95)).toMatchObject({ madeOn: "2024-06-01", recordedAt: "2025-03-01T09:00:00.000Z", hindsight: true });
    expect(byRationale.get(0.7)).toMatchObject({ madeOn: "2024-02-01", recordedAt: "2024-02-01T10:00:00.000Z", hindsight: false, resolvedOn: null });
    expect(byRationale.get(0.99)).toMatchObject({ madeOn: "2025-01-10", resolvedOn: "2024-12-20", hindsight: false });
  });
});

describe("the API", () => {
  it("records resolvedOn on a resolving verdict, defaulting to its own date, and refuses it elsewhere with 400 naming the field", async () => {
    const source = await makeSource();
    const claim = await makeClaim({ sourceId: source.id });
    const post = (body: unknown) =>
      callRoute(routes.verdicts, "POST", "/api/predictions/[id]/verdicts", { params: { id: claim.id }, body, token: accounts.editor.token });
    const bad = await post({ grade: "on_track", rationale: "r", resolvedOn: "2024-01-01" });
    expect(bad.status).toBe(400);
    const envelope = (await bad.json()) as { error: { fields?: Record<string, string[]> } };
    expect(JSON.stringify(envelope)).toContain("resolvedOn");
    expect(await prisma.verdict.count({ where: { predictionId: claim.id } })).toBe(0);

    const early = await post({ grade: "refuted", rationale: "r", resolvedOn: "2021-01-01" });
    expect(early.status).toBe(400);
    expect(await early.text()).toContain("before the claim was made");

    const ok = await post({ grade: "refuted", credence: 0.1, rationale: "It did not happen." });
    expect(ok.status).toBe(201);
    const made = ((await ok.json()) as { verdict: ApiVerdict }).verdict;
    expect(made.resolvedOn).toBe(made.madeOn);
    expect(made.hindsight).toBe(false);
    expect(Math.abs(Date.parse(made.recordedAt) - Date.now())).toBeLessThan(60_000);
  });

  it("keeps an evidence item's excerpt byte for byte and its archive link, and shows both dates", async () => {
    const source = await makeSource();
    const claim = await makeClaim({ sourceId: source.id });
    const excerpt = "“We are not going to ship it this year,” she said.\n\n— interview, p. 3";
    const res = await callRoute(routes.evidence, "POST", "/api/predictions/[id]/evidence", {
      params: { id: claim.id },
      token: accounts.editor.token,
      body: {
        title: "Interview",
        url: "https://example.org/interview",
        observedOn: "2023-05-02",
        stance: "contradicts",
        strength: "moderate",
        summary: "The company said no.",
        excerpt,
        archiveUrl: "https://web.archive.org/web/20230502000000/https://example.org/interview",
      },
    });
    expect(res.status).toBe(201);
    const body = await detail(claim.id);
    expect(body.evidence[0]).toMatchObject({
      observedOn: "2023-05-02",
      excerpt,
      archiveUrl: "https://web.archive.org/web/20230502000000/https://example.org/interview",
      hindsight: true,
    });
    expect(Math.abs(Date.parse(body.evidence[0].recordedAt) - Date.now())).toBeLessThan(60_000);

    const bad = await callRoute(routes.evidence, "POST", "/api/predictions/[id]/evidence", {
      params: { id: claim.id },
      token: accounts.editor.token,
      body: { title: "x", url: "https://example.org/", observedOn: "2023-05-02", stance: "mixed", strength: "weak", summary: "s", archiveUrl: "ftp://x" },
    });
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain("archiveUrl");
  });
});
