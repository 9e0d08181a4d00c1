import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { GRADES } from "./domain";
import {
  changesByPeriod,
  diffGradeChanges,
  gradeChangesOf,
  monthStartOf,
  quarterEndOf,
  verdictMixFromDeltas,
  HIT_POINTS,
  buildTimeline,
  computeHitRate,
  evidenceBalanceOverTime,
  evidenceLean,
  quarterEnds,
  quarterLabel,
  rollUpGrade,
  verdictMixOverTime,
  type ClaimPoint,
  type VerdictPoint,
} from "./scoring";

describe("computeHitRate", () => {
  it("scores confirmed 1, partly ½, refuted 0 and ignores interim grades (worked example)", () => {
    // graded = 2 + 1 + 1 = 4; points = 2×1 + 1×½ + 1×0 = 2.5; rate = 2.5 / 4 = 0.625
    const r = computeHitRate({
      confirmed: 2,
      partly: 1,
      refuted: 1,
      on_track: 5,
      too_early: 3,
      unfalsifiable: 1,
      off_track: 2,
    });
    expect(r).toEqual({ graded: 4, points: 2.5, rate: 0.625 });
  });

  it("has no rate when nothing is graded", () => {
    expect(computeHitRate({})).toEqual({ graded: 0, points: 0, rate: null });
    expect(computeHitRate({ on_track: 4, too_early: 2, off_track: 1, unfalsifiable: 3 })).toEqual({
      graded: 0,
      points: 0,
      rate: null,
    });
  });

  it("rates claims that are only partly true at one half", () => {
    expect(computeHitRate({ partly: 3 })).toEqual({ graded: 3, points: 1.5, rate: 0.5 });
  });

  it("rates all-confirmed as 1 and all-refuted as 0", () => {
    expect(computeHitRate({ confirmed: 7 }).rate).toBe(1);
    expect(computeHitRate({ refuted: 2 })).toEqual({ graded: 2, points: 0, rate: 0 });
  });

  it("ignores zero and negative counts", () => {
    expect(computeHitRate({ confirmed: 0, refuted: -3, partly: 2 })).toEqual({ graded: 2, points: 1, rate: 0.5 });
  });

  it("only the three settled grades carry points", () => {
    expect(Object.keys(HIT_POINTS).sort()).toEqual(["confirmed", "partly", "refuted"]);
  });
});

describe("quarterEnds", () => {
  it("starts with the end of the quarter containing the start day", () => {
    expect(quarterEnds("2022-05-01", "2022-12-15")).toEqual(["2022-06-30", "2022-09-30", "2022-12-31"]);
  });

  it("rolls over into the next year", () => {
    expect(quarterEnds("2022-11-15", "2023-05-02")).toEqual(["2022-12-31", "2023-03-31", "2023-06-30"]);
  });

  it("returns one quarter end when start and end fall in the same quarter", () => {
    expect(quarterEnds("2023-04-01", "2023-06-30")).toEqual(["2023-06-30"]);
    expect(quarterEnds("2024-01-10", "2024-01-10")).toEqual(["2024-03-31"]);
  });

  it("returns nothing when the end is before the start quarter", () => {
    expect(quarterEnds("2023-07-01", "2023-03-01")).toEqual([]);
  });

  it("uses the real last day of each quarter's final month", () => {
    expect(quarterEnds("2024-01-01", "2024-12-31")).toEqual(["2024-03-31", "2024-06-30", "2024-09-30", "2024-12-31"]);
  });
});

describe("quarterLabel", () => {
  it("names a quarter end as YYYY Qn", () => {
    expect(quarterLabel("2022-06-30")).toBe("2022 Q2");
    expect(quarterLabel("2023-03-31")).toBe("2023 Q1");
    expect(quarterLabel("2023-09-30")).toBe("2023 Q3");
    expect(quarterLabel("2024-12-31")).toBe("2024 Q4");
  });
});

