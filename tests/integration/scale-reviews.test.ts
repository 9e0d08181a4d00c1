// Yearly reviews past SQLite's 999-bound-values limit: 2,500 claims built in one transaction,
// two completed reviews over all of them, and an open one in between. Every figure below is
// exact, from how the data is built; none is a timing.
//
// Claims 0–2399 were made in 2022; claims 2400–2499 in March 2025, after the 2024 review.
// By i % 10, an old claim's grade in the 2024 and 2025 snapshots is:
//   0: none → none        1: on track → on track (claim 1 also holds 1,500 new evidence items)
//   2: on track → confirmed (up, cites evidence)      3: on track → refuted (down, cites evidence)
//   4: too early → unfalsifiable (sideways)           5: none → too early (first verdict)
//   6: partly → partly (final, so out of the 2025 review's scope)    7: off track → on track (up)
//   8: on track → on track, then confirmed on 2025-12-20, after the 2025 review was frozen
//   9: on track → on track, with a refuted verdict that was retracted
// New claims: even ones on track, odd ones without a verdict; both are "new" in 2025, a group
// of their own apart from the grade moves.
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { AuditActor } from "@/lib/db/audit";
import { refreshAllClaimSummaries } from "@/lib/db/claim-summary";
import { prisma } from "@/lib/db/client";
import { completeReview, findNextToGrade, getGuidedStep, getReview, getReviewClaimContext, getReviewQueue, getReviewReport, listMostNewEvidence, listReviews, listSnapshotEntries, openReview, type ReviewDetail } from "@/lib/db/reviews";
import { FINAL_GRADES, type Grade } from "@/lib/domain";
import { CHANGE_RULES, type SnapshotFilter } from "@/lib/reviews";
import { createVerdict } from "@/lib/db/verdicts";
import { createVerdictSchema } from "@/lib/validation/verdict";
import { callRoute, loadRoute, type RouteModule } from "../support/routes";

const CLAIMS = 2500;
const OLD_CLAIMS = 2400;
const PER_SOURCE = 500;
const HEAVY = 1; // the claim with 1,500 evidence items logged between the reviews
const HEAVY_ITEMS = 1500;
const ACTOR: AuditActor = { id: null, label: "Scale test" };
const at = (iso: string) => new Date(iso);
const id = (i: number) => `scale-claim-${String(i).padStart(4, "0")}`;
const range = (n: number) => Array.from({ length: n }, (_, i) => i);

const REVIEW_2024 = at("2024-12-15T12:00:00Z");
const REVIEW_2025 = at("2025-12-15T12:00:00Z");
/** Claims graded inside the open 2025 review (all k = 1, keeping their grade). */
const GRADED_IN_REVIEW = [1, 11, 21, 31, 41];

type VerdictRow = { id: string; predictionId: string; grade: Grade; madeOn: Date; recordedAt: Date; retractedAt?: Date };

/** Every claim's verdicts, as the header describes them. */
function verdictsOf(i: number): VerdictRow[] {
  const v = (suffix: string, grade: Grade, madeOn: string, retracted = false): VerdictRow => ({
    id: `${id(i)}-v${suffix}`,
    predictionId: id(i),
    grade,
    madeOn: at(`${madeOn}T00:00:00Z`),
    recordedAt: at(`${madeOn}T09:00:00Z`),
    ...(retracted ? { retractedAt: at("2025-07-01T00:00:00Z") } : {}),
  });
  if (i >= OLD_CLAIMS) return i % 2 === 0 ? [v("1", "on_track", "2025-06-01")] : [];
  switch (i % 10) {
    case 0:
      return [];
    case 1:
      return [v("1", "on_track", "2024-06-01")];
    case 2:
      return [v("1", "on_track", "2024-06-01"), v("2", "confirmed", "2025-06-01")];
    case 3:
      return [v("1", "on_track", "2024-06-01"), v("2", "refuted", "2025-06-01")];
    case 4:
      return [v("1", "too_early", "2024-06-01"), v("2", "unfalsifiable", "2025-06-01")];
    case 5:
      return [v("1", "too_early", "2025-06-01")];
    case 6:
      return [v("1", "partly", "2024-06-01")];
    case 7:
      return [v("1", "off_track", "2024-06-01"), v("2", "on_track", "2025-06-01")];
    case 8:
      return [v("1", "on_track", "2024-06-01"), v("2", "confirmed", "2025-12-20")];
    default:
      return [v("1", "on_track", "2023-06-01"), v("2", "refuted", "2025-06-01", true)];
  }
}

