import { describe, expect, it } from "vitest";
import { FINAL_GRADES, GRADES, type Grade } from "./domain";
import {
  DIRECTION_LABELS,
  GRADE_RANK,
  CHANGE_RULES,
  STALE_AFTER_DAYS,
  changesFromEntries,
  diffReviews,
  dueFlags,
  lastLookedAt,
  figuresFromCounts,
  figuresOf,
  movedCount,
  parseStoredFigures,
  summarizeChanges,
  gradeDirection,
  isFinal,
  needsReview,
  shortQuote,
  type DueInput,
  type SnapshotEntry,
} from "./reviews";

/** A snapshot entry with sensible defaults; `id` doubles as the statement unless given. */
function entry(id: string, grade: Grade | null, over: Partial<SnapshotEntry> = {}): SnapshotEntry {
  return {
    predictionId: id,
    statement: `Statement ${id}`,
    quote: `Quote ${id}`,
    grade,
    credence: null,
    rationale: null,
    verdictOn: null,
    evidenceCount: 0,
    newEvidenceCount: 0,
    citedEvidence: [],
    ...over,
  };
}

describe("figuresOf", () => {
  it("counts every grade, the ungraded claims and the total", () => {
    const f = figuresOf([
      { grade: "confirmed" },
      { grade: "confirmed" },
      { grade: "partly" },
      { grade: "on_track" },
      { grade: "unfalsifiable" },
      { grade: null },
      { grade: null },
    ]);
    expect(f.total).toBe(7);
    expect(f.ungraded).toBe(2);
    expect(f.byVerdict).toEqual({
      confirmed: 2,
      partly: 1,
      on_track: 1,
      too_early: 0,
      off_track: 0,
      refuted: 0,
      unfalsifiable: 1,
    });
  });

  it("always lists every grade, even at zero", () => {
    const f = figuresOf([]);
    expect(Object.keys(f.byVerdict).sort()).toEqual([...GRADES].sort());
    expect(Object.values(f.byVerdict).every((n) => n === 0)).toBe(true);
    expect(f).toMatchObject({ total: 0, ungraded: 0, hitRate: { rate: null, graded: 0, points: 0 } });
  });

  it("computes the hit rate from settled grades only (confirmed 1, partly ½, refuted 0)", () => {
    // graded = confirmed 2 + partly 1 + refuted 1 = 4; points = 2 + 0.5 + 0 = 2.5; rate = 0.625
    const f = figuresOf([
      { grade: "confirmed" },
      { grade: "confirmed" },
      { grade: "partly" },
      { grade: "refuted" },
      { grade: "on_track" },
      { grade: "too_early" },
      { grade: "off_track" },
      { grade: "unfalsifiable" },
      { grade: null },
    ]);
    expect(f.hitRate).toEqual({ rate: 0.625, graded: 4, points: 2.5 });
  });

  it("has no hit rate when nothing is settled", () => {
    expect(figuresOf([{ grade: "on_track" }, { grade: null }]).hitRate).toEqual({ rate: null, graded: 0, points: 0 });
  });
});

describe("isFinal / needsReview", () => {
  it("treats confirmed, partly, refuted and unfalsifiable as final (PARTLY_RULE), and nothing else", () => {
    for (const g of GRADES) expect(isFinal(g), g).toBe(FINAL_GRADES.includes(g));
    expect(FINAL_GRADES).toEqual(["confirmed", "partly", "refuted", "unfalsifiable"]);
    expect(isFinal(null)).toBe(false);
  });

  it("skips claims with a final grade unless they were reopened", () => {
    for (const g of ["confirmed", "partly", "refuted", "unfalsifiable"] as const) {
      expect(needsReview({ currentGrade: g, isReopened: false }), g).toBe(false);
      expect(needsReview({ currentGrade: g, isReopened: true }), g).toBe(true);
    }
  });

  it("asks for a verdict on interim grades and on claims never graded", () => {
    for (const g of ["on_track", "too_early", "off_track"] as const) {
      expect(needsReview({ currentGrade: g, isReopened: false }), g).toBe(true);
    }
    expect(needsReview({ currentGrade: null, isReopened: false })).toBe(true);
    expect(needsReview({ currentGrade: null, isReopened: true })).toBe(true);
  });
});

