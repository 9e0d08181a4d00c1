import { describe, expect, it } from "vitest";
import { GRADES } from "./domain";
import {
  BRIER_NOTE,
  CALIBRATION_BAND_LEVEL,
  CALIBRATION_MINIMUM,
  LOG_CLAMP,
  OUTCOME_BY_GRADE,
  PARTLY_RULE,
  VERDICT_CREDENCE_RULE,
  binomialCdf,
  binomialQuantile,
  brierScore,
  calibrationBand,
  calibrationBins,
  logScore,
  outcomeOf,
  pickVerdictCredence,
  countHindsightCredences,
  outcomeKnownOn,
  isHindsight,
  HINDSIGHT_DAYS,
  resolvedNeeded,
  scoreForecasts,
  type VerdictCredence,
} from "./forecast-scoring";
import { HIT_POINTS } from "./scoring";

describe("outcomeOf", () => {
  it("maps confirmed → 1, partly → ½, refuted → 0 and leaves everything else out", () => {
    expect(outcomeOf("confirmed")).toBe(1);
    expect(outcomeOf("partly")).toBe(0.5);
    expect(outcomeOf("refuted")).toBe(0);
    for (const g of ["on_track", "too_early", "off_track", "unfalsifiable"] as const) expect(outcomeOf(g)).toBeNull();
    expect(outcomeOf(null)).toBeNull();
  });

  it("gives every grade a defined answer and agrees with the hit-rate points", () => {
    for (const g of GRADES) expect(outcomeOf(g)).toBe(HIT_POINTS[g] ?? null);
    expect(OUTCOME_BY_GRADE).toEqual(HIT_POINTS);
  });

  it("documents the partly rule", () => {
    expect(PARTLY_RULE).toMatch(/half outcome/);
    expect(PARTLY_RULE).toMatch(/\(c − 0\.5\)²/);
  });
});

describe("brierScore", () => {
  it("is (credence − outcome)² (worked examples)", () => {
    // (0.7 − 1)² = (−0.3)² = 0.09
    expect(brierScore(0.7, 1)).toBeCloseTo(0.09, 12);
    // (0.7 − 0)² = 0.49
    expect(brierScore(0.7, 0)).toBeCloseTo(0.49, 12);
    // partly: (0.9 − 0.5)² = 0.4² = 0.16
    expect(brierScore(0.9, 0.5)).toBeCloseTo(0.16, 12);
  });

  it("runs from 0 (perfect) through 0.25 (always 50 %) to 1 (certain and wrong)", () => {
    expect(brierScore(1, 1)).toBe(0);
    expect(brierScore(0, 0)).toBe(0);
    expect(brierScore(0.5, 1)).toBe(0.25);
    expect(brierScore(0.5, 0)).toBe(0.25);
    expect(brierScore(1, 0)).toBe(1);
    expect(brierScore(0, 1)).toBe(1);
    expect(BRIER_NOTE).toMatch(/0\.25/);
  });

  it("rejects credences outside 0..1 rather than scoring them", () => {
    expect(() => brierScore(1.5, 1)).toThrow(RangeError);
    expect(() => brierScore(Number.NaN, 1)).toThrow(RangeError);
    expect(() => brierScore(0.5, 2)).toThrow(RangeError);
  });
});

