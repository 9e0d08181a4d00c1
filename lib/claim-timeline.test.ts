import { describe, expect, it } from "vitest";
import { credenceSteps, dayNumber, timelineDomain, verdictMarks } from "./claim-timeline";
import { buildTimeline } from "./scoring";

const points = buildTimeline(
  [{ id: "e1", observedOn: "2023-03-01", stance: "supports", strength: "strong", title: "A demo" }],
  [
    { id: "v1", madeOn: "2023-12-15", grade: "on_track", credence: 0.6 },
    { id: "v2", madeOn: "2024-12-15", grade: "too_early", credence: null },
    { id: "v3", madeOn: "2025-12-15", grade: "confirmed", credence: 0.95 },
  ],
);

describe("credenceSteps", () => {
  it("starts at the implied credence on the day the claim was made and holds the last value to today", () => {
    const steps = credenceSteps(points, "2022-05-12", 0.7, "2026-06-01");
    expect(steps.map((s) => [s.date, s.credence, s.kind])).toEqual([
      ["2022-05-12", 0.7, "implied"],
      ["2023-12-15", 0.6, "verdict"],
      ["2025-12-15", 0.95, "verdict"],
      ["2026-06-01", 0.95, "today"],
    ]);
  });

  it("has no line without any credence, and starts at the first verdict's credence without an implied one", () => {
    expect(credenceSteps([], "2022-05-12", null, "2026-06-01")).toEqual([]);
    expect(credenceSteps(points, "2022-05-12", null, "2026-06-01")[0]).toMatchObject({ date: "2023-12-15", kind: "verdict" });
  });
});

describe("verdictMarks", () => {
  it("places a verdict without a credence on the value the line holds then", () => {
    const marks = verdictMarks(points, credenceSteps(points, "2022-05-12", 0.7, "2026-06-01"));
    expect(marks.map((m) => [m.grade, m.credence, m.y])).toEqual([
      ["on_track", 0.6, 0.6],
      ["too_early", null, 0.6],
      ["confirmed", 0.95, 0.95],
    ]);
  });
});

describe("timelineDomain", () => {
  it("takes in today, the claim's date and a near horizon", () => {
    const { domain, showHorizon } = timelineDomain([dayNumber("2022-05-12"), dayNumber("2026-06-01")], { from: 2025, to: 2027 });
    expect(showHorizon).toBe(true);
    expect(domain[0]).toBeLessThan(dayNumber("2022-05-12"));
    expect(domain[1]).toBeGreaterThan(dayNumber("2027-12-31"));
  });

  it("leaves out a horizon far from the data", () => {
    const { domain, showHorizon } = timelineDomain([dayNumber("2022-05-12"), dayNumber("2023-01-01")], { from: 2040, to: 2050 });
    expect(showHorizon).toBe(false);
    expect(domain[1]).toBeLessThan(dayNumber("2024-01-01"));
  });
});