describe("gradeDirection", () => {
  it("orders grades from refuted up to confirmed, leaving unfalsifiable off the scale", () => {
    expect(GRADE_RANK).toEqual({ refuted: 0, off_track: 1, too_early: 2, on_track: 3, partly: 4, confirmed: 5 });
    expect(GRADE_RANK.unfalsifiable).toBeUndefined();
  });

  it("is 'up' towards confirmed and 'down' towards refuted", () => {
    expect(gradeDirection("too_early", "on_track")).toBe("up");
    expect(gradeDirection("on_track", "confirmed")).toBe("up");
    expect(gradeDirection("refuted", "confirmed")).toBe("up");
    expect(gradeDirection("partly", "confirmed")).toBe("up");
    expect(gradeDirection("on_track", "partly")).toBe("up");
    expect(gradeDirection("on_track", "off_track")).toBe("down");
    expect(gradeDirection("too_early", "refuted")).toBe("down");
    expect(gradeDirection("confirmed", "partly")).toBe("down");
  });

  it("is 'same' for an unchanged grade, including two ungraded snapshots", () => {
    for (const g of GRADES) expect(gradeDirection(g, g), g).toBe("same");
    expect(gradeDirection(null, null)).toBe("same");
  });

  it("is 'first' when the claim had no grade in the previous review", () => {
    expect(gradeDirection(null, "on_track")).toBe("first");
    expect(gradeDirection(null, "unfalsifiable")).toBe("first");
  });

  it("is 'reopened', never 'down', when a settled claim leaves the hit rate", () => {
    // The case: Partly true → On track lowered the rank yet raised the hit rate.
    expect(gradeDirection("partly", "on_track")).toBe("reopened");
    expect(gradeDirection("confirmed", "too_early")).toBe("reopened");
    expect(gradeDirection("refuted", "off_track")).toBe("reopened");
    expect(gradeDirection("confirmed", "unfalsifiable")).toBe("reopened");
    expect(gradeDirection("partly", null)).toBe("reopened");
    // Between settled grades it is still a direction.
    expect(gradeDirection("confirmed", "partly")).toBe("down");
    expect(gradeDirection("refuted", "partly")).toBe("up");
  });

  it("is 'changed' for other moves to or from unfalsifiable, and for an interim grade that disappears", () => {
    expect(gradeDirection("on_track", "unfalsifiable")).toBe("changed");
    expect(gradeDirection("unfalsifiable", "confirmed")).toBe("changed");
    expect(gradeDirection("unfalsifiable", "refuted")).toBe("changed");
    expect(gradeDirection("on_track", null)).toBe("changed");
  });

  it("has a label for every direction", () => {
    expect(Object.keys(DIRECTION_LABELS).sort()).toEqual(["changed", "down", "first", "new", "reopened", "same", "up"]);
  });
});

