// One review, three renderings: its page (the scorecard and "what changed" sections, rendered
// to HTML), its Markdown report and GET /api/reviews/{year} all come from one summary object
// (digestReview), so they must give the same figures. The fixture has every group the rules
// name: a move up, a move down, a reopening (partly true back to on track, which lowers no
// rank-ordered "down" count yet takes the claim out of the hit rate), a first verdict, new
// claims with and without a verdict, a claim carried over ungraded, and an unchanged final one.
import path from "node:path";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { beforeAll, describe, expect, it } from "vitest";
import { ReviewChanges } from "@/components/reviews/review-changes";
import { ReviewScorecard } from "@/components/reviews/review-scorecard";
import type { AuditActor } from "@/lib/db/audit";
import { prisma } from "@/lib/db/client";
import { reopenClaim } from "@/lib/db/claims";
import { completeReview, getReview, openReview, type ReviewDetail } from "@/lib/db/reviews";
import { createVerdict } from "@/lib/db/verdicts";
import type { Grade } from "@/lib/domain";
import type { ReviewDigest } from "@/lib/reviews";
import { createVerdictSchema } from "@/lib/validation/verdict";
import { callRoute, loadRoute } from "../support/routes";
import { makeClaim, makeSource } from "../support/factories";

const ACTOR: AuditActor = { id: null, label: "Summary test" };
const at = (iso: string) => new Date(iso);

async function grade(predictionId: string, g: Grade, when: string, reviewId?: string) {
  const input = createVerdictSchema.parse({ grade: g, credence: 0.6, rationale: `Graded ${g}.` });
  return createVerdict(predictionId, input, ACTOR, { now: at(when), reviewId });
}

/** The figures every rendering must show, by the fixture's construction. */
const EXPECTED = {
  inSnapshot: 8,
  needingVerdict: 7, // A, B (reopened), C, D, E, G, H
  graded: 5, // A, B, C, E, H
  carriedOver: 2, // D, G
  hitRate: 100, // A and F confirmed; B left the hit rate
  moved: 3,
  up: 1,
  down: 1,
  sideways: 0,
  reopened: 1,
  firstVerdicts: 1,
  newClaims: 2,
  newClaimsWithoutVerdict: 1,
  unchanged: 2,
};
type Figures = typeof EXPECTED;

let review: ReviewDetail;

beforeAll(async () => {
  const s = await makeSource();
  const claim = (label: string, position: number, madeOn?: string) => makeClaim({ sourceId: s.id, statement: `Claim ${label}`, position, madeOn });
  const [a, b, c, d, e, f] = await Promise.all(["A", "B", "C", "D", "E", "F"].map((l, i) => claim(l, i + 1)));
  await grade(f.id, "confirmed", "2024-06-01T10:00:00Z");
  const r2024 = await openReview({ year: 2024 }, ACTOR, at("2024-12-01T09:00:00Z"));
  await grade(a.id, "on_track", "2024-12-10T10:00:00Z", r2024.id);
  await grade(b.id, "partly", "2024-12-10T10:00:00Z", r2024.id);
  await grade(c.id, "too_early", "2024-12-10T10:00:00Z", r2024.id);
  await grade(d.id, "on_track", "2024-12-10T10:00:00Z", r2024.id);
  await completeReview(2024, ACTOR, at("2024-12-15T12:00:00Z"));

  await claim("G", 7, "2025-03-01"); // new, never graded
  const h = await claim("H", 8, "2025-03-01");
  const r2025 = await openReview({ year: 2025 }, ACTOR, at("2025-12-01T09:00:00Z"));
  await reopenClaim(b.id, "Settled too soon", ACTOR, at("2025-12-02T09:00:00Z"));
  await grade(a.id, "confirmed", "2025-12-10T10:00:00Z", r2025.id);
  await grade(b.id, "on_track", "2025-12-10T10:00:00Z", r2025.id);
  await grade(c.id, "off_track", "2025-12-10T10:00:00Z", r2025.id);
  await grade(e.id, "too_early", "2025-12-10T10:00:00Z", r2025.id);
  await grade(h.id, "on_track", "2025-12-10T10:00:00Z", r2025.id);
  await completeReview(2025, ACTOR, at("2025-12-15T12:00:00Z"));
  review = (await getReview(2025))!;
});

const fromDigest = (d: ReviewDigest): Figures => ({
  ...d.claims,
  hitRate: d.hitRate.rate === null ? -1 : Math.round(d.hitRate.rate * 100),
  moved: d.changes!.moved,
  up: d.changes!.up,
  down: d.changes!.down,
  sideways: d.changes!.sideways,
  reopened: d.changes!.reopened,
  firstVerdicts: d.changes!.firstVerdicts,
  newClaims: d.changes!.newClaims,
  newClaimsWithoutVerdict: d.changes!.newClaimsWithoutVerdict,
  unchanged: d.changes!.unchanged,
});

