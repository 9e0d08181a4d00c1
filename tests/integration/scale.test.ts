// Past SQLite's 999-value bind limit: 2,500 claims over 20 sources and 30 tags, one claim with
// 3,000 evidence items, built in one transaction. Every list, the scorecard, the forecast
// scores, the trend charts and the API answer correctly there (figures checked against the
// rows themselves). Not a timing test: speed is `npm run bench`.
import { beforeAll, describe, expect, it } from "vitest";
import { refreshAllClaimSummaries } from "@/lib/db/claim-summary";
import { prisma } from "@/lib/db/client";
import { toIsoDay } from "@/lib/db/dates";
import { getForecastReport } from "@/lib/db/forecasts";
import { listClaimEvidence } from "@/lib/db/evidence";
import { countDue, listPredictions } from "@/lib/db/claims";
import { getEvidenceBalance, getScorecard, getVerdictMixOverTime } from "@/lib/db/scorecard";
import { GRADES, STANCES, type Grade } from "@/lib/domain";
import { outcomeOf } from "@/lib/forecast-scoring";
import { SORTS, type Sort } from "@/lib/validation/filters";
import { callRoute, loadRoute, type RouteModule } from "../support/routes";
import path from "node:path";

const CLAIMS = 2500;
const SOURCES = 20;
const TAGS = 30;
const HEAVY = 3000; // evidence items on one claim
const NOW = new Date("2026-11-15T12:00:00Z");
const pad = (n: number) => String(n).padStart(5, "0");
const claimId = (i: number) => `scale-claim-${pad(i)}`;
const day = (d: string) => new Date(`${d}T00:00:00.000Z`);

async function build() {
  await prisma.$transaction(
    async (tx) => {
      await tx.source.createMany({
        data: Array.from({ length: SOURCES }, (_, s) => ({
          id: `scale-source-${s}`,
          title: `Scale source ${s}`,
          author: "Bulk",
          url: "https://example.org/s",
          publishedOn: day(`20${20 + (s % 5)}-0${1 + (s % 9)}-15`),
          kind: "report",
        })),
      });
      await tx.tag.createMany({ data: Array.from({ length: TAGS }, (_, t) => ({ id: `scale-tag-${t}`, name: `scale-tag-${t}` })) });
      await tx.prediction.createMany({
        data: Array.from({ length: CLAIMS }, (_, i) => ({
          id: claimId(i),
          sourceId: `scale-source-${i % SOURCES}`,
          quote: `Quote ${i}`,
          section: `Section ${i % 7}`,
          position: Math.floor(i / SOURCES) + 1,
          // A few statements hold LIKE's wildcards, which a search must take literally.
          statement: i % 250 === 0 ? `Claim ${i}: 50% of_firms will adopt` : `Claim ${i}: 50 percent of firms will adopt`,
          criteria: "Check it.",
          madeOn: day(`202${2 + (i % 3)}-0${1 + (i % 9)}-0${1 + (i % 9)}`),
          horizonPhrase: "soon",
          horizonFrom: 2022 + (i % 5),
          horizonTo: 2023 + (i % 8),
          impliedCredence: [0.3, 0.5, 0.7, 0.9, null][i % 5],
          parentId: i >= 10 && i < 40 ? claimId(i % 10) : null,
        })),
      });
      for (let t = 0; t < TAGS; t++) {
        await tx.$executeRaw`INSERT INTO "_PredictionToTag" ("A", "B")
          SELECT "id", ${`scale-tag-${t}`} FROM "Prediction" WHERE "id" LIKE 'scale-claim-%' AND "position" % ${TAGS} = ${t}`;
      }
      // Evidence: 3,000 items on claim 0, a few on many others; some retracted.
      const evidence = [];
      for (let k = 0; k < HEAVY; k++) {
        evidence.push({
          id: `scale-ev-heavy-${pad(k)}`,
          predictionId: claimId(0),
          title: `Heavy ${k}`,
          url: "https://example.org/e",
          observedOn: day(`202${2 + (k % 4)}-${String(1 + (k % 12)).padStart(2, "0")}-${String(1 + (k % 28)).padStart(2, "0")}`),
          recordedAt: new Date(Date.UTC(2026, 0, 1, 0, 0, k)),
          stance: STANCES[k % 3],
          strength: "moderate",
          summary: "s",
          loggedBy: "bulk",
          retractedAt: k % 97 === 0 ? day("2026-02-01") : null,
        });
      }
      for (let i = 1; i < CLAIMS; i++) {
        for (let k = 0; k < i % 4; k++) {
          evidence.push({
            id: `scale-ev-${pad(i)}-${k}`,
            predictionId: claimId(i),
            title: `Item ${i}.${k}`,
            url: "https://example.org/e",
            observedOn: day(`2024-0${1 + k}-1${k}`),
            recordedAt: day("2026-01-01"),
            stance: STANCES[(i + k) % 3],
            strength: "weak",
            summary: "s",
            loggedBy: "bulk",
            retractedAt: null,
          });
        }
      }
      await tx.evidence.createMany({ data: evidence });
      // Verdicts: up to three per claim, dated in order; none on the parents 0–9.
      const verdicts = [];
      for (let i = 10; i < CLAIMS; i++) {
        for (let k = 0; k < i % 4; k++) {
          verdicts.push({
            id: `scale-vd-${pad(i)}-${k}`,
            predictionId: claimId(i),
            grade: GRADES[(i + k) % GRADES.length],
            credence: k === 0 ? null : ((i * 7 + k) % 10) / 10,
            rationale: "r",
            madeOn: day(`202${3 + k}-06-01`),
            recordedAt: day(`202${3 + k}-06-01`),
            madeBy: "bulk",
          });
        }
      }
      await tx.verdict.createMany({ data: verdicts });
      await refreshAllClaimSummaries(tx);
    },
    { timeout: 120_000 },
  );
}