describe("logScore", () => {
  it("is ln of the probability given to what happened (worked examples)", () => {
    // came true: ln 0.7 ≈ −0.356675
    expect(logScore(0.7, 1)).toBeCloseTo(-0.35667494, 7);
    // did not: ln(1 − 0.7) = ln 0.3 ≈ −1.203973
    expect(logScore(0.7, 0)).toBeCloseTo(-1.2039728, 7);
  });

  it("averages the two outcomes for partly", () => {
    // ½·ln 0.7 + ½·ln 0.3 = ½·(−0.356675 − 1.203973) = −0.780324
    expect(logScore(0.7, 0.5)).toBeCloseTo(-0.78032387, 7);
    // ½·ln 0.9 + ½·ln 0.1 = ½·ln 0.09 = ln 0.3 ≈ −1.203973
    expect(logScore(0.9, 0.5)).toBeCloseTo(Math.log(0.3), 12);
  });

  it("clamps credences of exactly 0 and 1 so the score stays finite", () => {
    expect(LOG_CLAMP).toEqual([0.001, 0.999]);
    // credence 1, did not happen: clamped to 0.999 → ln(1 − 0.999) = ln 0.001 ≈ −6.907755
    expect(logScore(1, 0)).toBeCloseTo(-6.90775528, 7);
    // credence 0, did not happen: clamped to 0.001 → ln(0.999) ≈ −0.0010005
    expect(logScore(0, 0)).toBeCloseTo(Math.log(0.999), 12);
    expect(logScore(0, 0)).toBeCloseTo(-0.0010005, 7);
    // credence 0, happened: ln 0.001
    expect(logScore(0, 1)).toBeCloseTo(Math.log(0.001), 12);
    // credence 1, happened: ln 0.999
    expect(logScore(1, 1)).toBeCloseTo(Math.log(0.999), 12);
    // credence 1, partly: ½·ln 0.999 + ½·ln 0.001
    expect(logScore(1, 0.5)).toBeCloseTo(0.5 * Math.log(0.999) + 0.5 * Math.log(0.001), 12);
    for (const c of [0, 1]) for (const o of [0, 0.5, 1]) expect(Number.isFinite(logScore(c, o))).toBe(true);
  });

  it("prefers the better forecast: higher (closer to 0) is better", () => {
    expect(logScore(0.9, 1)).toBeGreaterThan(logScore(0.6, 1));
    expect(logScore(0.1, 0)).toBeGreaterThan(logScore(0.4, 0));
  });
});

describe("scoreForecasts", () => {
  it("averages over items with both a credence and an outcome (worked example)", () => {
    const r = scoreForecasts([
      { credence: 0.7, outcome: 1 }, //    Brier 0.09, log ln 0.7 = −0.356675
      { credence: 0.7, outcome: 0 }, //    Brier 0.49, log ln 0.3 = −1.203973
      { credence: 0.9, outcome: 0.5 }, //  Brier 0.16, log ½ ln 0.9 + ½ ln 0.1 = −1.203973
      { credence: null, outcome: 1 }, //   no credence: left out
      { credence: 0.4, outcome: null }, // not resolved: left out
    ]);
    // n = 3; Brier = (0.09 + 0.49 + 0.16) / 3 = 0.74 / 3 = 0.246667
    // log = (−0.356675 − 1.203973 − 1.203973) / 3 = −2.764621 / 3 = −0.921540
    expect(r.n).toBe(3);
    expect(r.brier).toBeCloseTo(0.24666667, 7);
    expect(r.logScore).toBeCloseTo(-0.92154018, 7);
  });

  it("has null means when nothing is resolved", () => {
    expect(scoreForecasts([])).toEqual({ n: 0, brier: null, logScore: null });
    expect(
      scoreForecasts([
        { credence: 0.8, outcome: null },
        { credence: null, outcome: 0 },
        { credence: null, outcome: null },
      ]),
    ).toEqual({ n: 0, brier: null, logScore: null });
  });

  it("scores credences of exactly 0 and 1 with finite means", () => {
    // Brier: (1 − 0)² = 1 and (0 − 0)² = 0 → mean ½
    // log: ln 0.001 and ln 0.999 → mean ½·(−6.907755 − 0.0010005) = −3.454378
    const r = scoreForecasts([
      { credence: 1, outcome: 0 },
      { credence: 0, outcome: 0 },
    ]);
    expect(r.n).toBe(2);
    expect(r.brier).toBe(0.5);
    expect(r.logScore).toBeCloseTo(-3.45437789, 7);
    expect(Number.isFinite(r.logScore)).toBe(true);
  });
});