describe("verdictMixOverTime", () => {
  const zeroMix = Object.fromEntries(GRADES.map((g) => [g, 0]));

  it("counts each claim's latest verdict on or before each quarter end", () => {
    const claims: ClaimPoint[] = [
      { id: "a", madeOn: "2022-05-01" },
      { id: "b", madeOn: "2022-05-01" },
    ];
    const verdicts: VerdictPoint[] = [
      // Given out of order on purpose.
      { predictionId: "a", grade: "on_track", madeOn: "2022-08-15" },
      { predictionId: "a", grade: "too_early", madeOn: "2022-06-01" },
      { predictionId: "b", grade: "confirmed", madeOn: "2022-12-31" },
    ];
    const rows = verdictMixOverTime(claims, verdicts, "2022-05-01", "2023-02-10");
    expect(rows.map((r) => r.period)).toEqual(["2022 Q2", "2022 Q3", "2022 Q4", "2023 Q1"]);
    expect(rows[0]).toEqual({ ...zeroMix, period: "2022 Q2", asOf: "2022-06-30", ungraded: 1, too_early: 1 });
    expect(rows[1]).toEqual({ ...zeroMix, period: "2022 Q3", asOf: "2022-09-30", ungraded: 1, on_track: 1 });
    // A verdict dated exactly on the quarter end counts in that quarter.
    expect(rows[2]).toEqual({ ...zeroMix, period: "2022 Q4", asOf: "2022-12-31", ungraded: 0, on_track: 1, confirmed: 1 });
  });

  it("leaves out claims made after a quarter end", () => {
    const claims: ClaimPoint[] = [
      { id: "early", madeOn: "2022-05-01" },
      { id: "late", madeOn: "2022-07-01" },
    ];
    const rows = verdictMixOverTime(claims, [], "2022-05-01", "2022-08-01");
    expect(rows[0].ungraded).toBe(1);
    expect(rows[1].ungraded).toBe(2);
  });

  it("ignores verdicts dated after the quarter end", () => {
    const claims: ClaimPoint[] = [{ id: "a", madeOn: "2022-05-01" }];
    const rows = verdictMixOverTime(
      claims,
      [{ predictionId: "a", grade: "refuted", madeOn: "2022-07-01" }],
      "2022-05-01",
      "2022-09-01",
    );
    expect(rows[0]).toMatchObject({ asOf: "2022-06-30", ungraded: 1, refuted: 0 });
    expect(rows[1]).toMatchObject({ ungraded: 0, refuted: 1 });
  });

  it("dates the last row today, not the future quarter end, and counts today's verdicts", () => {
    const claims: ClaimPoint[] = [
      { id: "a", madeOn: "2022-05-01" },
      { id: "b", madeOn: "2023-02-10" },
      { id: "future", madeOn: "2023-03-01" },
    ];
    const verdicts: VerdictPoint[] = [
      { predictionId: "a", grade: "partly", madeOn: "2023-02-10" },
      { predictionId: "b", grade: "confirmed", madeOn: "2023-03-15" },
    ];
    const rows = verdictMixOverTime(claims, verdicts, "2022-05-01", "2023-02-10");
    const last = rows[rows.length - 1];
    expect(last.period).toBe("2023 Q1");
    expect(last.asOf).toBe("2023-02-10");
    expect(last).toMatchObject({ partly: 1, ungraded: 1, confirmed: 0 });
    // Every claim counted once per row: the claim made after today is not in any row.
    for (const r of rows) {
      const total = r.ungraded + GRADES.reduce((s, g) => s + r[g], 0);
      expect(total).toBeLessThanOrEqual(2);
    }
  });

  it("counts each claim once per quarter even with several verdicts", () => {
    const claims: ClaimPoint[] = [{ id: "a", madeOn: "2022-05-01" }];
    const verdicts: VerdictPoint[] = [
      { predictionId: "a", grade: "too_early", madeOn: "2022-05-02" },
      { predictionId: "a", grade: "on_track", madeOn: "2022-05-03" },
      { predictionId: "a", grade: "confirmed", madeOn: "2022-05-04" },
    ];
    const [row] = verdictMixOverTime(claims, verdicts, "2022-05-01", "2022-06-01");
    expect(row).toEqual({ ...zeroMix, period: "2022 Q2", asOf: "2022-06-01", ungraded: 0, confirmed: 1 });
  });
});

