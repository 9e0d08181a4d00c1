// Yearly reviews (lib/db/reviews/review.ts) against a real SQLite database: this file's own
// migrated copy (tests/support/test-database.ts), emptied in FK-safe order before each test.
//
// Dates: openReview, completeReview, reopenReview, reopenClaim and createVerdict take a
// `now`, so most tests run on fixed days. recordReviewVerdict takes none (its verdict is
// dated today), so tests that need a dated verdict inside a review call
// createVerdict(…, { now, reviewId }), which is what recordReviewVerdict does once it has
// checked the review is open. Evidence gets its recordedAt set explicitly after createEvidence.
import { beforeEach, describe, expect, it } from "vitest";
import type { AuditActor } from "@/lib/db/audit";
import { prisma } from "@/lib/db/client";
import { ConflictError, NotFoundError } from "@/lib/db/errors";
import { completeReview, getReview, getReviewClaimContext, getReviewQueue, getReviewReport, listMostNewEvidence, listReviews, listSnapshotEntries, openReview, recordReviewVerdict, reopenReview, type SnapshotListEntry } from "@/lib/db/reviews";
import { reopenClaim } from "@/lib/db/claims";
import { createEvidence } from "@/lib/db/evidence";
import { createVerdict } from "@/lib/db/verdicts";
import type { Grade } from "@/lib/domain";
import { createEvidenceSchema } from "@/lib/validation/evidence";
import { createVerdictSchema } from "@/lib/validation/verdict";
import { CHANGE_RULES } from "@/lib/reviews";
import { seedDatabase, SEED_REVIEW_DAYS } from "@/prisma/seed";
import { ESSAY_CLAIMS } from "@/prisma/seed-data/essay";
import { SEED_VERDICTS } from "@/prisma/seed-data/verdicts";
import { emptyDatabase } from "../support/empty-database";
import { makeClaim, makeSource, uid } from "../support/factories";

/** The people acting in these tests; review events record the actor's label as `by`. */
const ADA: AuditActor = { id: null, label: "Ada" };
const BO: AuditActor = { id: null, label: "Bo" };
const CY: AuditActor = { id: null, label: "Cy" };
const at = (iso: string) => new Date(iso);
const today = () => new Date().toISOString().slice(0, 10);

beforeEach(emptyDatabase);

/** A claim whose statement starts with `label`, so sorting by statement is predictable; due until 2030. */
const claimAt = (sourceId: string, position: number, label: string, madeOn = "2022-05-01") =>
  makeClaim({ sourceId, position, madeOn, statement: `${label} claim ${uid()}`, quote: `${label} will happen.`, horizonTo: 2030 });

async function grade(
  predictionId: string,
  g: Grade,
  now: string,
  o: { credence?: number | null; rationale?: string; reviewId?: string; evidenceIds?: string[] } = {},
) {
  const input = createVerdictSchema.parse({
    grade: g,
    credence: o.credence === undefined ? 0.5 : o.credence,
    rationale: o.rationale ?? `Graded ${g}.`,
    evidenceIds: o.evidenceIds,
  });
  return createVerdict(predictionId, input, ADA, { now: at(now), reviewId: o.reviewId });
}

const verdictInput = (g: Grade, credence: number | null = 0.5) =>
  createVerdictSchema.parse({ grade: g, credence, rationale: `Graded ${g} in the review.` });

/** Logs evidence through the write path, then dates its logging at `recordedAt`. */
async function logEvidence(predictionId: string, recordedAt: string, title = `Evidence ${uid()}`) {
  const e = await createEvidence(
    predictionId,
    createEvidenceSchema.parse({
      title,
      url: `https://example.org/${encodeURIComponent(title)}`,
      observedOn: recordedAt.slice(0, 10),
      stance: "supports",
      strength: "moderate",
      summary: `About ${title}.`,
    }),
    ADA,
  );
  return prisma.evidence.update({ where: { id: e.id }, data: { recordedAt: at(recordedAt) } });
}

async function expectConflict(p: Promise<unknown>, code: string) {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(ConflictError);
  expect((err as ConflictError).code).toBe(code);
}

const counts = async () => ({
  reviews: await prisma.review.count(),
  events: await prisma.reviewEvent.count(),
  entries: await prisma.reviewEntry.count(),
  verdicts: await prisma.verdict.count(),
});

const reviewId = async (year: number) => (await prisma.review.findUniqueOrThrow({ where: { year } })).id;

/** Every entry of a completed review's snapshot, in claim order, as the Markdown report reads them. */
async function entriesOf(year: number) {
  const report = await getReviewReport(year);
  if (report === null || report === "open") throw new Error(`no completed ${year} review`);
  return report.entries;
}