const routes: Record<string, RouteModule> = {};
const api = (file: string) => path.resolve(__dirname, "../../app/api", file, "route.ts");

beforeAll(async () => {
  await build();
  routes.list = await loadRoute(api("predictions"));
  routes.evidence = await loadRoute(api("predictions/[id]/evidence"));
  routes.verdicts = await loadRoute(api("predictions/[id]/verdicts"));
  routes.detail = await loadRoute(api("predictions/[id]"));
  routes.scorecard = await loadRoute(api("scorecard"));
}, 180_000);

describe(`the claim list at ${CLAIMS} claims`, () => {
  it.each(SORTS)("walks every claim once in the %s order, by cursor and by page number", async (sort: Sort) => {
    const seen: string[] = [];
    let cursor: string | undefined;
    let total = 0;
    do {
      const page = await listPredictions({ sort }, NOW, { limit: 500, cursor });
      total = page.total;
      seen.push(...page.items.map((p) => p.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(total).toBe(CLAIMS);
    expect(seen).toHaveLength(CLAIMS);
    expect(new Set(seen).size).toBe(CLAIMS);
    // Numbered pages give the same order.
    const page37 = await listPredictions({ sort }, NOW, { limit: 50, offset: 36 * 50 });
    expect(page37.items.map((p) => p.id)).toEqual(seen.slice(1800, 1850));
  });

  it("sorts by evidence with the heavy claim first and counts live evidence only", async () => {
    const [first] = (await listPredictions({ sort: "evidence" }, NOW, { limit: 1 })).items;
    const retracted = Array.from({ length: HEAVY }, (_, k) => k).filter((k) => k % 97 === 0).length;
    expect(first).toMatchObject({ id: claimId(0), evidenceCount: HEAVY - retracted });
    expect(first.tally.supports + first.tally.contradicts + first.tally.mixed).toBe(HEAVY - retracted);
  });

  it("filters by tag, source, verdict and horizon with exact totals", async () => {
    const rows = await prisma.prediction.findMany({
      select: { id: true, sourceId: true, currentGrade: true, horizonTo: true, position: true },
    });
    const expectTotal = async (filter: Parameters<typeof listPredictions>[0], n: number) =>
      expect((await listPredictions(filter, NOW, { limit: 5 })).total).toBe(n);
    await expectTotal({ tag: "scale-tag-3" }, rows.filter((r) => r.position % TAGS === 3).length);
    await expectTotal({ source: "scale-source-7" }, rows.filter((r) => r.sourceId === "scale-source-7").length);
    await expectTotal({ verdict: "refuted" }, rows.filter((r) => r.currentGrade === "refuted").length);
    await expectTotal({ verdict: "none" }, rows.filter((r) => r.currentGrade === null).length);
    await expectTotal({ horizon: "past" }, rows.filter((r) => r.horizonTo < 2026).length);
    const due = await countDue(NOW);
    await expectTotal({ due: "final" }, due.readyForFinal);
    await expectTotal({ due: "stale" }, due.stale);
  });

  it("takes % and _ in a search literally", async () => {
    const found = await listPredictions({ q: "50% of_" }, NOW, { limit: 500 });
    expect(found.total).toBe(CLAIMS / 250);
    expect(found.items.every((p) => p.statement.includes("50% of_"))).toBe(true);
  });
});

describe(`the API at ${CLAIMS} claims`, () => {
  it("pages GET /api/predictions with limit and cursor to the end", async () => {
    const seen = new Set<string>();
    let query = "?limit=500&sort=made";
    for (;;) {
      const res = await callRoute(routes.list, "GET", "/api/predictions", { query });
      expect(res.status).toBe(200);
      const body = (await res.json()) as { predictions: { id: string }[]; total: number; nextCursor: string | null };
      expect(body.total).toBe(CLAIMS);
      for (const p of body.predictions) seen.add(p.id);
      if (!body.nextCursor) break;
      query = `?limit=500&sort=made&cursor=${encodeURIComponent(body.nextCursor)}`;
    }
    expect(seen.size).toBe(CLAIMS);
    const first = (await (await callRoute(routes.list, "GET", "/api/predictions")).json()) as { predictions: unknown[] };
    expect(first.predictions).toHaveLength(50);
  });

  it.each([
    ["?limit=0", "limit"],
    ["?limit=501", "limit"],
    ["?limit=ten", "limit"],
    ["?cursor=not-a-cursor", "cursor"],
  ])("answers %s with a 400 naming the field", async (query, field) => {
    const res = await callRoute(routes.list, "GET", "/api/predictions", { query });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { fields: Record<string, string[]> } };
    expect(Object.keys(body.error.fields)).toEqual([field]);
  });

  it("refuses a cursor handed out for another sort", async () => {
    const byMade = (await (await callRoute(routes.list, "GET", "/api/predictions", { query: "?sort=made&limit=2" })).json()) as {
      nextCursor: string;
    };
    const res = await callRoute(routes.list, "GET", "/api/predictions", { query: `?sort=horizon&cursor=${byMade.nextCursor}` });
    expect(res.status).toBe(400);
  });

  it("pages the heavy claim's evidence and verdicts, newest first, through their endpoints", async () => {
    const ids: string[] = [];
    const days: string[] = [];
    let query = "?limit=500";
    let total = 0;
    for (;;) {
      const res = await callRoute(routes.evidence, "GET", "/api/predictions/[id]/evidence", { params: { id: claimId(0) }, query });
      expect(res.status).toBe(200);
      const body = (await res.json()) as { evidence: { id: string; observedOn: string }[]; total: number; nextCursor: string | null };
      total = body.total;
      ids.push(...body.evidence.map((e) => e.id));
      days.push(...body.evidence.map((e) => e.observedOn));
      if (!body.nextCursor) break;
      query = `?limit=500&cursor=${encodeURIComponent(body.nextCursor)}`;
    }
    expect(total).toBe(HEAVY);
    expect(new Set(ids).size).toBe(HEAVY);
    // Numbered counting down: the page after the first 20 starts at HEAVY − 20.
    const first = await listClaimEvidence(claimId(0), { limit: 20 });
    expect(first.remaining).toBe(HEAVY);
    expect((await listClaimEvidence(claimId(0), { limit: 20, cursor: first.nextCursor! })).remaining).toBe(HEAVY - 20);
    expect(days).toEqual([...days].sort().reverse());
    const detail = (await (await callRoute(routes.detail, "GET", "/api/predictions/[id]", { params: { id: claimId(0) } })).json()) as {
      prediction: { evidence: unknown[]; evidenceTotal: number; verdictTotal: number; childCount: number };
    };
    expect(detail.prediction).toMatchObject({ evidenceTotal: HEAVY, verdictTotal: 0, childCount: 3 });
    expect(detail.prediction.evidence).toHaveLength(50);
    const verdicts = await callRoute(routes.verdicts, "GET", "/api/predictions/[id]/verdicts", { params: { id: claimId(13) } });
    expect(((await verdicts.json()) as { total: number }).total).toBe(1);
    expect((await callRoute(routes.evidence, "GET", "/api/predictions/[id]/evidence", { params: { id: "no-such-claim" } })).status).toBe(404);
  });
});

describe(`the scorecard at ${CLAIMS} claims`, () => {
  it("counts every claim by its effective grade, with the roll-up for parents", async () => {
    const s = await getScorecard(NOW);
    expect(s.total).toBe(CLAIMS);
    const rows = await prisma.prediction.findMany({ select: { effectiveGrade: true } });
    for (const g of GRADES) expect(s.byVerdict[g]).toBe(rows.filter((r) => r.effectiveGrade === g).length);
    expect(s.ungraded).toBe(rows.filter((r) => r.effectiveGrade === null).length);
    // The ten parents have no verdict of their own but three sub-claims each.
    const parents = await prisma.prediction.findMany({ where: { id: { in: Array.from({ length: 10 }, (_, i) => claimId(i)) } } });
    expect(parents.every((p) => p.currentGrade === null)).toBe(true);
    expect(parents.some((p) => p.effectiveGrade !== null)).toBe(true);
    expect(s.pastHorizon.items.length).toBeLessThanOrEqual(5);
    expect(s.pastHorizon.total).toBe(s.due.readyForFinal);
  });

  it("scores forecasts over every resolved claim", async () => {
    const rows = await prisma.prediction.findMany({
      select: { effectiveGrade: true, impliedCredence: true, sourceId: true, tags: { select: { name: true } } },
    });
    const resolved = rows.filter((r) => outcomeOf(r.effectiveGrade as Grade | null) !== null);
    const scored = resolved.filter((r) => r.impliedCredence !== null);
    const report = await getForecastReport({}, NOW);
    expect(report.resolved).toBe(resolved.length);
    expect(report.implied.n).toBe(scored.length);
    expect(report.calibration.reduce((n, b) => n + b.n, 0)).toBe(scored.length);
    // One row for each tag and source with a resolved claim, counting its scored claims.
    expect(report.bySource.map((s) => s.id).sort()).toEqual([...new Set(resolved.map((r) => r.sourceId))].sort());
    expect(report.byTag.map((t) => t.tag).sort()).toEqual([...new Set(resolved.flatMap((r) => r.tags.map((t) => t.name)))].sort());
    const source7 = report.bySource.find((s) => s.id === "scale-source-7");
    expect(source7?.implied.n ?? 0).toBe(scored.filter((r) => r.sourceId === "scale-source-7").length);
  });

  it("ends the trend charts at today's totals", async () => {
    const mix = await getVerdictMixOverTime(NOW);
    const last = mix.at(-1)!;
    const counted = GRADES.reduce((n, g) => n + last[g], last.ungraded);
    expect(counted).toBe(await prisma.prediction.count({ where: { madeOn: { lte: NOW } } }));
    const balance = await getEvidenceBalance();
    const live = await prisma.evidence.groupBy({ by: ["stance"], where: { retractedAt: null }, _count: { _all: true } });
    const liveOf = (s: string) => live.find((l) => l.stance === s)?._count._all ?? 0;
    expect(balance.at(-1)).toMatchObject({ supports: liveOf("supports"), contradicts: liveOf("contradicts"), mixed: liveOf("mixed") });
  });

  it("answers GET /api/scorecard with the same figures", async () => {
    const res = await callRoute(routes.scorecard, "GET", "/api/scorecard");
    expect(res.status).toBe(200);
    const body = (await res.json()) as { total: number; pastHorizon: unknown[]; pastHorizonTotal: number; n: number };
    expect(body.total).toBe(CLAIMS);
    expect(body.pastHorizon.length).toBeLessThanOrEqual(5);
    expect(body.pastHorizonTotal).toBeGreaterThan(5);
    expect(toIsoDay(NOW)).toBe("2026-11-15");
  });
});