describe("diffReviews", () => {
  const previous = [
    entry("a", "on_track"),
    entry("b", "on_track"),
    entry("c", "too_early"),
    entry("d", "too_early"),
    entry("e", null),
    entry("f", "on_track"),
  ];
  const current = [
    entry("a", "confirmed", { newEvidenceCount: 2 }),
    entry("b", "off_track", { newEvidenceCount: 1 }),
    entry("c", "unfalsifiable"),
    entry("d", "too_early", { newEvidenceCount: 3 }),
    entry("e", "too_early"),
    entry("f", "on_track"),
    entry("g", "on_track", { newEvidenceCount: 1 }), // not in the previous snapshot
  ];

  it("lists each claim whose grade moved, with both grades and the direction, in snapshot order", () => {
    const { moved } = diffReviews(previous, current);
    expect(moved.map((m) => [m.predictionId, m.from, m.to, m.direction])).toEqual([
      ["a", "on_track", "confirmed", "up"],
      ["b", "on_track", "off_track", "down"],
      ["c", "too_early", "unfalsifiable", "changed"],
      ["e", null, "too_early", "first"],
      ["g", null, "on_track", "new"],
    ]);
  });

  it("carries the current statement, quote and new-evidence count on each move", () => {
    const a = diffReviews(previous, current).moved[0];
    expect(a).toEqual({
      predictionId: "a",
      statement: "Statement a",
      quote: "Quote a",
      from: "on_track",
      to: "confirmed",
      direction: "up",
      newEvidenceCount: 2,
    });
  });

  it("counts the claims whose grade did not move", () => {
    expect(diffReviews(previous, current).unchangedCount).toBe(2); // d and f
  });

  it("reports a claim missing from the previous snapshot as new, even when it is still ungraded", () => {
    const { moved, unchangedCount } = diffReviews([entry("a", "on_track")], [entry("a", "on_track"), entry("z", null)]);
    expect(moved).toEqual([expect.objectContaining({ predictionId: "z", from: null, to: null, direction: "new" })]);
    expect(unchangedCount).toBe(1);
  });

  it("ignores claims that were in the previous snapshot but are gone from this one", () => {
    const { moved, unchangedCount } = diffReviews([entry("a", "on_track"), entry("gone", "confirmed")], [entry("a", "on_track")]);
    expect(moved).toEqual([]);
    expect(unchangedCount).toBe(1);
  });

  it("with no previous review, moves nothing and counts every claim as unchanged", () => {
    const { moved, unchangedCount, newEvidence } = diffReviews(null, current);
    expect(moved).toEqual([]);
    expect(unchangedCount).toBe(current.length);
    // New evidence is still reported: with no earlier review, everything logged is new.
    expect(newEvidence.map((e) => e.predictionId)).toEqual(["d", "a", "b", "g"]);
  });

  it("treats an empty previous snapshot as a previous review in which every claim is new", () => {
    const { moved, unchangedCount } = diffReviews([], [entry("a", "on_track"), entry("b", null)]);
    expect(moved.map((m) => [m.predictionId, m.direction])).toEqual([
      ["a", "new"],
      ["b", "new"],
    ]);
    expect(unchangedCount).toBe(0);
  });

  it("lists new evidence per claim, most first, ties by statement, leaving out claims with none", () => {
    const { newEvidence } = diffReviews(previous, current);
    expect(newEvidence).toEqual([
      { predictionId: "d", statement: "Statement d", count: 3 },
      { predictionId: "a", statement: "Statement a", count: 2 },
      { predictionId: "b", statement: "Statement b", count: 1 },
      { predictionId: "g", statement: "Statement g", count: 1 },
    ]);
    const ties = diffReviews(null, [
      entry("1", null, { statement: "Zebra", newEvidenceCount: 1 }),
      entry("2", null, { statement: "apple", newEvidenceCount: 1 }),
      entry("3", null, { statement: "Mango", newEvidenceCount: 4 }),
    ]).newEvidence;
    expect(ties.map((t) => t.statement)).toEqual(["Mango", "apple", "Zebra"]);
  });

  it("does not change its inputs", () => {
    const before = structuredClone({ previous, current });
    diffReviews(previous, current);
    expect({ previous, current }).toEqual(before);
  });
});

describe("figuresFromCounts", () => {
  it("gives the same figures as counting the entries one by one", () => {
    const grades: (Grade | null)[] = ["confirmed", "confirmed", "partly", "refuted", "on_track", null, null, "unfalsifiable"];
    const counts = new Map<Grade | null, number>();
    for (const g of grades) counts.set(g, (counts.get(g) ?? 0) + 1);
    expect(figuresFromCounts([...counts].map(([grade, count]) => ({ grade, count })))).toEqual(figuresOf(grades.map((grade) => ({ grade }))));
    expect(figuresFromCounts([{ grade: "confirmed", count: 3 }, { grade: null, count: 2 }])).toMatchObject({ total: 5, ungraded: 2, hitRate: { rate: 1, graded: 3, points: 3 } });
  });
});