describe("evidenceBalanceOverTime", () => {
  it("returns nothing for no evidence", () => {
    expect(evidenceBalanceOverTime([])).toEqual([]);
  });

  it("keeps running totals by month, fills gap months and nets supports against contradicts", () => {
    const rows = evidenceBalanceOverTime([
      { day: "2023-04-02", stance: "contradicts", count: 1 },
      { day: "2023-01-15", stance: "supports", count: 2 },
      { day: "2023-01-20", stance: "mixed", count: 1 },
      { day: "2023-01-31", stance: "supports", count: 1 },
      { day: "2023-04-30", stance: "contradicts", count: 3 },
    ]);
    expect(rows).toEqual([
      { period: "2023-01", supports: 3, contradicts: 0, mixed: 1, net: 3 },
      { period: "2023-02", supports: 3, contradicts: 0, mixed: 1, net: 3 },
      { period: "2023-03", supports: 3, contradicts: 0, mixed: 1, net: 3 },
      { period: "2023-04", supports: 3, contradicts: 4, mixed: 1, net: -1 },
    ]);
  });

  it("fills months across a year boundary", () => {
    const rows = evidenceBalanceOverTime([
      { day: "2022-11-05", stance: "supports", count: 1 },
      { day: "2023-02-05", stance: "supports", count: 1 },
    ]);
    expect(rows.map((r) => r.period)).toEqual(["2022-11", "2022-12", "2023-01", "2023-02"]);
    expect(rows.map((r) => r.net)).toEqual([1, 1, 1, 2]);
  });

  it("mixed evidence does not move the net", () => {
    const rows = evidenceBalanceOverTime([{ day: "2024-06-01", stance: "mixed", count: 5 }]);
    expect(rows).toEqual([{ period: "2024-06", supports: 0, contradicts: 0, mixed: 5, net: 0 }]);
  });
});

describe("evidenceLean", () => {
  it("reads the net lean of a claim's evidence", () => {
    expect(evidenceLean({ supports: 0, contradicts: 0, mixed: 0 })).toBe("none");
    expect(evidenceLean({ supports: 2, contradicts: 1, mixed: 0 })).toBe("supports");
    expect(evidenceLean({ supports: 1, contradicts: 3, mixed: 5 })).toBe("contradicts");
    expect(evidenceLean({ supports: 2, contradicts: 2, mixed: 0 })).toBe("balanced");
    expect(evidenceLean({ supports: 0, contradicts: 0, mixed: 2 })).toBe("balanced");
  });
});

describe("buildTimeline", () => {
  it("plots supports above the axis weighted by strength, contradicts below, mixed on it", () => {
    const points = buildTimeline(
      [
        { id: "e1", title: "Strong support", observedOn: "2023-03-01", stance: "supports", strength: "strong" },
        { id: "e2", title: "Weak support", observedOn: "2023-01-01", stance: "supports", strength: "weak" },
        { id: "e3", title: "Moderate contra", observedOn: "2023-02-01", stance: "contradicts", strength: "moderate" },
        { id: "e4", title: "Mixed", observedOn: "2023-04-01", stance: "mixed", strength: "strong" },
      ],
      [],
    );
    expect(points.map((p) => [p.date, p.evidence, p.stance, p.evidenceTitle])).toEqual([
      ["2023-01-01", 1, "supports", "Weak support"],
      ["2023-02-01", -2, "contradicts", "Moderate contra"],
      ["2023-03-01", 3, "supports", "Strong support"],
      ["2023-04-01", 0, "mixed", "Mixed"],
    ]);
  });

  it("gives verdict points a grade, and a credence only when there is one", () => {
    const points = buildTimeline(
      [],
      [
        { id: "v1", grade: "too_early", credence: null, madeOn: "2022-06-01" },
        { id: "v2", grade: "on_track", credence: 0.8, madeOn: "2023-06-01" },
        { id: "v3", grade: "refuted", credence: 0, madeOn: "2024-06-01" },
      ],
    );
    expect(points).toHaveLength(3);
    expect(points[0]).toMatchObject({ date: "2022-06-01", grade: "too_early" });
    expect(points[0]).not.toHaveProperty("credence");
    expect(points[0]).not.toHaveProperty("evidence");
    expect(points[1]).toMatchObject({ date: "2023-06-01", grade: "on_track", credence: 0.8 });
    // A credence of 0 is a real value, not "missing".
    expect(points[2]).toMatchObject({ grade: "refuted", credence: 0 });
  });

  it("merges evidence and verdicts sorted by date with a day-number axis", () => {
    const points = buildTimeline(
      [
        { id: "e1", title: "B", observedOn: "2023-05-10", stance: "supports", strength: "moderate" },
        { id: "e2", title: "A", observedOn: "1970-01-02", stance: "contradicts", strength: "weak" },
      ],
      [
        { id: "v1", grade: "confirmed", credence: 0.95, madeOn: "2023-12-31" },
        { id: "v2", grade: "too_early", credence: null, madeOn: "2023-01-01" },
      ],
    );
    expect(points.map((p) => p.date)).toEqual(["1970-01-02", "2023-01-01", "2023-05-10", "2023-12-31"]);
    expect(points[0].t).toBe(1);
    for (let i = 1; i < points.length; i++) expect(points[i].t).toBeGreaterThan(points[i - 1].t);
    expect(points[3].t - points[1].t).toBe(364);
  });

  it("returns nothing for a claim with no history", () => {
    expect(buildTimeline([], [])).toEqual([]);
  });
});