type EvidenceRow = { id: string; predictionId: string; recordedAt: Date; retractedAt?: Date };

/** Two items before the 2024 review, one between the reviews, plus the exceptions. */
function evidenceOf(i: number): EvidenceRow[] {
  const e = (suffix: string, recordedAt: string, retracted = false): EvidenceRow => ({
    id: `${id(i)}-e${suffix}`,
    predictionId: id(i),
    recordedAt: at(recordedAt),
    ...(retracted ? { retractedAt: at("2025-08-01T00:00:00Z") } : {}),
  });
  const rows = i < OLD_CLAIMS ? [e("a", "2024-03-01T10:00:00Z"), e("b", "2024-03-02T10:00:00Z")] : [];
  rows.push(e("between", "2025-05-01T10:00:00Z"));
  if (i < OLD_CLAIMS && i % 10 === 0) rows.push(e("after", "2025-12-20T10:00:00Z")); // after the 2025 review
  if (i < OLD_CLAIMS && i % 10 === 3) rows.push(e("retracted", "2025-05-02T10:00:00Z", true));
  if (i === HEAVY) {
    for (const n of range(HEAVY_ITEMS)) {
      rows.push(e(`h${String(n).padStart(4, "0")}`, new Date(Date.UTC(2025, 1, 1, 0, n)).toISOString()));
    }
  }
  return rows;
}

/** The cited item of the 2025 verdicts of claims 2 and 3 (mod 10): 480 entries, two citation chunks. */
const citesEvidence = (i: number) => i < OLD_CLAIMS && (i % 10 === 2 || i % 10 === 3);

async function build() {
  const verdicts = range(CLAIMS).flatMap(verdictsOf);
  const evidence = range(CLAIMS).flatMap(evidenceOf);
  const latest = new Map<string, VerdictRow>();
  for (const v of [...verdicts].sort((a, b) => a.madeOn.getTime() - b.madeOn.getTime())) if (!v.retractedAt) latest.set(v.predictionId, v);

  await prisma.$transaction(
    async (tx) => {
      await tx.source.createMany({
        data: range(CLAIMS / PER_SOURCE).map((s) => ({
          id: `scale-source-${s}`,
          title: `Scale source ${s}`,
          author: "Scale author",
          url: `https://example.org/scale/${s}`,
          publishedOn: at(`2021-01-0${s + 1}T00:00:00Z`),
          kind: "report",
        })),
      });
      await tx.prediction.createMany({
        data: range(CLAIMS).map((i) => ({
          id: id(i),
          sourceId: `scale-source-${Math.floor(i / PER_SOURCE)}`,
          quote: `Claim ${i} will come true.`,
          section: "Forecasts",
          position: i % PER_SOURCE,
          statement: `Scale claim ${String(i).padStart(4, "0")}`,
          criteria: "Check it.",
          madeOn: at(i < OLD_CLAIMS ? "2022-01-01T00:00:00Z" : "2025-03-01T00:00:00Z"),
          horizonPhrase: "in a few years",
          horizonFrom: 2024,
          horizonTo: 2030,
          impliedCredence: 0.6,
          credenceWord: "likely",
          currentGrade: latest.get(id(i))?.grade ?? null,
          currentVerdictAt: latest.get(id(i))?.madeOn ?? null,
        })),
      });
      await tx.evidence.createMany({
        data: evidence.map((e) => ({
          id: e.id,
          predictionId: e.predictionId,
          title: `Item ${e.id}`,
          url: `https://example.org/evidence/${e.id}`,
          observedOn: at(`${e.recordedAt.toISOString().slice(0, 10)}T00:00:00Z`),
          recordedAt: e.recordedAt,
          stance: "supports",
          strength: "moderate",
          summary: `About ${e.id}.`,
          loggedBy: "Scale test",
          retractedAt: e.retractedAt ?? null,
          retractedBy: e.retractedAt ? "Scale test" : null,
          retractReason: e.retractedAt ? "Logged twice" : null,
        })),
      });
      await tx.verdict.createMany({
        data: verdicts.map((v) => ({
          id: v.id,
          predictionId: v.predictionId,
          grade: v.grade,
          credence: v.grade === "unfalsifiable" ? null : 0.5,
          rationale: `Graded ${v.grade} on ${v.madeOn.toISOString().slice(0, 10)}.`,
          madeOn: v.madeOn,
          recordedAt: v.recordedAt,
          madeBy: "Scale test",
          retractedAt: v.retractedAt ?? null,
          retractedBy: v.retractedAt ? "Scale test" : null,
          retractReason: v.retractedAt ? "Entered by mistake" : null,
        })),
      });
      await tx.verdictEvidence.createMany({
        data: range(CLAIMS)
          .filter(citesEvidence)
          .map((i) => ({ verdictId: `${id(i)}-v2`, evidenceId: `${id(i)}-ebetween` })),
      });
      // The other summary columns (evidence tally, effective grade), by the app's own refresh.
      await refreshAllClaimSummaries(tx);
    },
    { timeout: 120_000 },
  );
  return { verdicts: verdicts.length, evidence: evidence.length };
}