describe("summarizeChanges", () => {
  // The same two snapshots as diffReviews above, grouped as SQL groups them.
  const groups = (previousGrades: Map<string, Grade | null>, current: SnapshotEntry[]) => {
    const out = new Map<string, Parameters<typeof summarizeChanges>[0][number]>();
    for (const e of current) {
      const inPrevious = previousGrades.has(e.predictionId);
      const from = previousGrades.get(e.predictionId) ?? null;
      const key = `${from}|${e.grade}|${inPrevious}`;
      const g = out.get(key) ?? { from, to: e.grade, inPrevious, count: 0, newEvidenceItems: 0, claimsWithNewEvidence: 0 };
      g.count += 1;
      g.newEvidenceItems += e.newEvidenceCount;
      g.claimsWithNewEvidence += e.newEvidenceCount > 0 ? 1 : 0;
      out.set(key, g);
    }
    return [...out.values()];
  };

  it("counts each direction exactly as diffReviews lists the moves", () => {
    const previous = [entry("a", "on_track"), entry("b", "on_track"), entry("c", "too_early"), entry("d", "too_early"), entry("e", null), entry("f", "on_track")];
    const current = [
      entry("a", "confirmed", { newEvidenceCount: 2 }),
      entry("b", "off_track", { newEvidenceCount: 1 }),
      entry("c", "unfalsifiable"),
      entry("d", "too_early", { newEvidenceCount: 3 }),
      entry("e", "too_early"),
      entry("f", null),
      entry("g", "on_track", { newEvidenceCount: 1 }),
    ];
    const summary = summarizeChanges(groups(new Map(previous.map((e) => [e.predictionId, e.grade])), current), 2024);
    const diff = diffReviews(previous, current);
    const count = (d: string) => diff.moved.filter((m) => m.direction === d).length;
    expect(summary).toEqual({
      rules: CHANGE_RULES,
      previousYear: 2024,
      up: count("up"),
      down: count("down"),
      changed: count("changed"),
      reopened: count("reopened"),
      first: count("first"),
      new: count("new"),
      newWithoutVerdict: 0,
      unchanged: diff.unchangedCount,
      newEvidence: { items: 7, claims: 4 },
      mostNewEvidence: [],
    });
    expect(summary).toMatchObject({ up: 1, down: 1, changed: 2, reopened: 0, first: 1, new: 1, unchanged: 1 });
    // New claims and first verdicts are their own groups, not grade moves.
    expect(movedCount(summary)).toBe(diff.moved.filter((m) => m.direction !== "new" && m.direction !== "first").length);
    expect(changesFromEntries({ year: 2024, entries: previous }, current)).toEqual({
      ...summary,
      mostNewEvidence: [
        { predictionId: "d", statement: "Statement d", count: 3 },
        { predictionId: "a", statement: "Statement a", count: 2 },
        { predictionId: "b", statement: "Statement b", count: 1 },
        { predictionId: "g", statement: "Statement g", count: 1 },
      ],
    });
  });

  it("counts a regrade out of the hit rate as reopened, and a new ungraded claim as new without a verdict", () => {
    const previous = [entry("p", "partly"), entry("c", "confirmed"), entry("r", "refuted")];
    const current = [entry("p", "on_track"), entry("c", "confirmed"), entry("r", "off_track"), entry("n", null), entry("m", "too_early")];
    const summary = changesFromEntries({ year: 2024, entries: previous }, current);
    expect(summary).toMatchObject({ up: 0, down: 0, changed: 0, reopened: 2, first: 0, new: 2, newWithoutVerdict: 1, unchanged: 1 });
    expect(movedCount(summary)).toBe(2);
    // Reopening both took them out of the hit rate: it rose from ½ (1.5 of 3) to 1 (1 of 1), yet nothing moved "down".
    expect(figuresOf(previous).hitRate.rate).toBe(0.5);
    expect(figuresOf(current).hitRate.rate).toBe(1);
  });

  it("with no previous review counts every claim as unchanged", () => {
    const summary = summarizeChanges([{ from: null, to: "confirmed", inPrevious: false, count: 4, newEvidenceItems: 5, claimsWithNewEvidence: 2 }], null);
    expect(summary).toEqual({
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
      newEvidence: { items: 5, claims: 2 },
      mostNewEvidence: [],
    });
  });
});