describe("binomial CDF and quantiles", () => {
  it("n = 10, p = ½: 5th and 95th percentiles are 2 and 8 (worked example)", () => {
    // CDF(k) = Σ C(10, j) / 1024: CDF(1) = 11/1024 = 0.0107, CDF(2) = 56/1024 = 0.0547 ≥ 0.05 → 2;
    // CDF(7) = 968/1024 = 0.9453, CDF(8) = 1013/1024 = 0.9893 ≥ 0.95 → 8.
    const cdf = binomialCdf(10, 0.5);
    expect(cdf).toHaveLength(11);
    expect(cdf[1]).toBeCloseTo(11 / 1024, 12);
    expect(cdf[2]).toBeCloseTo(56 / 1024, 12);
    expect(cdf[7]).toBeCloseTo(968 / 1024, 12);
    expect(cdf[8]).toBeCloseTo(1013 / 1024, 12);
    expect(cdf[10]).toBe(1);
    expect(binomialQuantile(10, 0.5, 0.05)).toBe(2);
    expect(binomialQuantile(10, 0.5, 0.95)).toBe(8);
    expect(calibrationBand(10, 0.5)).toEqual({ low: 0.2, high: 0.8 });
  });

  it("n = 5, p = 0.2: band [0, 0.6] (worked example)", () => {
    // pmf: 0.8⁵ = 0.32768; 5·0.2·0.8⁴ = 0.4096; 10·0.2²·0.8³ = 0.2048; 10·0.2³·0.8² = 0.0512
    // CDF(0) = 0.32768 ≥ 0.05 → low 0; CDF(2) = 0.94208 < 0.95, CDF(3) = 0.99328 → high 3/5
    const cdf = binomialCdf(5, 0.2);
    expect(cdf[0]).toBeCloseTo(0.32768, 12);
    expect(cdf[2]).toBeCloseTo(0.94208, 12);
    expect(cdf[3]).toBeCloseTo(0.99328, 12);
    expect(calibrationBand(5, 0.2)).toEqual({ low: 0, high: 0.6 });
  });

  it("n = 1, p = 0.9: band [0, 1]", () => {
    // CDF(0) = 0.1 ≥ 0.05 → 0; CDF(0) = 0.1 < 0.95, CDF(1) = 1 → 1
    expect(calibrationBand(1, 0.9)).toEqual({ low: 0, high: 1 });
  });

  it("counts an exact tie CDF(k) = q as reaching the quantile", () => {
    // n = 1, p = 0.95: CDF(0) = 0.05 exactly → the 5th percentile is 0
    expect(binomialQuantile(1, 0.95, 0.05)).toBe(0);
    // n = 1, p = 0.05: CDF(0) = 0.95 exactly → the 95th percentile is 0 too
    expect(calibrationBand(1, 0.05)).toEqual({ low: 0, high: 0 });
  });

  it("collapses the band at p = 0 and p = 1", () => {
    expect(calibrationBand(7, 1)).toEqual({ low: 1, high: 1 });
    expect(calibrationBand(7, 0)).toEqual({ low: 0, high: 0 });
    expect(calibrationBand(1, 1)).toEqual({ low: 1, high: 1 });
    expect(binomialCdf(3, 0)).toEqual([1, 1, 1, 1]);
    expect(binomialCdf(3, 1)).toEqual([0, 0, 0, 1]);
  });

  it("stays exact for large n without underflow (0.1^3000 is below the smallest double)", () => {
    const n = 3000;
    const p = 0.9;
    const { low, high } = calibrationBand(n, p);
    // Normal approximation as a sanity check: p ± 1.645·√(p(1 − p)/n) = 0.9 ± 0.0090
    const half = 1.6449 * Math.sqrt((p * (1 - p)) / n);
    expect(Math.abs(low - (p - half))).toBeLessThan(0.002);
    expect(Math.abs(high - (p + half))).toBeLessThan(0.002);
    const cdf = binomialCdf(n, p);
    expect(cdf.every((x) => Number.isFinite(x) && x >= 0 && x <= 1)).toBe(true);
    expect(cdf.every((x, i) => i === 0 || x >= cdf[i - 1])).toBe(true);
    expect(CALIBRATION_BAND_LEVEL).toBe(0.9);
  });
});