/** Claim indexes whose grade is `grade` in the 2025 snapshot, by the construction above. */
function grade2025(i: number): Grade | null {
  const vs = verdictsOf(i).filter((v) => !v.retractedAt && v.madeOn <= REVIEW_2025);
  return vs.at(-1)?.grade ?? null;
}
const where = (test: (i: number) => boolean) => range(CLAIMS).filter(test).map(id);
/** Claims the 2025 review goes through: no verdict, an interim one, or graded in it. */
const IN_SCOPE = where((i) => {
  const current = verdictsOf(i).filter((v) => !v.retractedAt).at(-1)?.grade ?? null;
  return current === null || !FINAL_GRADES.includes(current);
});

let r2025: ReviewDetail;
let apiReview: RouteModule;
let report: RouteModule;

beforeAll(async () => {
  const built = await build();
  expect(built).toEqual({ verdicts: 240 * 15 + 50, evidence: 2400 * 2 + 2500 + HEAVY_ITEMS + 240 + 240 });

  await openReview({ year: 2024 }, ACTOR, at("2024-12-01T09:00:00Z"));
  await completeReview(2024, ACTOR, REVIEW_2024);
  await openReview({ year: 2025 }, ACTOR, at("2025-12-01T09:00:00Z"));
  const review = (await getReview(2025))!;
  const input = createVerdictSchema.parse({ grade: "on_track", credence: 0.55, rationale: "Still on track." });
  for (const i of GRADED_IN_REVIEW) await createVerdict(id(i), input, ACTOR, { now: at("2025-12-10T10:00:00Z"), reviewId: review.id });

  apiReview = await loadRoute(path.resolve(__dirname, "../../app/api/reviews/[year]/route.ts"));
  report = await loadRoute(path.resolve(__dirname, "../../app/reviews/[year]/report.md/route.ts"));
}, 300_000);