/** Every entry the snapshot's filter selects, walking the pages (two at a time, to walk more than one). */
async function allFiltered(year: number, filter: Parameters<typeof listSnapshotEntries>[0]["filter"]): Promise<SnapshotListEntry[]> {
  const r = (await getReview(year))!;
  const out: SnapshotListEntry[] = [];
  let cursor: string | undefined;
  do {
    const page = await listSnapshotEntries({ review: r, filter, page: { limit: 2, cursor } });
    out.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return out;
}

/** The claims whose grade moved since the previous review, as [claim, from, to, direction]. */
const movedOf = async (year: number) =>
  (await allFiltered(year, { changed: "1" })).map((m) => [m.predictionId, m.previousGrade, m.grade, m.direction]);

// ---------------------------------------------------------------------------------------

describe("openReview", () => {
  it("creates an open review with its opening day and an 'opened' event", async () => {
    const s = await makeSource();
    const a = await claimAt(s.id, 1, "A");
    const b = await claimAt(s.id, 2, "B");
    const c = await claimAt(s.id, 3, "C");
    await grade(b.id, "on_track", "2024-12-15T10:00:00Z");
    await grade(c.id, "confirmed", "2024-12-15T10:00:00Z", { credence: 1 });
    void a;

    const now = at("2025-12-01T09:30:00Z");
    const r = await openReview({ year: 2025 }, ADA, now);

    // In scope: A (never graded) and B (not final); C's confirmed verdict is final.
    expect(r).toEqual({
      id: expect.any(String),
      year: 2025,
      title: "2025 review",
      status: "open",
      openedOn: "2025-12-01",
      completedOn: null,
      graded: 0,
      total: 2,
      hitRate: null,
      isSeeded: false,
    });
    const row = await prisma.review.findUniqueOrThrow({ where: { year: 2025 }, include: { events: true } });
    expect(row).toMatchObject({ status: "open", openSlot: "open", notes: "", figures: null, completedOn: null, isSeeded: false });
    expect(row.openedOn.toISOString()).toBe("2025-12-01T00:00:00.000Z");
    expect(row.events).toEqual([expect.objectContaining({ kind: "opened", by: "Ada", reason: null, at: now })]);

    expect(await listReviews()).toEqual([r]);
    expect(await getReview(2025)).toMatchObject({
      status: "open",
      graded: 0,
      total: 2,
      figures: null,
      previous: null,
      changes: null,
      events: [{ kind: "opened", at: now.toISOString(), by: "Ada", reason: null }],
    });
    // An open review has no snapshot to report yet.
    expect(await getReviewReport(2025)).toBe("open");
  });

  it("keeps the given title exactly, and falls back to '<year> review' for a blank one", async () => {
    expect(await openReview({ year: 2023, title: "  Looking back  ", notes: "First pass." }, ADA, at("2023-12-01T00:00:00Z"))).toMatchObject({
      title: "  Looking back  ",
    });
    expect((await getReview(2023))?.notes).toBe("First pass.");
    await completeReview(2023, ADA, at("2023-12-15T12:00:00Z"));
    expect((await openReview({ year: 2024, title: "   " }, ADA, at("2024-12-01T00:00:00Z"))).title).toBe("2024 review");
  });

  it("refuses a second review for the same year with 'review_exists' and stores nothing", async () => {
    await openReview({ year: 2025 }, ADA, at("2025-12-01T09:00:00Z"));
    const before = await counts();

    await expectConflict(openReview({ year: 2025, title: "Again" }, BO, at("2025-12-02T09:00:00Z")), "review_exists");

    expect(await counts()).toEqual(before);
    expect((await getReview(2025))?.title).toBe("2025 review");
  });

  it("refuses a duplicate year with 'review_exists' after that year's review is completed", async () => {
    await openReview({ year: 2024 }, ADA, at("2024-12-01T09:00:00Z"));
    await completeReview(2024, ADA, at("2024-12-15T12:00:00Z"));
    const before = await counts();

    await expectConflict(openReview({ year: 2024 }, BO), "review_exists");

    expect(await counts()).toEqual(before);
  });

  it("allows only one open review at a time: another year gets 'review_open' and nothing is stored", async () => {
    await openReview({ year: 2025 }, ADA, at("2025-12-01T09:00:00Z"));
    const before = await counts();

    await expectConflict(openReview({ year: 2024 }, BO, at("2025-12-02T09:00:00Z")), "review_open");
    await expectConflict(openReview({ year: 2026 }, BO, at("2026-12-02T09:00:00Z")), "review_open");

    expect(await counts()).toEqual(before);
    expect(await prisma.review.findUnique({ where: { year: 2024 } })).toBeNull();
    expect(await prisma.review.findUnique({ where: { year: 2026 } })).toBeNull();
    expect(await prisma.review.count({ where: { status: "open" } })).toBe(1);

    // Once it is completed, the next one can open.
    await completeReview(2025, ADA, at("2025-12-15T12:00:00Z"));
    expect(await openReview({ year: 2026 }, BO, at("2026-12-01T09:00:00Z"))).toMatchObject({ year: 2026, status: "open" });
  });

  it("lets exactly one of several concurrent openings succeed; the others get a ConflictError", async () => {
    const results = await Promise.allSettled([
      openReview({ year: 2024 }, ADA),
      openReview({ year: 2025 }, BO),
      openReview({ year: 2025 }, CY),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const r of results) {
      if (r.status === "rejected") {
        expect(r.reason).toBeInstanceOf(ConflictError);
        expect(["review_exists", "review_open", "review_conflict"]).toContain((r.reason as ConflictError).code);
      }
    }
    expect(await prisma.review.count()).toBe(1);
    expect(await prisma.reviewEvent.count()).toBe(1);
  });
});

// ---------------------------------------------------------------------------------------

describe("the review queue and recordReviewVerdict", () => {
  async function world() {
    const s = await makeSource();
    const a = await claimAt(s.id, 1, "A"); // never graded
    const b = await claimAt(s.id, 2, "B");
    const c = await claimAt(s.id, 3, "C");
    const d = await claimAt(s.id, 4, "D");
    const e = await claimAt(s.id, 5, "E");
    await grade(b.id, "on_track", "2024-12-15T10:00:00Z");
    await grade(c.id, "confirmed", "2024-12-15T10:00:00Z", { credence: 1 });
    await grade(d.id, "refuted", "2024-12-15T10:00:00Z", { credence: 0 });
    await grade(e.id, "unfalsifiable", "2024-12-15T10:00:00Z", { credence: null });
    const review = await openReview({ year: 2025 }, ADA, at("2025-12-01T09:00:00Z"));
    return { s, a, b, c, d, e, review };
  }

  it("goes through the claims that still need a verdict, in source order, skipping final grades", async () => {
    const { s, a, b, review } = await world();
    const q = await getReviewQueue(2025);
    expect(q.reviewId).toBe(review.id);
    expect(q.items.map((i) => i.id)).toEqual([a.id, b.id]);
    expect(q.items[0]).toEqual({
      id: a.id,
      statement: a.statement,
      quote: "A will happen.",
      section: "Section",
      source: { id: s.id, title: s.title },
      horizon: { from: 2022, to: 2030 },
      impliedCredence: 0.9,
      currentGrade: null,
      isReopened: false,
      gradedInReview: false,
    });
    expect(q.items[1]).toMatchObject({ currentGrade: "on_track", gradedInReview: false });
  });

  it("stores the verdict with the review and marks the claim graded in the queue", async () => {
    const { a, b, review } = await world();
    const v = await recordReviewVerdict(2025, a.id, verdictInput("too_early", 0.6), ADA);

    const row = await prisma.verdict.findUniqueOrThrow({ where: { id: v.id } });
    expect(row).toMatchObject({ predictionId: a.id, reviewId: review.id, grade: "too_early", credence: 0.6, madeBy: "Ada", madeById: null });
    expect(v).toMatchObject({ predictionId: a.id, grade: "too_early", madeOn: today() });
    expect((await prisma.prediction.findUniqueOrThrow({ where: { id: a.id } })).currentGrade).toBe("too_early");

    const q = await getReviewQueue(2025);
    expect(q.items.map((i) => [i.id, i.currentGrade, i.gradedInReview])).toEqual([
      [a.id, "too_early", true],
      [b.id, "on_track", false],
    ]);
    expect(await getReview(2025)).toMatchObject({ graded: 1, total: 2 });
    expect((await listReviews())[0]).toMatchObject({ graded: 1, total: 2 });
  });

  it("keeps a claim graded final in this review in the queue, as graded", async () => {
    const { a, b } = await world();
    await recordReviewVerdict(2025, b.id, verdictInput("confirmed", 1), ADA);
    const q = await getReviewQueue(2025);
    expect(q.items.map((i) => [i.id, i.currentGrade, i.gradedInReview])).toEqual([
      [a.id, null, false],
      [b.id, "confirmed", true],
    ]);
    expect(await getReview(2025)).toMatchObject({ graded: 1, total: 2 });
  });

  it("puts a reopened final claim back in the queue; the next verdict clears the reopening", async () => {
    const { a, b, c, d } = await world();
    await reopenClaim(c.id, "A retraction was published", ADA, at("2025-12-02T10:00:00Z"));

    let row = await prisma.prediction.findUniqueOrThrow({ where: { id: c.id } });
    expect(row.reopenedAt?.toISOString()).toBe("2025-12-02T10:00:00.000Z");
    expect(row.reopenReason).toBe("A retraction was published");
    let q = await getReviewQueue(2025);
    expect(q.items.map((i) => i.id)).toEqual([a.id, b.id, c.id]);
    expect(q.items[2]).toMatchObject({ currentGrade: "confirmed", isReopened: true, gradedInReview: false });
    expect(await getReview(2025)).toMatchObject({ graded: 0, total: 3 });

    await recordReviewVerdict(2025, c.id, verdictInput("refuted", 0), ADA);
    row = await prisma.prediction.findUniqueOrThrow({ where: { id: c.id } });
    expect(row).toMatchObject({ currentGrade: "refuted", reopenedAt: null, reopenReason: null });
    q = await getReviewQueue(2025);
    // Still listed in this review, as graded; no longer reopened.
    expect(q.items.map((i) => [i.id, i.isReopened, i.gradedInReview])).toEqual([
      [a.id, false, false],
      [b.id, false, false],
      [c.id, false, true],
    ]);
    expect(q.items.map((i) => i.id)).not.toContain(d.id);

    // The next review does not ask for it again: its new verdict is final.
    await completeReview(2025, ADA);
    await openReview({ year: 2026 }, ADA);
    expect((await getReviewQueue(2026)).items.map((i) => i.id)).toEqual([a.id, b.id]);
  });

  it("reports unknown reviews and claims, storing nothing", async () => {
    const { a } = await world();
    const before = await counts();
    await expect(recordReviewVerdict(1999, a.id, verdictInput("on_track"), ADA)).rejects.toBeInstanceOf(NotFoundError);
    await expect(recordReviewVerdict(2025, "no-such-claim", verdictInput("on_track"), ADA)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getReviewQueue(1999)).rejects.toBeInstanceOf(NotFoundError);
    await expect(reopenClaim("no-such-claim", "Why not", ADA)).rejects.toBeInstanceOf(NotFoundError);
    expect(await counts()).toEqual(before);
  });
});

// ---------------------------------------------------------------------------------------

describe("completeReview", () => {
  /** Four claims, one review for 2025 with two verdicts recorded in it. */
  async function world() {
    const s = await makeSource();
    const a = await claimAt(s.id, 1, "A");
    const b = await claimAt(s.id, 2, "B");
    const c = await claimAt(s.id, 3, "C"); // settled before the review: out of its scope
    const d = await claimAt(s.id, 4, "D"); // never graded
    const eA1 = await logEvidence(a.id, "2024-03-01T10:00:00Z", "A first");
    const eA2 = await logEvidence(a.id, "2025-06-01T10:00:00Z", "A second");
    await logEvidence(b.id, "2025-07-01T10:00:00Z", "B only");
    await logEvidence(b.id, "2025-12-20T10:00:00Z", "B after completion"); // logged after the review's moment
    await grade(a.id, "on_track", "2024-12-15T10:00:00Z", { credence: 0.8 });
    await grade(b.id, "too_early", "2024-12-15T10:00:00Z");
    await grade(c.id, "confirmed", "2024-12-15T10:00:00Z", { credence: 1, rationale: "It happened." });
    const review = await openReview({ year: 2025, notes: "Yearly pass." }, ADA, at("2025-12-01T09:00:00Z"));
    await grade(a.id, "partly", "2025-12-10T10:00:00Z", {
      credence: 0.55,
      rationale: "Half of it happened. The rest did not.",
      reviewId: review.id,
      evidenceIds: [eA1.id, eA2.id],
    });
    await grade(b.id, "off_track", "2025-12-11T10:00:00Z", { credence: 0.3, rationale: "Stalled.", reviewId: review.id });
    return { s, a, b, c, d, review };
  }

  it("freezes each claim's verdict, credence and rationale, and the scorecard figures", async () => {
    const { a, b, c, d, review } = await world();
    const sealed = await completeReview(2025, ADA, at("2025-12-15T18:00:00Z"));
    const done = (await getReview(2025))!;
    // Completing answers with the seal only; the page reads the rest.
    expect(sealed).toEqual({ id: review.id, year: 2025, completedOn: "2025-12-15T18:00:00.000Z", hash: done.hash, previousHash: done.previousHash });

    expect(done).toMatchObject({
      id: review.id,
      year: 2025,
      status: "completed",
      openedOn: "2025-12-01",
      completedOn: "2025-12-15",
      graded: 2,
      total: 3, // A, B and D are in scope; C was settled before the review
      hitRate: 0.75,
      notes: "Yearly pass.",
      previous: null,
    });
    expect(done.figures).toEqual({
      total: 4, // every claim is in the frozen scorecard
      inScope: 3,
      graded: 2,
      byVerdict: { confirmed: 1, partly: 1, on_track: 0, too_early: 0, off_track: 1, refuted: 0, unfalsifiable: 0 },
      ungraded: 1,
      hitRate: { rate: 0.75, graded: 2, points: 1.5 },
    });
    expect(done.events.map((e) => [e.kind, e.at, e.by])).toEqual([
      ["opened", "2025-12-01T09:00:00.000Z", "Ada"],
      ["completed", "2025-12-15T18:00:00.000Z", "Ada"],
    ]);

    // One entry per claim, in source order, as of the moment of completion.
    const entries = await entriesOf(2025);
    const byId = (id: string) => entries.find((e) => e.predictionId === id)!;
    expect(entries.map((e) => e.predictionId)).toEqual([a.id, b.id, c.id, d.id]);
    expect({ ...byId(a.id), citedEvidence: [...byId(a.id).citedEvidence].sort((x, y) => x.title.localeCompare(y.title)) }).toEqual({
      predictionId: a.id,
      statement: a.statement,
      quote: "A will happen.",
      grade: "partly",
      credence: 0.55,
      rationale: "Half of it happened. The rest did not.",
      verdictOn: "2025-12-10",
      evidenceCount: 2,
      newEvidenceCount: 2, // no earlier review: all evidence up to completion is new
      citedEvidence: [
        { title: "A first", url: "https://example.org/A%20first" },
        { title: "A second", url: "https://example.org/A%20second" },
      ],
    });
    expect(byId(b.id)).toMatchObject({ grade: "off_track", credence: 0.3, rationale: "Stalled.", verdictOn: "2025-12-11", evidenceCount: 1, newEvidenceCount: 1, citedEvidence: [] });
    expect(byId(c.id)).toMatchObject({ grade: "confirmed", credence: 1, rationale: "It happened.", verdictOn: "2024-12-15" });
    expect(byId(d.id)).toMatchObject({ grade: null, credence: null, rationale: null, verdictOn: null, evidenceCount: 0, newEvidenceCount: 0, citedEvidence: [] });

    // With no previous review nothing "moved"; every claim counts as unchanged, and all the
    // evidence logged up to completion is new. The counts are frozen with the figures.
    const changes = {
      rules: CHANGE_RULES,
      previousYear: null,
      up: 0,
      down: 0,
      changed: 0,
      reopened: 0,
      first: 0,
      new: 0,
      newWithoutVerdict: 0,
      unchanged: 4,
      newEvidence: { items: 3, claims: 2 },
      mostNewEvidence: [
        { predictionId: a.id, statement: a.statement, count: 2 },
        { predictionId: b.id, statement: b.statement, count: 1 },
      ],
    };
    expect(done.changes).toEqual(changes);
    expect(JSON.parse((await prisma.review.findUniqueOrThrow({ where: { year: 2025 } })).figures!).changes).toEqual(changes);
    expect(await movedOf(2025)).toEqual([]);
    // The paged table agrees with the report, row for row.
    expect(await allFiltered(2025, {})).toEqual(entries.map((e) => ({ ...e, inPrevious: false, previousGrade: null, direction: "same" })));

    const row = await prisma.review.findUniqueOrThrow({ where: { year: 2025 } });
    expect(row).toMatchObject({ status: "completed", openSlot: null });
    // completedOn keeps the exact moment the snapshot was frozen.
    expect(row.completedOn?.toISOString()).toBe("2025-12-15T18:00:00.000Z");
    expect(await prisma.reviewEntry.count({ where: { reviewId: review.id } })).toBe(4);
    expect(await getReview(2025)).toEqual(done);
  });

  it("never changes afterwards: edits, new verdicts, new evidence and new claims leave it as it was", async () => {
    const { s, a, b, d } = await world();
    await completeReview(2025, ADA, at("2025-12-15T18:00:00Z"));
    const detail = await getReview(2025);
    const report = await getReviewReport(2025);
    const list = await listReviews();
    const rows = await prisma.reviewEntry.findMany({ orderBy: { id: "asc" } });
    const stored = await prisma.review.findUniqueOrThrow({ where: { year: 2025 } });

    await prisma.prediction.update({ where: { id: a.id }, data: { statement: "Edited statement", quote: "Edited quote." } });
    await prisma.prediction.update({ where: { id: b.id }, data: { statement: "Another edit" } });
    const e = await logEvidence(a.id, "2026-01-05T10:00:00Z", "A later");
    await grade(a.id, "confirmed", "2026-01-10T10:00:00Z", { credence: 1, evidenceIds: [e.id] });
    await grade(d.id, "on_track", "2026-01-11T10:00:00Z");
    await logEvidence(b.id, "2026-02-01T10:00:00Z");
    await claimAt(s.id, 5, "E", "2026-01-01");

    expect(await getReview(2025)).toEqual(detail);
    expect(await getReviewReport(2025)).toEqual(report);
    expect((await entriesOf(2025)).find((x) => x.predictionId === a.id)).toMatchObject({ statement: a.statement, grade: "partly" });
    expect(await listReviews()).toEqual(list);
    expect(await prisma.reviewEntry.findMany({ orderBy: { id: "asc" } })).toEqual(rows);
    expect(await prisma.review.findUniqueOrThrow({ where: { year: 2025 } })).toEqual(stored);
  });

  it("refuses verdicts and a second completion once completed, storing nothing", async () => {
    const { b } = await world();
    await completeReview(2025, ADA, at("2025-12-15T18:00:00Z"));
    const detail = await getReview(2025);
    const before = await counts();

    await expectConflict(recordReviewVerdict(2025, b.id, verdictInput("confirmed", 1), ADA), "review_completed");
    await expectConflict(completeReview(2025, BO, at("2025-12-20T10:00:00Z")), "review_completed");

    expect(await counts()).toEqual(before);
    expect(await getReview(2025)).toEqual(detail);
    expect((await prisma.prediction.findUniqueOrThrow({ where: { id: b.id } })).currentGrade).toBe("off_track");
  });

  it("reports an unknown year", async () => {
    await expect(completeReview(1999, ADA)).rejects.toBeInstanceOf(NotFoundError);
  });
});

// ---------------------------------------------------------------------------------------

describe("reopenReview", () => {
  async function world() {
    const s = await makeSource();
    const a = await claimAt(s.id, 1, "A");
    const b = await claimAt(s.id, 2, "B");
    const r2024 = await openReview({ year: 2024 }, ADA, at("2024-12-01T09:00:00Z"));
    await grade(a.id, "on_track", "2024-12-10T10:00:00Z", { credence: 0.7, reviewId: r2024.id });
    await completeReview(2024, ADA, at("2024-12-15T12:00:00Z"));
    return { a, b, r2024 };
  }

  it("requires a completed review", async () => {
    await world();
    await openReview({ year: 2025 }, ADA, at("2025-12-01T09:00:00Z"));
    const before = await counts();
    await expectConflict(reopenReview(2025, "Why not", BO), "review_open");
    await expect(reopenReview(1999, "Why not", BO)).rejects.toBeInstanceOf(NotFoundError);
    expect(await counts()).toEqual(before);
  });

  it("fails with 'review_open' while another review is open, changing nothing", async () => {
    await world();
    await openReview({ year: 2025 }, ADA, at("2025-12-01T09:00:00Z"));
    const before = await getReview(2024);
    const n = await counts();

    await expectConflict(reopenReview(2024, "A grade was entered by mistake", BO, at("2025-12-05T09:00:00Z")), "review_open");

    expect(await getReview(2024)).toEqual(before);
    expect(await counts()).toEqual(n);
  });

  it("is explicit and recorded with its reason; completing again re-freezes, with the later verdicts", async () => {
    const { a, b, r2024 } = await world();
    await grade(b.id, "too_early", "2025-03-01T10:00:00Z"); // made outside any review, after completion
    expect((await entriesOf(2024)).map((e) => [e.predictionId, e.grade])).toEqual([
      [a.id, "on_track"],
      [b.id, null],
    ]);

    const reopened = await reopenReview(2024, "A grade was entered by mistake", BO, at("2025-04-01T09:00:00Z"));
    expect(reopened).toMatchObject({ id: r2024.id, year: 2024, status: "open" });
    const row = await prisma.review.findUniqueOrThrow({ where: { year: 2024 } });
    expect(row).toMatchObject({ status: "open", openSlot: "open" });
    const open = await getReview(2024);
    expect(open?.status).toBe("open");
    // The seal the completion made is the one the reopening set aside (lib/db/reviews/chain.ts).
    const sealed = open?.events[1]?.hash;
    expect(sealed).toMatch(/^[0-9a-f]{64}$/);
    expect(open?.events).toEqual([
      { kind: "opened", at: "2024-12-01T09:00:00.000Z", by: "Ada", reason: null, hash: null },
      { kind: "completed", at: "2024-12-15T12:00:00.000Z", by: "Ada", reason: null, hash: sealed },
      { kind: "reopened", at: "2025-04-01T09:00:00.000Z", by: "Bo", reason: "A grade was entered by mistake", hash: sealed },
    ]);

    // Only one review open at a time, reopened ones included.
    await expectConflict(openReview({ year: 2025 }, ADA, at("2025-04-02T09:00:00Z")), "review_open");

    // A reopened review takes verdicts again; completing it freezes a new snapshot.
    const v = await recordReviewVerdict(2024, a.id, verdictInput("confirmed", 1), BO);
    expect(await prisma.verdict.findUniqueOrThrow({ where: { id: v.id } })).toMatchObject({ reviewId: r2024.id, madeBy: "Bo" });
    const now = new Date(); // recordReviewVerdict dates its verdict today
    await completeReview(2024, BO, now);
    const refrozen = (await getReview(2024))!;
    // graded counts claims with a verdict recorded in this review: A only (B's was made outside it).
    expect(refrozen).toMatchObject({ status: "completed", completedOn: today(), graded: 1, total: 2 });
    expect((await entriesOf(2024)).map((e) => [e.predictionId, e.grade, e.verdictOn])).toEqual([
      [a.id, "confirmed", today()],
      [b.id, "too_early", "2025-03-01"],
    ]);
    expect(refrozen.figures?.byVerdict).toMatchObject({ confirmed: 1, too_early: 1, on_track: 0 });
    expect(refrozen.events.map((e) => [e.kind, e.by])).toEqual([
      ["opened", "Ada"],
      ["completed", "Ada"],
      ["reopened", "Bo"],
      ["completed", "Bo"],
    ]);
    expect(await prisma.reviewEntry.count({ where: { reviewId: r2024.id } })).toBe(2);
    expect(await prisma.review.count({ where: { status: "open" } })).toBe(0);
  });
});

// ---------------------------------------------------------------------------------------

describe("changes between two completed reviews", () => {
  /**
   * 2024 review completed 2024-12-15 12:00 UTC, 2025 review completed 2025-12-15 12:00 UTC.
   *   A: on_track → confirmed (up)     B: on_track → off_track (down)
   *   C: too_early → unfalsifiable     D: too_early → too_early      G: on_track → on_track
   *   E: ungraded → too_early (first)  F: made in 2025, not in the 2024 review (new)
   */
  async function world() {
    const s1 = await makeSource({ publishedOn: "2022-05-01" });
    const s2 = await makeSource({ publishedOn: "2025-03-01" });
    const [a, b, c, d, e, g] = await Promise.all(["A", "B", "C", "D", "E", "G"].map((l, i) => claimAt(s1.id, i + 1, l)));
    for (const x of [a, b, c, d]) await grade(x.id, "too_early", "2023-12-15T10:00:00Z");
    await grade(g.id, "on_track", "2023-12-15T10:00:00Z");

    await logEvidence(a.id, "2024-06-01T10:00:00Z");
    await logEvidence(d.id, "2024-12-10T10:00:00Z");
    const r2024 = await openReview({ year: 2024 }, ADA, at("2024-12-01T09:00:00Z"));
    await grade(a.id, "on_track", "2024-12-10T10:00:00Z", { reviewId: r2024.id });
    await grade(b.id, "on_track", "2024-12-10T10:00:00Z", { reviewId: r2024.id });
    await completeReview(2024, ADA, at("2024-12-15T12:00:00Z"));

    const f = await claimAt(s2.id, 1, "F", "2025-03-01"); // added after the 2024 review
    await logEvidence(a.id, "2025-02-01T10:00:00Z");
    await logEvidence(a.id, "2025-11-30T10:00:00Z");
    await logEvidence(b.id, "2025-05-05T10:00:00Z");
    await logEvidence(f.id, "2025-04-01T10:00:00Z");
    await logEvidence(a.id, "2025-12-20T10:00:00Z"); // after the 2025 completion moment
    const r2025 = await openReview({ year: 2025 }, ADA, at("2025-12-01T09:00:00Z"));
    await grade(a.id, "confirmed", "2025-12-10T10:00:00Z", { credence: 1, reviewId: r2025.id });
    await grade(b.id, "off_track", "2025-12-10T10:00:00Z", { reviewId: r2025.id });
    await grade(c.id, "unfalsifiable", "2025-12-10T10:00:00Z", { credence: null, reviewId: r2025.id });
    await grade(e.id, "too_early", "2025-12-10T10:00:00Z", { reviewId: r2025.id });
    await grade(f.id, "on_track", "2025-12-10T10:00:00Z", { reviewId: r2025.id });
    await completeReview(2025, ADA, at("2025-12-15T12:00:00Z"));
    return { a, b, c, d, e, f, g };
  }

  it("lists the claims whose grade moved since the previous review, with both grades and the direction", async () => {
    const { a, b, c, d, e, f, g } = await world();
    const r = (await getReview(2025))!;

    expect(r.previous).toEqual({ id: await reviewId(2024), year: 2024 });
    const report = await getReviewReport(2025);
    if (report === null || report === "open") throw new Error("no report");
    expect(report.previous?.entries.map((x) => x.predictionId)).toEqual([a.id, b.id, c.id, d.id, e.id, g.id]);
    expect(report.entries.map((x) => x.predictionId)).toEqual([a.id, b.id, c.id, d.id, e.id, g.id, f.id]);
    // Grade moves only: E's first verdict and the new claim F are groups of their own.
    expect(await movedOf(2025)).toEqual([
      [a.id, "on_track", "confirmed", "up"],
      [b.id, "on_track", "off_track", "down"],
      [c.id, "too_early", "unfalsifiable", "changed"],
    ]);
    const [first] = await allFiltered(2025, { changed: "1" });
    expect(first).toEqual({
      predictionId: a.id,
      statement: a.statement,
      quote: "A will happen.",
      grade: "confirmed",
      credence: 1,
      rationale: "Graded confirmed.",
      verdictOn: "2025-12-10",
      evidenceCount: 3,
      newEvidenceCount: 2,
      citedEvidence: [],
      inPrevious: true,
      previousGrade: "on_track",
      direction: "up",
    });
    // F was not in the 2024 review at all; E was, without a grade.
    expect((await allFiltered(2025, { changed: "new" })).map((m) => [m.predictionId, m.inPrevious, m.direction])).toEqual([[f.id, false, "new"]]);
    expect((await allFiltered(2025, { changed: "first" })).map((m) => [m.predictionId, m.inPrevious, m.direction])).toEqual([[e.id, true, "first"]]);

    // Each direction on its own, as the summary's links filter them.
    const ids = async (filter: Parameters<typeof allFiltered>[1]) => (await allFiltered(2025, filter)).map((m) => m.predictionId);
    expect(await ids({ changed: "up" })).toEqual([a.id]);
    expect(await ids({ changed: "down" })).toEqual([b.id]);
    expect(await ids({ changed: "changed" })).toEqual([c.id]);
    expect(await ids({ changed: "reopened" })).toEqual([]);
    // By verdict, alone and with a move.
    expect(await ids({ grade: "too_early" })).toEqual([d.id, e.id]);
    expect(await ids({ grade: "too_early", changed: "1" })).toEqual([]);
    expect(await ids({ grade: "too_early", changed: "first" })).toEqual([e.id]);
    expect(await ids({ grade: "none" })).toEqual([]);
    expect(await ids({})).toEqual([a.id, b.id, c.id, d.id, e.id, g.id, f.id]);
    expect((await allFiltered(2024, { grade: "none" })).map((m) => m.predictionId)).toEqual([e.id]);
    // The first review has nothing to compare with: nothing moved.
    expect(await allFiltered(2024, { changed: "1" })).toEqual([]);

    // The summary counts the same moves, frozen at completion.
    expect(r.changes).toEqual({
      rules: CHANGE_RULES,
      previousYear: 2024,
      up: 1,
      down: 1,
      changed: 1,
      reopened: 0,
      first: 1,
      new: 1,
      newWithoutVerdict: 0,
      unchanged: 2,
      newEvidence: { items: 4, claims: 3 },
      mostNewEvidence: await listMostNewEvidence(r.id, 10),
    });
  });

  it("counts the evidence logged between the two completions, per claim", async () => {
    const { a, b, d, f } = await world();
    const r = (await getReview(2025))!;
    expect(await listMostNewEvidence(r.id, 10)).toEqual([
      { predictionId: a.id, statement: a.statement, count: 2 },
      { predictionId: b.id, statement: b.statement, count: 1 },
      { predictionId: f.id, statement: f.statement, count: 1 },
    ]);
    expect(await listMostNewEvidence(r.id, 1)).toEqual([{ predictionId: a.id, statement: a.statement, count: 2 }]);
    const entries = await entriesOf(2025);
    const entry = (id: string) => entries.find((x) => x.predictionId === id)!;
    expect([entry(a.id).evidenceCount, entry(a.id).newEvidenceCount]).toEqual([3, 2]); // the 2025-12-20 item came later
    expect([entry(d.id).evidenceCount, entry(d.id).newEvidenceCount]).toEqual([1, 0]);

    // The first review has no previous one: nothing moved, and all its evidence was new.
    const first = (await getReview(2024))!;
    expect(first.previous).toBeNull();
    const leaders = [
      { predictionId: a.id, statement: a.statement, count: 1 },
      { predictionId: d.id, statement: d.statement, count: 1 },
    ];
    expect(await listMostNewEvidence(first.id, 10)).toEqual(leaders);
    expect(first.changes).toEqual({
      rules: CHANGE_RULES,
      previousYear: null,
      up: 0,
      down: 0,
      changed: 0,
      reopened: 0,
      first: 0,
      new: 0,
      newWithoutVerdict: 0,
      unchanged: 6,
      newEvidence: { items: 2, claims: 2 },
      mostNewEvidence: leaders,
    });
  });

  it("reads a review frozen before its counts and order were stored: counts in SQL, claim order by join", async () => {
    const { a, b, c, d, e, f, g } = await world();
    const r = (await getReview(2025))!;
    expect(r.isOrderFrozen).toBe(true);
    const moved = await movedOf(2025);
    const report = await getReviewReport(2025);
    const row = await prisma.review.findUniqueOrThrow({ where: { year: 2025 } });
    const { changes, entryOrder, ...older } = JSON.parse(row.figures!);
    expect(entryOrder).toBe("id");
    await prisma.review.update({ where: { year: 2025 }, data: { figures: JSON.stringify(older) } });
    // Entry ids of that time were random, so the order cannot come from them.
    const entries = await prisma.reviewEntry.findMany({ where: { reviewId: r.id }, orderBy: { id: "desc" } });
    await prisma.reviewEntry.deleteMany({ where: { reviewId: r.id } });
    await prisma.reviewEntry.createMany({ data: entries.map((x, i) => ({ ...x, id: `legacy-${i}` })) });

    expect(await getReview(2025)).toEqual({ ...r, isOrderFrozen: false });
    expect((await getReview(2025))!.changes).toEqual(changes);
    expect(await allFiltered(2025, {}).then((x) => x.map((m) => m.predictionId))).toEqual([a.id, b.id, c.id, d.id, e.id, g.id, f.id]);
    expect(await movedOf(2025)).toEqual(moved);
    expect(await getReviewReport(2025)).toEqual(report);
  });

  it("shows a regrade that takes a claim out of the hit rate as reopened, in the rows, the filter and the counts", async () => {
    const s = await makeSource();
    const [h, k] = await Promise.all(["H", "K"].map((l, i) => claimAt(s.id, i + 1, l)));
    const r2024 = await openReview({ year: 2024 }, ADA, at("2024-12-01T09:00:00Z"));
    await grade(h.id, "partly", "2024-12-10T10:00:00Z", { reviewId: r2024.id });
    await grade(k.id, "on_track", "2024-12-10T10:00:00Z", { reviewId: r2024.id });
    await completeReview(2024, ADA, at("2024-12-15T12:00:00Z"));
    const nClaim = await claimAt(s.id, 3, "N", "2025-03-01"); // added after the 2024 review, never graded
    const r2025 = await openReview({ year: 2025 }, ADA, at("2025-12-01T09:00:00Z"));
    // Partly true is final: H is out of the 2025 queue until someone reopens it.
    expect((await getReviewQueue(2025)).items.map((x) => x.id)).toEqual([k.id, nClaim.id]);
    await reopenClaim(h.id, "Settled too soon", BO, at("2025-12-02T09:00:00Z"));
    expect((await getReviewQueue(2025)).items.map((x) => x.id)).toEqual([h.id, k.id, nClaim.id]);
    await grade(h.id, "on_track", "2025-12-10T10:00:00Z", { reviewId: r2025.id });
    await completeReview(2025, ADA, at("2025-12-15T12:00:00Z"));

    const r = (await getReview(2025))!;
    // The hit rate went from ½ (H partly) to none at all, and nothing moved "down".
    expect((await getReview(2024))!.figures!.hitRate).toEqual({ rate: 0.5, graded: 1, points: 0.5 });
    expect(r.figures!.hitRate).toEqual({ rate: null, graded: 0, points: 0 });
    expect(await movedOf(2025)).toEqual([[h.id, "partly", "on_track", "reopened"]]);
    expect((await allFiltered(2025, { changed: "reopened" })).map((m) => m.predictionId)).toEqual([h.id]);
    expect(await allFiltered(2025, { changed: "down" })).toEqual([]);
    expect((await allFiltered(2025, { changed: "new" })).map((m) => m.predictionId)).toEqual([nClaim.id]);
    expect(r.changes).toMatchObject({ up: 0, down: 0, changed: 0, reopened: 1, first: 0, new: 1, newWithoutVerdict: 1, unchanged: 1 });
    expect(r.digest?.changes).toMatchObject({ moved: 1, reopened: 1, newClaims: 1, newClaimsWithoutVerdict: 1, unchanged: 1 });
    expect(r.digest?.claims).toEqual({ inSnapshot: 3, needingVerdict: 3, graded: 1, carriedOver: 2 });
  });

  it("keeps the 2025 figures as they stood at its completion", async () => {
    await world();
    const r = (await getReview(2025))!;
    expect(r.figures).toEqual({
      total: 7,
      inScope: 7,
      graded: 5,
      byVerdict: { confirmed: 1, partly: 0, on_track: 2, too_early: 2, off_track: 1, refuted: 0, unfalsifiable: 1 },
      ungraded: 0,
      hitRate: { rate: 1, graded: 1, points: 1 },
    });
    expect((await listReviews()).map((x) => [x.year, x.status, x.graded, x.total])).toEqual([
      [2025, "completed", 5, 7],
      [2024, "completed", 2, 6],
    ]);
  });
});

// ---------------------------------------------------------------------------------------

describe("getReviewClaimContext", () => {
  it("splits evidence at the previous review's completion and gives the verdict before this review", async () => {
    const s = await makeSource();
    const a = await claimAt(s.id, 1, "A");
    const b = await claimAt(s.id, 2, "B");
    await grade(a.id, "too_early", "2023-12-15T10:00:00Z", { credence: 0.6, rationale: "Nothing yet." });
    const e1 = await logEvidence(a.id, "2024-06-01T10:00:00Z", "e1");
    const e2 = await logEvidence(a.id, "2024-12-14T10:00:00Z", "e2");
    const e3 = await logEvidence(a.id, "2025-03-01T10:00:00Z", "e3");
    const e4 = await logEvidence(a.id, "2025-12-05T10:00:00Z", "e4");

    // While the first review is open there is no earlier one: all evidence is new.
    const r2024 = await openReview({ year: 2024 }, ADA, at("2024-12-01T09:00:00Z"));
    const first = await getReviewClaimContext(2024, r2024.id, a.id);
    expect(first.lastReview).toBeNull();
    expect(first.older).toEqual({ items: [], total: 0 });
    expect(first.sinceLastReview.items.map((e) => e.id)).toEqual([e4.id, e3.id, e2.id, e1.id]);
    expect(first.sinceLastReview.total).toBe(4);
    expect(first.previous).toEqual({ grade: "too_early", credence: 0.6, madeOn: "2023-12-15", rationale: "Nothing yet." });

    await grade(a.id, "on_track", "2024-12-10T10:00:00Z", { credence: 0.7, rationale: "Looks good.", reviewId: r2024.id });
    // The review's own verdict is not "previous" for that review.
    expect((await getReviewClaimContext(2024, r2024.id, a.id)).previous?.madeOn).toBe("2023-12-15");
    await completeReview(2024, ADA, at("2024-12-15T12:00:00Z"));

    const r2025 = await openReview({ year: 2025 }, ADA, at("2025-12-01T09:00:00Z"));
    await grade(a.id, "confirmed", "2025-12-10T10:00:00Z", { credence: 1, reviewId: r2025.id });
    const ctx = await getReviewClaimContext(2025, r2025.id, a.id);

    expect(ctx.lastReview).toEqual({ year: 2024, completedOn: "2024-12-15" });
    expect(ctx.previous).toEqual({ grade: "on_track", credence: 0.7, madeOn: "2024-12-10", rationale: "Looks good." });
    expect(ctx.sinceLastReview.items.map((e) => e.id)).toEqual([e4.id, e3.id]);
    expect(ctx.older.items.map((e) => e.id)).toEqual([e2.id, e1.id]);
    expect([ctx.sinceLastReview.total, ctx.older.total]).toEqual([2, 2]);
    expect(ctx.sinceLastReview.items[1]).toEqual({
      id: e3.id,
      title: "e3",
      url: "https://example.org/e3",
      observedOn: "2025-03-01",
      recordedAt: "2025-03-01T10:00:00.000Z",
      stance: "supports",
      summary: "About e3.",
    });

    // A claim whose only verdict is this review's has no previous verdict.
    await grade(b.id, "on_track", "2025-12-10T10:00:00Z", { reviewId: r2025.id });
    expect(await getReviewClaimContext(2025, r2025.id, b.id)).toEqual({
      previous: null,
      sinceLastReview: { items: [], total: 0 },
      older: { items: [], total: 0 },
      lastReview: { year: 2024, completedOn: "2024-12-15" },
    });
  });

  // The previous review is cut off at the moment it was completed (completedOn keeps that
  // moment), not at the end of its completion day: evidence logged later that same day was
  // not in the completed snapshot, so the next review counts it as new, and the next guided
  // review files it under "since the last review", not under "older".
  it("counts evidence logged after a completion, later that same day, as new in the next review", async () => {
    const s = await makeSource();
    const a = await claimAt(s.id, 1, "A");
    await openReview({ year: 2024 }, ADA, at("2024-12-01T09:00:00Z"));
    await completeReview(2024, ADA, at("2024-12-15T09:00:00Z"));
    const evening = await logEvidence(a.id, "2024-12-15T20:00:00Z", "Logged that evening");

    const r2025 = await openReview({ year: 2025 }, ADA, at("2025-12-01T09:00:00Z"));
    const ctx = await getReviewClaimContext(2025, r2025.id, a.id);
    expect(ctx.sinceLastReview.items.map((e) => e.id), "guided review: logged since the last review").toEqual([evening.id]);
    expect(ctx.older).toEqual({ items: [], total: 0 });
    expect(ctx.lastReview).toEqual({ year: 2024, completedOn: "2024-12-15" });

    await completeReview(2025, ADA, at("2025-12-15T09:00:00Z"));
    const done = (await getReview(2025))!;
    const before = (await entriesOf(2024))[0];
    expect(before.newEvidenceCount).toBe(0); // logged after the 2024 snapshot was taken
    expect((await entriesOf(2025))[0].newEvidenceCount, "2025 snapshot: new evidence since 2024").toBe(1);
    expect(done.changes?.newEvidence).toEqual({ items: 1, claims: 1 });
    expect((await prisma.review.findUniqueOrThrow({ where: { year: 2024 } })).completedOn?.toISOString()).toBe("2024-12-15T09:00:00.000Z");
  });
});

// ---------------------------------------------------------------------------------------

describe("seeded reviews", () => {
  it("seedDatabase on an empty database creates completed, seeded reviews for 2023, 2024 and 2025", async () => {
    const result = await seedDatabase(prisma);
    expect(result.reviews).toBe(3);

    const reviews = await prisma.review.findMany({ orderBy: { year: "asc" }, include: { events: { orderBy: { at: "asc" } } } });
    expect(reviews.map((r) => r.year)).toEqual([2023, 2024, 2025]);
    expect(SEED_REVIEW_DAYS).toEqual(["2023-12-15", "2024-12-15", "2025-12-15"]);

    const claims = await prisma.prediction.findMany({ select: { id: true, seedKey: true } });
    expect(claims).toHaveLength(ESSAY_CLAIMS.length);
    const idOf = new Map(claims.map((c) => [c.seedKey!, c.id]));

    for (const [i, r] of reviews.entries()) {
      const day = SEED_REVIEW_DAYS[i];
      expect(r, day).toMatchObject({ status: "completed", isSeeded: true, openSlot: null, title: `${r.year} review` });
      expect(r.completedOn?.toISOString()).toBe(`${day}T23:59:59.999Z`);
      expect(r.figures).not.toBeNull();
      expect(r.events.map((e) => e.kind)).toEqual(["opened", "completed"]);

      // That day's verdicts are attached to the review, and only those.
      const dayVerdicts = await prisma.verdict.findMany({ where: { reviewId: r.id } });
      expect(dayVerdicts.length, day).toBe(SEED_VERDICTS.filter((v) => v.madeOn === day).length);
      expect(dayVerdicts.length, day).toBeGreaterThan(0);
      for (const v of dayVerdicts) expect(v.madeOn.toISOString()).toBe(`${day}T00:00:00.000Z`);
      expect(await prisma.verdict.count({ where: { isSeeded: true, madeOn: new Date(`${day}T00:00:00Z`), reviewId: null } })).toBe(0);

      // One entry per claim, graded as the seed data had it on that day.
      const entries = await prisma.reviewEntry.findMany({ where: { reviewId: r.id } });
      expect(entries).toHaveLength(ESSAY_CLAIMS.length);
      for (const c of ESSAY_CLAIMS) {
        const history = SEED_VERDICTS.filter((v) => v.claimKey === c.seedKey && v.madeOn <= day).sort((x, y) => x.madeOn.localeCompare(y.madeOn));
        const latest = history.at(-1);
        const en = entries.find((e) => e.predictionId === idOf.get(c.seedKey))!;
        expect(en, `${day} ${c.seedKey}`).toBeDefined();
        expect([en.grade, en.credence], `${day} ${c.seedKey}`).toEqual([latest?.grade ?? null, latest ? (latest.credence ?? null) : null]);
        if (latest?.madeOn === day) expect(dayVerdicts.map((v) => v.id), `${day} ${c.seedKey}`).toContain(en.verdictId);
      }
    }
    // The first look (before any review) belongs to no review.
    expect(await prisma.verdict.count({ where: { isSeeded: true, madeOn: new Date("2022-11-15T00:00:00Z"), reviewId: { not: null } } })).toBe(0);

    const list = await listReviews();
    expect(list.map((r) => [r.year, r.status, r.isSeeded, r.completedOn])).toEqual([
      [2025, "completed", true, "2025-12-15"],
      [2024, "completed", true, "2024-12-15"],
      [2023, "completed", true, "2023-12-15"],
    ]);
    for (const r of list) {
      const graded = new Set(SEED_VERDICTS.filter((v) => v.madeOn === `${r.year}-12-15`).map((v) => v.claimKey)).size;
      expect(r.graded, String(r.year)).toBe(graded);
      expect(r.total, String(r.year)).toBeGreaterThanOrEqual(graded);
      expect(r.total, String(r.year)).toBeLessThanOrEqual(ESSAY_CLAIMS.length);
    }

    // Year over year: the 2025 review reports the grades that moved since 2024.
    const r2025 = (await getReview(2025))!;
    expect(r2025.previous?.year).toBe(2024);
    const gradeOn = (key: string, day: string) =>
      SEED_VERDICTS.filter((v) => v.claimKey === key && v.madeOn <= day).sort((x, y) => x.madeOn.localeCompare(y.madeOn)).at(-1)?.grade ?? null;
    const expectedMoved = ESSAY_CLAIMS.filter((c) => gradeOn(c.seedKey, "2024-12-15") !== gradeOn(c.seedKey, "2025-12-15")).map((c) => idOf.get(c.seedKey));
    expect(new Set((await movedOf(2025)).map(([id]) => id))).toEqual(new Set(expectedMoved));
    expect(expectedMoved.length).toBeGreaterThan(0);
    const c = r2025.changes!;
    expect(c.up + c.down + c.changed + c.new).toBe(expectedMoved.length);
    expect(c.unchanged).toBe(ESSAY_CLAIMS.length - expectedMoved.length);

    // Seeding leaves no review open: this year's can start.
    expect(await prisma.review.count({ where: { status: "open" } })).toBe(0);
    await expectConflict(openReview({ year: 2025 }, ADA), "review_exists");
  });
});