describe("calibrationBins", () => {
  it("returns five equal-width bins, empty ones with n = 0 and nulls, when nothing is resolved", () => {
    const bins = calibrationBins([
      { credence: 0.3, outcome: null },
      { credence: null, outcome: 1 },
    ]);
    expect(bins.map((b) => [b.from, b.to])).toEqual([
      [0, 0.2],
      [0.2, 0.4],
      [0.4, 0.6],
      [0.6, 0.8],
      [0.8, 1],
    ]);
    for (const b of bins) {
      expect(b).toEqual({
        from: b.from,
        to: b.to,
        n: 0,
        meanCredence: null,
        observedRate: null,
        bandLow: null,
        bandHigh: null,
      });
    }
    expect(calibrationBins([])).toHaveLength(5);
  });

  it("bins claims, averages credence and outcome, and bands each bin (worked example)", () => {
    const bins = calibrationBins([
      { credence: 0.65, outcome: 1 },
      { credence: 0.7, outcome: 1 },
      { credence: 0.75, outcome: 0 },
      { credence: 0.1, outcome: 0 },
      { credence: 0.15, outcome: 0.5 }, // partly
      { credence: 0.5, outcome: null }, // unresolved: left out
    ]);
    // Bin [0, 0.2): n = 2, mean credence (0.1 + 0.15)/2 = 0.125, observed (0 + ½)/2 = 0.25.
    // Binomial(2, 0.125): CDF(0) = 0.875² = 0.765625 ≥ 0.05 → 0;
    // CDF(1) = 0.765625 + 2·0.125·0.875 = 0.984375 ≥ 0.95 → 1 → band [0, ½].
    expect(bins[0].n).toBe(2);
    expect(bins[0].meanCredence).toBeCloseTo(0.125, 12);
    expect(bins[0].observedRate).toBe(0.25);
    expect([bins[0].bandLow, bins[0].bandHigh]).toEqual([0, 0.5]);
    // Bin [0.6, 0.8): n = 3, mean credence 0.7, observed 2/3.
    // Binomial(3, 0.7): CDF = 0.027, 0.216, 0.657, 1 → 5th pct 1, 95th pct 3 → band [⅓, 1].
    expect(bins[3].n).toBe(3);
    expect(bins[3].meanCredence).toBeCloseTo(0.7, 12);
    expect(bins[3].observedRate).toBeCloseTo(2 / 3, 12);
    expect(bins[3].bandLow).toBeCloseTo(1 / 3, 12);
    expect(bins[3].bandHigh).toBe(1);
    expect([bins[1].n, bins[2].n, bins[4].n]).toEqual([0, 0, 0]);
    expect(Object.keys(bins[3]).sort()).toEqual(
      ["bandHigh", "bandLow", "from", "meanCredence", "n", "observedRate", "to"].sort(),
    );
  });

  it("plots at the mean credence of the bin, not at its edge or centre", () => {
    // Bin [0.8, 1]: credences 0.82 and 0.84 → mean 0.83 (edge would be 0.8, centre 0.9)
    const top = calibrationBins([
      { credence: 0.82, outcome: 1 },
      { credence: 0.84, outcome: 0 },
    ])[4];
    expect(top.meanCredence).toBeCloseTo(0.83, 12);
    expect(top.observedRate).toBe(0.5);
  });

  it("puts every claim in one bin when they share a credence band", () => {
    // Ten claims at 0.5, five true: bin [0.4, 0.6) n = 10, observed ½, band [0.2, 0.8] (as above)
    const items = Array.from({ length: 10 }, (_, i) => ({ credence: 0.5, outcome: i % 2 }));
    const bins = calibrationBins(items);
    expect(bins.map((b) => b.n)).toEqual([0, 0, 10, 0, 0]);
    expect(bins[2]).toEqual({
      from: 0.4,
      to: 0.6,
      n: 10,
      meanCredence: 0.5,
      observedRate: 0.5,
      bandLow: 0.2,
      bandHigh: 0.8,
    });
  });

  it("places credence 0 in the bottom bin, 1 in the top bin, and edges in the bin above", () => {
    const bins = calibrationBins([
      { credence: 0, outcome: 0 },
      { credence: 1, outcome: 1 },
      { credence: 0.2, outcome: 1 },
      { credence: 0.8, outcome: 1 },
    ]);
    expect(bins.map((b) => b.n)).toEqual([1, 1, 0, 0, 2]);
    // p = 0 and p = 1 collapse the band
    expect([bins[0].meanCredence, bins[0].bandLow, bins[0].bandHigh]).toEqual([0, 0, 0]);
    // top bin: credences 1 and 0.8 → mean 0.9, both true
    expect(bins[4].meanCredence).toBeCloseTo(0.9, 12);
    expect(bins[4].observedRate).toBe(1);
    // a lone claim at exactly 1: band [1, 1]
    const only = calibrationBins([{ credence: 1, outcome: 0 }])[4];
    expect([only.n, only.meanCredence, only.observedRate, only.bandLow, only.bandHigh]).toEqual([1, 1, 0, 1, 1]);
  });

  it("honours the bins option and keeps credences on the edges they report despite float error", () => {
    const ten = calibrationBins([{ credence: 0.3, outcome: 1 }], { bins: 10 });
    expect(ten).toHaveLength(10);
    expect(ten[3]).toMatchObject({ from: 0.3, n: 1 });
    // 0.29 × 100 = 28.999… in floating point, but 0.29 is the lower edge of bin 29
    const hundred = calibrationBins([{ credence: 0.29, outcome: 1 }], { bins: 100 });
    expect(hundred.findIndex((b) => b.n === 1)).toBe(29);
    expect(hundred[29].from).toBe(0.29);
    const one = calibrationBins([{ credence: 0.4, outcome: 1 }], { bins: 1 });
    expect(one).toHaveLength(1);
    expect(one[0]).toMatchObject({ from: 0, to: 1, n: 1 });
    expect(() => calibrationBins([], { bins: 0 })).toThrow(RangeError);
    expect(() => calibrationBins([], { bins: 2.5 })).toThrow(RangeError);
  });
});