describe("an open review over 2,500 claims", () => {
  it("counts its scope and progress in SQL", async () => {
    expect(IN_SCOPE).toHaveLength(5 * 240 + 100);
    expect(await getReview(2025)).toMatchObject({ status: "open", total: 1300, graded: 5, changes: null, figures: null });
    expect((await listReviews()).find((r) => r.year === 2025)).toMatchObject({ total: 1300, graded: 5 });
  });

  it("pages the queue in source order, every claim in scope exactly once", async () => {
    const seen: string[] = [];
    const first = await getReviewQueue(2025);
    expect([first.items.length, first.total, first.page, first.pageSize]).toEqual([50, 1300, 1, 50]);
    for (let page = 1; page <= 26; page++) {
      const q = await getReviewQueue(2025, { page });
      expect(q.items.length, `page ${page}`).toBe(50);
      seen.push(...q.items.map((c) => c.id));
    }
    expect(seen).toEqual(IN_SCOPE);
    expect((await getReviewQueue(2025, { page: 27 })).items).toEqual([]);

    const graded = new Set(GRADED_IN_REVIEW.map(id));
    const ungraded = await getReviewQueue(2025, { ungradedOnly: true, page: 1 });
    expect(ungraded.total).toBe(1295);
    expect(ungraded.items.map((c) => c.id)).toEqual(IN_SCOPE.filter((c) => !graded.has(c)).slice(0, 50));
    expect(first.items.filter((c) => c.gradedInReview).map((c) => c.id)).toEqual(GRADED_IN_REVIEW.map(id));
  });

  it("finds the claim on screen, its neighbours (wrapping round) and the next to grade", async () => {
    // No claim asked for: the first not yet graded, claim 0.
    expect(await getGuidedStep(2025)).toMatchObject({
      total: 1300,
      graded: 5,
      position: 1,
      ungradedBefore: 0,
      isUnknown: false,
      previousId: id(2499),
      nextId: id(1),
      nextUngradedId: id(5),
    });
    expect((await getGuidedStep(2025)).current).toMatchObject({ id: id(0), statement: "Scale claim 0000", gradedInReview: false });
    expect(await getGuidedStep(2025, id(1))).toMatchObject({ position: 2, ungradedBefore: 1, previousId: id(0), nextId: id(5), nextUngradedId: id(5) });
    expect((await getGuidedStep(2025, id(1))).current).toMatchObject({ id: id(1), gradedInReview: true, currentGrade: "on_track" });
    // Deep in the queue: claim 2499 is the last; its next wraps to the first.
    expect(await getGuidedStep(2025, id(2499))).toMatchObject({ position: 1300, previousId: id(2498), nextId: id(0), nextUngradedId: id(0) });
    // Claim 2 is settled (confirmed), claim 6 too (partly true is final): not in this review.
    expect(await getGuidedStep(2025, id(2))).toMatchObject({ isUnknown: true, position: 1 });
    expect(await getGuidedStep(2025, id(6))).toMatchObject({ isUnknown: true, position: 1 });
    expect(await findNextToGrade(2025, id(41))).toBe(id(45));
  });

  it("shows a claim's evidence newest first, a bounded page of each list with its total", async () => {
    const reviewId = (await getReview(2025))!.id;
    const ctx = await getReviewClaimContext(2025, reviewId, id(HEAVY));
    expect(ctx.lastReview).toEqual({ year: 2024, completedOn: "2024-12-15" });
    expect([ctx.sinceLastReview.items.length, ctx.sinceLastReview.total]).toEqual([10, HEAVY_ITEMS + 1]);
    expect([ctx.older.items.length, ctx.older.total]).toEqual([2, 2]);
    expect(ctx.sinceLastReview.items[0].id).toBe(`${id(HEAVY)}-ebetween`); // logged 2025-05-01, the newest
    const more = await getReviewClaimContext(2025, reviewId, id(HEAVY), { since: 50 });
    expect(more.sinceLastReview.items).toHaveLength(50);
    expect(more.sinceLastReview.items.slice(0, 10)).toEqual(ctx.sinceLastReview.items);
    const times = more.sinceLastReview.items.map((e) => e.recordedAt);
    expect(times).toEqual([...times].sort().reverse());
    // Never more than the bound, however much is asked for.
    expect((await getReviewClaimContext(2025, reviewId, id(HEAVY), { since: 10_000 })).sinceLastReview.items).toHaveLength(50);
    expect(ctx.previous).toMatchObject({ grade: "on_track", madeOn: "2024-06-01" });
  });
});