describe("rollUpGrade", () => {
  it("is too early until at least half the sub-claims are resolved", () => {
    expect(rollUpGrade(["confirmed", "on_track", "too_early"]).grade).toBe("too_early");
    expect(rollUpGrade([]).grade).toBeNull();
  });
  it("grades by the mean outcome of the resolved sub-claims", () => {
    // (1 + 1 + 0) / 3 = 0.667 → confirmed
    expect(rollUpGrade(["confirmed", "confirmed", "refuted", "on_track"]).grade).toBe("confirmed");
    // (1 + 0) / 2 = 0.5 → partly
    expect(rollUpGrade(["confirmed", "refuted"]).grade).toBe("partly");
    // (0.5 + 0 + 0) / 3 = 0.167 → refuted
    const r = rollUpGrade(["partly", "refuted", "refuted", null]);
    expect(r).toEqual({ total: 4, confirmed: 0, partly: 1, refuted: 2, resolvedShare: 0.75, grade: "refuted" });
  });
});

describe("verdict mix from per-day grade changes", () => {
  const grade = fc.constantFrom(...GRADES);
  const isoDay = fc
    .date({ min: new Date("2021-01-01T00:00:00Z"), max: new Date("2026-11-15T00:00:00Z"), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10));
  const claim = fc.record({ madeOn: isoDay, verdicts: fc.array(fc.record({ grade, madeOn: isoDay }), { maxLength: 6 }) });

  it("sums to verdictMixOverTime for any claims and verdicts, by day or by quarter", () => {
    fc.assert(
      fc.property(fc.array(claim, { maxLength: 12 }), (claims) => {
        const withIds = claims.map((c, i) => ({ id: `c${i}`, ...c, verdicts: [...c.verdicts].sort((a, b) => a.madeOn.localeCompare(b.madeOn)) }));
        const expected = verdictMixOverTime(
          withIds.map((c) => ({ id: c.id, madeOn: c.madeOn })),
          withIds.flatMap((c) => c.verdicts.map((v) => ({ predictionId: c.id, ...v }))),
          "2022-05-01",
          "2026-11-15",
        );
        const changes = withIds.flatMap((c) => gradeChangesOf(c.madeOn, c.verdicts));
        expect(verdictMixFromDeltas(changes, "2022-05-01", "2026-11-15")).toEqual(expected);
        // Summed per quarter (as stored), with the current quarter ending today.
        const quarters = changesByPeriod(changes, quarterEndOf).map((q) => ({ ...q, day: q.day > "2026-11-15" ? "2026-11-15" : q.day }));
        expect(verdictMixFromDeltas(quarters, "2022-05-01", "2026-11-15")).toEqual(expected);
      }),
      { seed: 20261129, numRuns: 300 },
    );
  });

  it("moves a claim by the difference between its old and new changes", () => {
    const before = gradeChangesOf("2022-05-01", [{ grade: "on_track", madeOn: "2023-01-10" }]);
    const after = gradeChangesOf("2022-05-01", [
      { grade: "on_track", madeOn: "2023-01-10" },
      { grade: "confirmed", madeOn: "2024-02-01" },
    ]);
    expect(diffGradeChanges(before, after)).toEqual([
      { day: "2024-02-01", grade: "confirmed", delta: 1 },
      { day: "2024-02-01", grade: "on_track", delta: -1 },
    ]);
    expect(diffGradeChanges(after, after)).toEqual([]);
  });

  it("counts a verdict dated before its claim from the day the claim was made", () => {
    expect(gradeChangesOf("2023-03-15", [{ grade: "too_early", madeOn: "2022-12-01" }])).toEqual([
      { day: "2023-03-15", grade: "too_early", delta: 1 },
    ]);
  });

  it("names the quarter end and month start of a day", () => {
    expect(["2024-01-01", "2024-03-31", "2024-04-01", "2024-08-15", "2024-12-31"].map(quarterEndOf)).toEqual([
      "2024-03-31",
      "2024-03-31",
      "2024-06-30",
      "2024-09-30",
      "2024-12-31",
    ]);
    expect(monthStartOf("2024-02-29")).toBe("2024-02-01");
  });
});