describe("parseStoredFigures", () => {
  const base = { total: 3, byVerdict: {}, ungraded: 0, hitRate: { rate: null, graded: 0, points: 0 } };

  it("reads figures frozen before inScope and changes existed", () => {
    expect(parseStoredFigures(JSON.stringify(base))).toEqual({ figures: { ...base, inScope: 3 }, changes: null, isOrderFrozen: false });
    expect(parseStoredFigures(null)).toBeNull();
  });

  it("splits the frozen changes and entry order off the figures", () => {
    const changes = {
      rules: CHANGE_RULES,
      previousYear: 2024,
      up: 1,
      down: 0,
      changed: 0,
      reopened: 0,
      first: 0,
      new: 0,
      newWithoutVerdict: 0,
      unchanged: 2,
      newEvidence: { items: 1, claims: 1 },
      mostNewEvidence: [{ predictionId: "a", statement: "A", count: 1 }],
    };
    expect(parseStoredFigures(JSON.stringify({ ...base, inScope: 2, graded: 1, changes, entryOrder: "id" }))).toEqual({
      figures: { ...base, inScope: 2, graded: 1 },
      changes,
      isOrderFrozen: true,
    });
    // Counts frozen without their leaders are left for the caller to count again, whole.
    const { mostNewEvidence: _, ...withoutLeaders } = changes;
    expect(parseStoredFigures(JSON.stringify({ ...base, changes: withoutLeaders }))?.changes).toBeNull();
    // So are counts frozen under the earlier rules (no `rules`, partly not final, no "reopened").
    const { rules: _r, reopened: _o, first: _f, newWithoutVerdict: _n, ...earlier } = changes;
    expect(parseStoredFigures(JSON.stringify({ ...base, changes: earlier }))?.changes).toBeNull();
  });
});