/** The page's sections as HTML, and the figures they mark with data-figure. */
function pageFigures(d: ReviewDigest): Figures {
  const html = renderToStaticMarkup(createElement("div", null, createElement(ReviewScorecard, { digest: d }), createElement(ReviewChanges, { digest: d })));
  const shown = new Map<string, number>();
  for (const m of html.matchAll(/data-figure="([^"]+)"(?: data-count="(\d+)")?[^>]*>([^<]*)/g)) {
    shown.set(m[1], Number(m[2] ?? m[3].replace(/[,%]/g, "")));
  }
  const get = (k: string) => {
    expect(shown.has(k), `the page shows ${k}`).toBe(true);
    return shown.get(k)!;
  };
  return {
    inSnapshot: get("inSnapshot"),
    needingVerdict: get("needingVerdict"),
    graded: get("graded"),
    carriedOver: get("carriedOver"),
    hitRate: get("hitRate"),
    moved: get("moved"),
    up: get("up"),
    down: get("down"),
    sideways: get("sideways"),
    reopened: get("reopened"),
    firstVerdicts: get("firstVerdicts"),
    newClaims: get("newClaims"),
    // The page says "(N still without a verdict)" inside the new-claims link.
    newClaimsWithoutVerdict: Number(/(\d+) still without a verdict/.exec(html)?.[1] ?? 0),
    unchanged: get("unchanged"),
  };
}

/** The Markdown report's header and "Since" line, read back into numbers. */
function reportFigures(md: string): Figures {
  const header = /(\d+) claims in the snapshot; (\d+) of (\d+) claims needing a verdict graded in this review \((\d+) carried over\)/.exec(md);
  const hit = /\*\*Hit rate:\*\* (\d+)%/.exec(md);
  const since =
    /\*\*Since 2024:\*\* (\d+) grades? moved \((\d+) towards confirmed, (\d+) towards refuted, (\d+) sideways, (\d+) reopened\); (\d+) claims? new since the 2024 review(?: \((\d+) still without a verdict\))?; (\d+) claims? (?:got its|got their) first verdict; (\d+) unchanged/.exec(
      md,
    );
  expect(header, "the report's header").not.toBeNull();
  expect(hit, "the report's hit rate").not.toBeNull();
  expect(since, "the report's 'Since' line").not.toBeNull();
  const n = (s: string | undefined) => Number(s ?? 0);
  return {
    inSnapshot: n(header![1]),
    graded: n(header![2]),
    needingVerdict: n(header![3]),
    carriedOver: n(header![4]),
    hitRate: n(hit![1]),
    moved: n(since![1]),
    up: n(since![2]),
    down: n(since![3]),
    sideways: n(since![4]),
    reopened: n(since![5]),
    newClaims: n(since![6]),
    newClaimsWithoutVerdict: n(since![7]),
    firstVerdicts: n(since![8]),
    unchanged: n(since![9]),
  };
}

describe("one review's page, report and API", () => {
  it("all give the figures the fixture was built to have", async () => {
    const [api, report] = await Promise.all([
      loadRoute(path.resolve(__dirname, "../../app/api/reviews/[year]/route.ts")),
      loadRoute(path.resolve(__dirname, "../../app/reviews/[year]/report.md/route.ts")),
    ]);
    const apiRes = await callRoute(api, "GET", "/api/reviews/[year]", { params: { year: "2025" } });
    expect(apiRes.status).toBe(200);
    const apiSummary = (await apiRes.json()).review.summary as ReviewDigest;
    const reportRes = await callRoute(report, "GET", "/reviews/[year]/report.md", { params: { year: "2025" } });
    expect(reportRes.status).toBe(200);
    const md = await reportRes.text();
    const page = (await getReview(2025))!.digest!;

    expect(fromDigest(apiSummary)).toEqual(EXPECTED);
    expect(pageFigures(page)).toEqual(EXPECTED);
    expect(reportFigures(md)).toEqual(EXPECTED);
    expect(apiSummary).toEqual(review.digest);
  });

  it("shows the reopened claim as reopened in every rendering, and nowhere as a move towards refuted", async () => {
    const html = renderToStaticMarkup(createElement(ReviewChanges, { digest: review.digest }));
    expect(html).toContain("1 reopened (left the hit rate)");
    expect(html).toContain("1 towards refuted"); // C: too early → off track, not B
    const md = await (await callRoute(await loadRoute(path.resolve(__dirname, "../../app/reviews/[year]/report.md/route.ts")), "GET", "/reviews/[year]/report.md", { params: { year: "2025" } })).text();
    expect(md).toMatch(/\| Partly true \| \*\*On track\*\* ⟲ reopened \|/);
    // The hit rate rose from 75 % to 100 % though no grade moved up but A's: B left it.
    expect((await getReview(2024))!.digest!.hitRate.rate).toBe(0.75);
    expect(review.digest!.hitRate).toEqual({ rate: 1, graded: 2, points: 2 });
    // Frozen with the review, and sealed: the summary's counts are in the stored figures.
    const stored = JSON.parse((await prisma.review.findUniqueOrThrow({ where: { year: 2025 } })).figures!);
    expect(stored.changes).toMatchObject({ reopened: 1, first: 1, new: 2, newWithoutVerdict: 1 });
    expect(review.hash).toMatch(/^[0-9a-f]{64}$/);
  });
});