describe("completing a review over 2,500 claims", () => {
  beforeAll(async () => {
    await completeReview(2025, ACTOR, REVIEW_2025);
    r2025 = (await getReview(2025))!;
  }, 300_000);

  it("freezes exactly one entry per claim, with the grades as of that moment", async () => {
    expect(await prisma.reviewEntry.count({ where: { reviewId: r2025.id } })).toBe(CLAIMS);
    const perClaim = await prisma.reviewEntry.groupBy({ by: ["predictionId"], where: { reviewId: r2025.id }, _count: { _all: true } });
    expect(perClaim).toHaveLength(CLAIMS);
    expect(perClaim.every((c) => c._count._all === 1)).toBe(true);
    expect(await prisma.reviewEntry.count({ where: { review: { year: 2024 } } })).toBe(OLD_CLAIMS);
    // Entry ids carry the claim order frozen at completion.
    const byId = await prisma.reviewEntry.findMany({ where: { reviewId: r2025.id }, orderBy: { id: "asc" }, select: { id: true, predictionId: true } });
    expect(byId.map((e) => e.predictionId)).toEqual(range(CLAIMS).map(id));
    expect([byId[0].id, byId[CLAIMS - 1].id]).toEqual([`${r2025.id}:1000000001`, `${r2025.id}:1000002500`]);
    expect(r2025.isOrderFrozen).toBe(true);

    expect(r2025).toMatchObject({ status: "completed", completedOn: "2025-12-15", total: 1300, graded: 5, previous: { year: 2024 } });
    expect(r2025.figures).toEqual({
      total: CLAIMS,
      inScope: 1300,
      graded: 5,
      byVerdict: { confirmed: 240, partly: 240, on_track: 1010, too_early: 240, off_track: 0, refuted: 240, unfalsifiable: 240 },
      ungraded: 290,
      hitRate: { rate: (240 + 120) / 720, graded: 720, points: 360 },
    });
    expect(r2025.changes).toEqual({
      rules: CHANGE_RULES,
      previousYear: 2024,
      up: 480,
      down: 240,
      changed: 240,
      reopened: 0,
      first: 240,
      new: 100,
      newWithoutVerdict: 50,
      unchanged: 1200,
      newEvidence: { items: 2500 + HEAVY_ITEMS, claims: 2500 },
      // The heavy claim, then claims with one new item each, by statement.
      mostNewEvidence: [HEAVY, 0, 2, 3, 4, 5, 6, 7, 8, 9].map((i) => ({
        predictionId: id(i),
        statement: `Scale claim ${String(i).padStart(4, "0")}`,
        count: i === HEAVY ? 1 + HEAVY_ITEMS : 1,
      })),
    });
    const r2024 = (await getReview(2024))!;
    expect(r2024.figures?.byVerdict).toEqual({ confirmed: 0, partly: 240, on_track: 1200, too_early: 240, off_track: 240, refuted: 0, unfalsifiable: 0 });
    expect(r2024.changes).toEqual({
      rules: CHANGE_RULES,
      previousYear: null,
      up: 0,
      down: 0,
      changed: 0,
      reopened: 0,
      first: 0,
      new: 0,
      newWithoutVerdict: 0,
      unchanged: OLD_CLAIMS,
      newEvidence: { items: 4800, claims: OLD_CLAIMS },
      mostNewEvidence: range(10).map((i) => ({ predictionId: id(i), statement: `Scale claim 000${i}`, count: 2 })),
    });
  });

  it("pages the snapshot 50 at a time in claim order", async () => {
    const page = (n: number, filter: SnapshotFilter = {}) =>
      listSnapshotEntries({ review: r2025, filter, page: { limit: 50, offset: (n - 1) * 50 } });
    const first = await page(1);
    expect(first.total).toBe(CLAIMS);
    expect(first.items.map((e) => e.predictionId)).toEqual(range(50).map(id));
    const last = await page(50);
    expect(last.items.map((e) => e.predictionId)).toEqual(range(50).map((i) => id(2450 + i)));
    expect(last.nextCursor).toBeNull();
    expect((await page(51)).items).toEqual([]);

    expect(first.items[2]).toMatchObject({
      predictionId: id(2),
      grade: "confirmed",
      previousGrade: "on_track",
      inPrevious: true,
      direction: "up",
      verdictOn: "2025-06-01",
      evidenceCount: 3,
      newEvidenceCount: 1,
      citedEvidence: [{ title: `Item ${id(2)}-ebetween`, url: `https://example.org/evidence/${id(2)}-ebetween` }],
    });
    expect(first.items[HEAVY]).toMatchObject({ evidenceCount: 3 + HEAVY_ITEMS, newEvidenceCount: 1 + HEAVY_ITEMS, citedEvidence: [] });
    // As of the moment of completion: claim 8's later verdict and claim 9's retracted one don't count.
    expect(first.items[8]).toMatchObject({ grade: "on_track", direction: "same" });
    expect(first.items[9]).toMatchObject({ grade: "on_track", direction: "same" });
    expect(first.items[0]).toMatchObject({ grade: null, evidenceCount: 3, newEvidenceCount: 1 }); // its 2025-12-20 item came later
    expect(first.items[3]).toMatchObject({ evidenceCount: 3, newEvidenceCount: 1 }); // the retracted item is not counted
    expect((await page(49)).items.map((e) => [e.predictionId, e.inPrevious, e.direction])[0]).toEqual([id(2400), false, "new"]);
  });

  it("filters by verdict and by how the grade moved, with exact totals", async () => {
    const all = async (filter: SnapshotFilter) => {
      const ids: string[] = [];
      let offset = 0;
      for (;;) {
        const p = await listSnapshotEntries({ review: r2025, filter, page: { limit: 50, offset } });
        ids.push(...p.items.map((e) => e.predictionId));
        if (!p.nextCursor) return { ids, total: p.total };
        offset += 50;
      }
    };
    const byK = (...ks: number[]) => where((i) => i < OLD_CLAIMS && ks.includes(i % 10));
    const check = async (filter: SnapshotFilter, expected: string[]) => {
      const got = await all(filter);
      expect(got.total, JSON.stringify(filter)).toBe(expected.length);
      expect(got.ids, JSON.stringify(filter)).toEqual(expected);
    };
    await check({ changed: "up" }, byK(2, 7));
    await check({ changed: "down" }, byK(3));
    await check({ changed: "changed" }, byK(4));
    await check({ changed: "reopened" }, []);
    await check({ changed: "first" }, byK(5));
    await check({ changed: "new" }, where((i) => i >= OLD_CLAIMS));
    // Grade moves only: first verdicts and new claims are their own groups.
    await check({ changed: "1" }, byK(2, 3, 4, 7));
    await check({ grade: "confirmed" }, byK(2));
    await check({ grade: "none" }, where((i) => grade2025(i) === null));
    await check({ grade: "on_track", changed: "1" }, byK(7));
    await check({ grade: "on_track", changed: "new" }, where((i) => i >= OLD_CLAIMS && i % 2 === 0));
    expect((await all({ grade: "none" })).total).toBe(290);
  });

  it("lists the claims with the most new evidence first", async () => {
    expect(await listMostNewEvidence(r2025.id, 3)).toEqual([
      { predictionId: id(HEAVY), statement: "Scale claim 0001", count: 1 + HEAVY_ITEMS },
      { predictionId: id(0), statement: "Scale claim 0000", count: 1 },
      { predictionId: id(2), statement: "Scale claim 0002", count: 1 },
    ]);
  });

  it("gives the whole report: every claim and every citation", async () => {
    const res = await callRoute(report, "GET", "/reviews/[year]/report.md", { params: { year: "2025" } });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/markdown/);
    const lines = (await res.text()).split("\n");
    expect(lines.filter((l) => l.startsWith("| “"))).toHaveLength(CLAIMS);
    expect(lines.find((l) => l.startsWith("- **Since 2024:**"))).toBe(
      "- **Since 2024:** 960 grades moved (480 towards confirmed, 240 towards refuted, 240 sideways, 0 reopened); 100 claims new since the 2024 review (50 still without a verdict); 240 claims got their first verdict; 1,200 unchanged; 4,000 new evidence items on 2,500 claims.",
    );
    const cited = lines.slice(lines.indexOf("## Evidence cited") + 2).filter((l) => /^\d+\. \[/.test(l));
    expect(cited).toHaveLength(480);
    const data = await getReviewReport(2025);
    if (data === null || data === "open") throw new Error("no report");
    expect(data.entries).toHaveLength(CLAIMS);
    expect(data.previous?.entries).toHaveLength(OLD_CLAIMS);
  });
});