describe("resolvedNeeded", () => {
  it("counts down to the calibration minimum and stops at 0", () => {
    expect(CALIBRATION_MINIMUM).toBe(10);
    expect(resolvedNeeded(0)).toBe(10);
    expect(resolvedNeeded(7)).toBe(3);
    expect(resolvedNeeded(10)).toBe(0);
    expect(resolvedNeeded(25)).toBe(0);
    expect(resolvedNeeded(3, 5)).toBe(2);
  });
});

describe("pickVerdictCredence", () => {
  // Recorded on the day it is dated, in real time, unless a test says otherwise.
  const v = (grade: VerdictCredence["grade"], credence: number | null, madeOn: string, recordedAt = `${madeOn}T12:00:00.000Z`): VerdictCredence => ({
    grade,
    credence,
    madeOn,
    recordedAt,
  });

  it("uses the last credence recorded before the claim was resolved", () => {
    const history = [
      v("on_track", 0.6, "2023-01-01"),
      v("off_track", 0.4, "2023-06-01"),
      v("confirmed", 0.95, "2024-01-01"), // recorded once the outcome was known: not used
    ];
    expect(pickVerdictCredence(history)).toBe(0.4);
  });

  it("sorts unsorted input by date first", () => {
    expect(
      pickVerdictCredence([
        v("confirmed", 0.95, "2024-01-01"),
        v("off_track", 0.4, "2023-06-01"),
        v("on_track", 0.6, "2023-01-01"),
      ]),
    ).toBe(0.4);
  });

  it("skips verdicts without a credence", () => {
    expect(
      pickVerdictCredence([
        v("on_track", 0.7, "2023-01-01"),
        v("off_track", null, "2023-06-01"),
        v("refuted", 0.05, "2024-01-01"),
      ]),
    ).toBe(0.7);
  });

  it("counts the first resolving verdict (confirmed, partly or refuted), even if reopened later", () => {
    expect(
      pickVerdictCredence([
        v("on_track", 0.6, "2023-01-01"),
        v("partly", 0.5, "2023-06-01"), // resolves the claim here
        v("on_track", 0.3, "2023-09-01"),
        v("confirmed", 0.9, "2024-01-01"),
      ]),
    ).toBe(0.6);
  });

  it("ignores credences recorded on the day the claim was resolved", () => {
    expect(
      pickVerdictCredence([
        v("on_track", 0.6, "2023-01-01"),
        v("on_track", 0.8, "2024-01-01"), // same day as the verdict: may already know the outcome
        v("confirmed", 0.99, "2024-01-01"),
      ]),
    ).toBe(0.6);
  });

  it("keeps the given order among same-day verdicts (stable sort)", () => {
    const a = v("on_track", 0.6, "2023-03-01");
    const b = v("off_track", 0.4, "2023-03-01");
    const end = v("refuted", null, "2024-01-01");
    expect(pickVerdictCredence([end, a, b])).toBe(0.4);
    expect(pickVerdictCredence([b, end, a])).toBe(0.6);
  });

  it("returns null with no resolving verdict or no earlier credence", () => {
    expect(pickVerdictCredence([])).toBeNull();
    expect(pickVerdictCredence([v("on_track", 0.6, "2023-01-01"), v("off_track", 0.3, "2023-06-01")])).toBeNull();
    // unfalsifiable settles a claim but has no outcome to score
    expect(pickVerdictCredence([v("on_track", 0.6, "2023-01-01"), v("unfalsifiable", 0.5, "2024-01-01")])).toBeNull();
    expect(pickVerdictCredence([v("too_early", null, "2023-01-01"), v("refuted", 0.1, "2024-01-01")])).toBeNull();
    expect(pickVerdictCredence([v("confirmed", 0.9, "2024-01-01")])).toBeNull();
    expect(VERDICT_CREDENCE_RULE).toMatch(/before/);
  });

  it("leaves out a credence dated before the outcome but entered after it became known (hindsight)", () => {
    const history = [
      v("on_track", 0.6, "2023-01-01"),
      v("on_track", 0.9, "2023-06-01", "2024-03-01T09:00:00.000Z"), // back-filled after the outcome
      v("confirmed", null, "2024-01-01"),
    ];
    expect(pickVerdictCredence(history)).toBe(0.6);
    expect(countHindsightCredences(history)).toBe(1);
  });

  it("scores nothing when every credence was back-filled after the outcome, and counts each one", () => {
    const seededLater = "2026-11-29T10:00:00.000Z";
    const history = [
      v("on_track", 0.6, "2022-12-01", seededLater),
      v("on_track", 0.7, "2023-12-01", seededLater),
      v("confirmed", 0.95, "2024-12-01", seededLater),
    ];
    expect(pickVerdictCredence(history)).toBeNull();
    expect(countHindsightCredences(history)).toBe(2);
  });

  it("takes the day the outcome became known from resolvedOn, apart from the verdict's own date", () => {
    const history = [
      v("on_track", 0.6, "2023-01-01"),
      v("on_track", 0.8, "2023-09-01"), // recorded before the outcome was known in October
      { ...v("refuted", 0.05, "2024-01-01"), resolvedOn: "2023-10-15" },
    ];
    expect(outcomeKnownOn(history)).toBe("2023-10-15");
    expect(pickVerdictCredence(history)).toBe(0.8);
    const afterKnown = [...history.slice(0, 2), v("on_track", 0.7, "2023-11-01"), history[2]];
    // dated after the outcome became known: neither a forecast nor hindsight
    expect(pickVerdictCredence(afterKnown)).toBe(0.8);
    expect(countHindsightCredences(afterKnown)).toBe(0);
  });

  it("orders same-day credences by when they were entered", () => {
    const history = [
      v("on_track", 0.4, "2023-03-01", "2023-03-01T18:00:00.000Z"),
      v("on_track", 0.6, "2023-03-01", "2023-03-01T09:00:00.000Z"),
      v("refuted", null, "2024-01-01"),
    ];
    expect(pickVerdictCredence(history)).toBe(0.4);
  });
});

describe("isHindsight", () => {
  it("flags a judgement dated more than 7 whole days before the day it was entered", () => {
    expect(isHindsight("2026-11-21", "2026-11-29T23:59:00.000Z")).toBe(true);
    expect(isHindsight("2026-11-22", "2026-11-29T23:59:00.000Z")).toBe(false);
    expect(isHindsight("2026-11-29", "2026-11-29T00:00:01.000Z")).toBe(false);
    expect(isHindsight("2022-12-01", "2026-11-29T10:00:00.000Z")).toBe(true);
    expect(HINDSIGHT_DAYS).toBe(7);
  });
});