describe("dueFlags", () => {
  const claim = (over: Partial<DueInput> = {}): DueInput => ({
    currentGrade: "on_track",
    currentVerdictOn: "2024-12-15",
    horizonTo: 2030,
    createdOn: "2022-05-01",
    lastReviewedOn: null,
    ...over,
  });

  it("is stale only after more than 365 days since the claim was last looked at", () => {
    expect(STALE_AFTER_DAYS).toBe(365);
    // 2024-12-15 + 365 days = 2025-12-15.
    expect(dueFlags(claim(), "2025-12-15").isStale).toBe(false);
    expect(dueFlags(claim(), "2025-12-16").isStale).toBe(true);
    expect(dueFlags(claim(), "2025-06-01").isStale).toBe(false);
  });

  it("counts real days across a leap year", () => {
    // 2024 is a leap year: 2024-01-01 + 365 days = 2024-12-31.
    expect(dueFlags(claim({ currentVerdictOn: "2024-01-01" }), "2024-12-31").isStale).toBe(false);
    expect(dueFlags(claim({ currentVerdictOn: "2024-01-01" }), "2025-01-01").isStale).toBe(true);
  });

  it("counts from the latest of the claim's creation, its last verdict and the last review that included it", () => {
    expect(lastLookedAt({ createdOn: "2022-05-01", currentVerdictOn: "2023-12-15", lastReviewedOn: "2024-12-16" })).toBe("2024-12-16");
    expect(lastLookedAt({ createdOn: "2025-03-01", currentVerdictOn: "2023-12-15", lastReviewedOn: null })).toBe("2025-03-01");
    expect(lastLookedAt({ createdOn: "2022-05-01", currentVerdictOn: null, lastReviewedOn: null })).toBe("2022-05-01");
    // A review that included the claim (even one that skipped it) restarts the count.
    const skipped = claim({ currentVerdictOn: "2023-12-15", lastReviewedOn: "2025-12-20" });
    expect(dueFlags(skipped, "2026-06-01").isStale).toBe(false);
    expect(dueFlags(skipped, "2026-12-21").isStale).toBe(true);
    // A claim added to the tracker recently is not stale, however old its verdict's date.
    expect(dueFlags(claim({ currentVerdictOn: "2022-06-01", createdOn: "2026-05-30" }), "2026-06-01").isStale).toBe(false);
  });

  it("calls a claim with no verdict new, needing a first verdict, and never stale", () => {
    const fresh = claim({ currentGrade: null, currentVerdictOn: null, createdOn: "2026-06-01" });
    expect(dueFlags(fresh, "2026-06-01")).toEqual({ isNew: true, isStale: false, isReadyForFinal: false });
    const old = claim({ currentGrade: null, currentVerdictOn: null, createdOn: "2022-05-01" });
    expect(dueFlags(old, "2026-06-01")).toEqual({ isNew: true, isStale: false, isReadyForFinal: false });
    expect(dueFlags(claim(), "2025-01-01").isNew).toBe(false);
  });

  it("never flags a claim with a final verdict, partly true included", () => {
    for (const g of ["confirmed", "partly", "refuted", "unfalsifiable"] as const) {
      expect(dueFlags(claim({ currentGrade: g, currentVerdictOn: "2020-01-01", horizonTo: 2021 }), "2026-06-01"), g).toEqual({
        isNew: false,
        isStale: false,
        isReadyForFinal: false,
      });
    }
  });

  it("is ready for a final verdict only once the horizon's last year has ended", () => {
    const c = claim({ horizonTo: 2025, currentVerdictOn: "2025-12-15" });
    expect(dueFlags(c, "2025-06-01").isReadyForFinal).toBe(false);
    expect(dueFlags(c, "2025-12-31").isReadyForFinal).toBe(false);
    expect(dueFlags(c, "2026-01-01").isReadyForFinal).toBe(true);
  });

  it("flags an ungraded claim past its horizon as new and ready for a final verdict", () => {
    expect(dueFlags(claim({ currentGrade: null, currentVerdictOn: null, horizonTo: 2023 }), "2024-01-01")).toEqual({
      isNew: true,
      isStale: false,
      isReadyForFinal: true,
    });
  });
});

describe("shortQuote", () => {
  it("leaves short text unchanged", () => {
    expect(shortQuote("AI will write most code.")).toBe("AI will write most code.");
    const exactly90 = "x".repeat(90);
    expect(shortQuote(exactly90)).toBe(exactly90);
  });

  it("collapses whitespace and trims", () => {
    expect(shortQuote("  Models\n will   read\timages.  ")).toBe("Models will read images.");
  });

  it("cuts long text at a word boundary and adds an ellipsis, within the limit", () => {
    const text =
      "Within a few years, large multimodal models will routinely read images and reply with images in the same conversation, as easily as text.";
    const out = shortQuote(text);
    expect(out).toBe("Within a few years, large multimodal models will routinely read images and reply with…");
    expect(out.length).toBeLessThanOrEqual(90);
    expect(text.startsWith(out.slice(0, -1))).toBe(true);
  });

  it("honours a custom limit", () => {
    expect(shortQuote("one two three four five six", 12)).toBe("one two…");
    expect(shortQuote("one two three four five six", 12).length).toBeLessThanOrEqual(12);
  });

  it("cuts mid-word when there is no space in the second half", () => {
    const out = shortQuote(`ab ${"c".repeat(100)}`, 20);
    expect(out).toBe(`ab ${"c".repeat(16)}…`);
    expect(out).toHaveLength(20);
  });

  it("collapses whitespace before measuring", () => {
    const spaced = `${"word ".repeat(10).trim().split(" ").join("     ")}`; // 10 words, long only with the spaces
    expect(shortQuote(spaced, 60)).toBe("word ".repeat(10).trim());
  });
});