describe("GET /api/reviews/{year} over 2,500 claims", () => {
  const get = (query: string, year = "2025") => callRoute(apiReview, "GET", "/api/reviews/[year]", { params: { year }, query });

  it("answers 50 entries by default, with the total and a cursor", async () => {
    const res = await get("");
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.review.entries).toHaveLength(50);
    expect(body.total).toBe(CLAIMS);
    expect(typeof body.nextCursor).toBe("string");
    expect(body.review).toMatchObject({ year: 2025, status: "completed", previousYear: 2024, changes: r2025.changes, figures: r2025.figures });
  });

  it("walks exactly `total` entries with nextCursor, in claim order, without repeats", async () => {
    for (const [query, expected] of [
      ["limit=500", range(CLAIMS).map(id)],
      ["limit=37&changed=up", where((i) => i < OLD_CLAIMS && (i % 10 === 2 || i % 10 === 7))],
      ["limit=500&grade=none", where((i) => grade2025(i) === null)],
    ] as const) {
      const seen: string[] = [];
      let cursor: string | null = null;
      let total = -1;
      let pages = 0;
      do {
        const res = await get(`?${query}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`);
        expect(res.status, query).toBe(200);
        const body = (await res.json()) as { review: { entries: { predictionId: string }[] }; total: number; nextCursor: string | null };
        total = body.total;
        seen.push(...body.review.entries.map((e) => e.predictionId));
        cursor = body.nextCursor;
        pages += 1;
      } while (cursor);
      expect(total, query).toBe(expected.length);
      expect(seen, query).toEqual(expected);
      expect(new Set(seen).size, query).toBe(seen.length);
      expect(pages, query).toBe(Math.ceil(expected.length / Number(query.match(/limit=(\d+)/)![1])));
    }
  });

  it("refuses bad paging and filters with 400, and an unknown year with 404", async () => {
    for (const query of ["?limit=0", "?limit=501", "?limit=abc", "?cursor=not-a-cursor", "?grade=great", "?changed=maybe"]) {
      const res = await get(query);
      expect(res.status, query).toBe(400);
      expect((await res.json()).error.code, query).toBe("invalid_input");
    }
    // A cursor belongs to its list: one from the "up" filter is refused on the whole list.
    const up = (await (await get("?changed=up&limit=5")).json()).nextCursor as string;
    expect((await get(`?cursor=${encodeURIComponent(up)}`)).status).toBe(400);
    expect((await get("", "1999")).status).toBe(404);
    expect((await get("", "abcd")).status).toBe(404);
  });
});

describe("the state the data was built in", () => {
  it("keeps each claim's current grade in step with its latest verdict", async () => {
    const rows = await prisma.prediction.groupBy({ by: ["currentGrade"], where: { id: { startsWith: "scale-claim-" } }, _count: { _all: true } });
    const counts = Object.fromEntries(rows.map((r) => [r.currentGrade ?? "none", r._count._all]));
    // Claims 1, 11, 21, 31 and 41 got this review's on-track verdict; claim 8s are confirmed since 2025-12-20.
    expect(counts).toEqual({ none: 290, on_track: 770, confirmed: 480, refuted: 240, unfalsifiable: 240, too_early: 240, partly: 240 });
  });
});
