// Pure forecast-scoring maths: Brier and log scores, calibration bins with a band around
// perfect calibration, and the rule for which credence scores a resolved claim. No I/O:
// callers pass credences and grades already read from the database.
import type { Grade } from "./domain";
import { HIT_POINTS, PARTLY_RULE } from "./scoring";

// ---------------------------------------------------------------------------------------
// Outcomes
// ---------------------------------------------------------------------------------------

/**
 * What happened, as a number a credence can be scored against. Only resolved claims have
 * an outcome; interim or untestable grades (on_track, off_track, too_early,
 * unfalsifiable) and ungraded claims are left out. The hit rate's points (lib/scoring.ts),
 * where the rule for `partly` is written.
 */
export const OUTCOME_BY_GRADE: Partial<Record<Grade, number>> = HIT_POINTS;

export { PARTLY_RULE };

export function outcomeOf(grade: Grade | null): number | null {
  if (grade === null) return null;
  return OUTCOME_BY_GRADE[grade] ?? null;
}

// Credences are validated to 0..1 on the way in; anything else here is a bug upstream,
// and scoring it silently would produce a plausible-looking but wrong number.
function checkUnit(name: string, value: number): void {
  if (!(value >= 0 && value <= 1)) throw new RangeError(`${name} must be between 0 and 1, got ${value}`);
}

// ---------------------------------------------------------------------------------------
// Brier score
// ---------------------------------------------------------------------------------------

export const BRIER_NOTE =
  "Brier score: the squared gap between the stated credence and what happened (1 if it came true, 0 if it did not, ½ if partly), averaged over resolved claims. Lower is better: 0 is perfect, 0.25 is what always saying 50 % earns, and 1 is the worst possible (certain and wrong).";

/** One-term Brier score on the 0–1 scale: (credence − outcome)². */
export function brierScore(credence: number, outcome: number): number {
  checkUnit("credence", credence);
  checkUnit("outcome", outcome);
  return (credence - outcome) ** 2;
}

// ---------------------------------------------------------------------------------------
// Log score
// ---------------------------------------------------------------------------------------

/**
 * Credences are clamped to [0.001, 0.999] before taking logs, so a forecaster who said 0 %
 * or 100 % and was wrong gets a large but finite penalty (ln 0.001 ≈ −6.9) instead of −∞,
 * which would swamp every other claim in the mean.
 */
export const LOG_CLAMP = [0.001, 0.999] as const;

export const LOG_SCORE_NOTE =
  "Log score: the natural log of the probability the credence gave to what actually happened, averaged over resolved claims. Higher (closer to 0) is better: 0 is a perfect call on a claim that came true or false, ln 0.5 ≈ −0.69 is what always saying 50 % earns (and the best a partly-true claim can score), and credences are clamped to 0.1 %–99.9 % so a confident miss costs at most ln 0.001 ≈ −6.9.";

/**
 * ln of the probability given to what happened: outcome 1 → ln c, outcome 0 → ln(1 − c),
 * outcome ½ → ½·ln c + ½·ln(1 − c). Written as o·ln c + (1 − o)·ln(1 − c), which covers
 * all three. Credence is clamped to LOG_CLAMP first.
 */
export function logScore(credence: number, outcome: number): number {
  checkUnit("credence", credence);
  checkUnit("outcome", outcome);
  const c = Math.min(LOG_CLAMP[1], Math.max(LOG_CLAMP[0], credence));
  return outcome * Math.log(c) + (1 - outcome) * Math.log(1 - c);
}

// ---------------------------------------------------------------------------------------
// Aggregate
// ---------------------------------------------------------------------------------------

export type ForecastItem = { credence: number | null; outcome: number | null };
export type ForecastScore = { n: number; brier: number | null; logScore: number | null };

type Scored = { credence: number; outcome: number };

// A claim counts only once it has both a credence to score and an outcome to score it by.
function scorable(items: readonly ForecastItem[]): Scored[] {
  const out: Scored[] = [];
  for (const { credence, outcome } of items) {
    if (credence === null || outcome === null) continue;
    out.push({ credence, outcome });
  }
  return out;
}

/** Mean Brier and log scores over the items with both a credence and an outcome. */
export function scoreForecasts(items: readonly ForecastItem[]): ForecastScore {
  const scored = scorable(items);
  const n = scored.length;
  if (n === 0) return { n: 0, brier: null, logScore: null };
  let brier = 0;
  let log = 0;
  for (const { credence, outcome } of scored) {
    brier += brierScore(credence, outcome);
    log += logScore(credence, outcome);
  }
  return { n, brier: brier / n, logScore: log / n };
}

// ---------------------------------------------------------------------------------------
// Binomial band around perfect calibration
// ---------------------------------------------------------------------------------------

/** The band drawn around the diagonal: the middle 90 % of what perfect calibration yields. */
export const CALIBRATION_BAND_LEVEL = 0.9;

export const CALIBRATION_BAND_NOTE =
  "The shaded band shows where a perfectly calibrated forecaster's hit rate would land 90 % of the time, given how many claims are in the bin: the 5th to 95th percentile of a binomial with the bin's size and mean credence. Points outside it are unlikely to be bad luck alone.";

// Floating-point sums can land a hair below an exact tie (e.g. CDF(0) = 0.05 for n = 1,
// p = 0.95); a tie meets "CDF ≥ q", so allow for that rounding.
const CDF_TOLERANCE = 1e-12;

/**
 * The CDF of Binomial(n, p) at k = 0..n, computed exactly (no normal approximation).
 * The pmf is built in log space with the recurrence pmf(k+1) = pmf(k)·(n−k)/(k+1)·p/(1−p),
 * then shifted by its maximum before exponentiating, so large n does not underflow
 * (e.g. 0.1^5000), and normalised by its own sum so rounding drift cancels.
 */
export function binomialCdf(n: number, p: number): number[] {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`n must be a whole number ≥ 0, got ${n}`);
  checkUnit("p", p);
  // Degenerate cases: all the mass sits on 0 or on n, and ln 0 would poison the recurrence.
  if (p === 0) return Array.from({ length: n + 1 }, () => 1);
  if (p === 1) return Array.from({ length: n + 1 }, (_, k) => (k === n ? 1 : 0));
  const logRatio = Math.log(p) - Math.log1p(-p);
  const logPmf: number[] = [n * Math.log1p(-p)];
  for (let k = 0; k < n; k++) logPmf.push(logPmf[k] + Math.log((n - k) / (k + 1)) + logRatio);
  const max = logPmf.reduce((a, b) => Math.max(a, b), -Infinity);
  const weights = logPmf.map((l) => Math.exp(l - max));
  const total = weights.reduce((a, b) => a + b, 0);
  const cdf: number[] = [];
  let running = 0;
  for (const w of weights) {
    running += w;
    cdf.push(running / total);
  }
  cdf[n] = 1;
  return cdf;
}

// Smallest k with CDF(k) ≥ q: the usual (left-continuous inverse) quantile definition.
function quantileFromCdf(cdf: readonly number[], q: number): number {
  for (let k = 0; k < cdf.length; k++) if (cdf[k] >= q - CDF_TOLERANCE) return k;
  return cdf.length - 1;
}

/** The q-quantile of Binomial(n, p): the smallest k with P(X ≤ k) ≥ q. */
export function binomialQuantile(n: number, p: number, q: number): number {
  checkUnit("q", q);
  return quantileFromCdf(binomialCdf(n, p), q);
}

/**
 * Observed rates a perfectly calibrated forecaster would produce `level` of the time in a
 * bin of n claims at credence p: the (1−level)/2 and (1+level)/2 quantiles of
 * Binomial(n, p), divided by n. With p = 0 or 1 the band collapses to that value.
 *
 * Using the bin's mean credence treats every claim in it as if it had that credence; with
 * narrow bins the spread within a bin changes the band very little.
 */
export function calibrationBand(
  n: number,
  p: number,
  level: number = CALIBRATION_BAND_LEVEL,
): { low: number; high: number } {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`n must be a whole number ≥ 1, got ${n}`);
  checkUnit("level", level);
  const cdf = binomialCdf(n, p);
  return {
    low: quantileFromCdf(cdf, (1 - level) / 2) / n,
    high: quantileFromCdf(cdf, (1 + level) / 2) / n,
  };
}

// ---------------------------------------------------------------------------------------
// Calibration bins
// ---------------------------------------------------------------------------------------

export type CalibrationBin = {
  from: number;
  to: number;
  n: number;
  /** Mean credence of the bin's claims: where the point is plotted, not the bin edge. */
  meanCredence: number | null;
  /** Mean outcome of the bin's claims (partly = ½). */
  observedRate: number | null;
  bandLow: number | null;
  bandHigh: number | null;
};

/**
 * Which of `bins` equal-width bins over [0, 1] a credence falls in. Bins are [from, to),
 * except the last, which also takes 1. The index is checked against the same i / bins
 * edges the bins report, so float error in c·bins (0.29·100 = 28.999…) cannot put a
 * credence in a bin whose edges exclude it.
 */
function binIndex(credence: number, bins: number): number {
  let i = Math.min(bins - 1, Math.floor(credence * bins));
  if (i < bins - 1 && credence >= (i + 1) / bins) i += 1;
  if (i > 0 && credence < i / bins) i -= 1;
  return i;
}

/**
 * Groups resolved claims by credence into equal-width bins and compares each bin's mean
 * credence with how often its claims came true. Every bin is returned, empty ones with
 * n = 0 and nulls, so a chart or table can show the gaps.
 */
export function calibrationBins(
  items: readonly ForecastItem[],
  { bins = 5 }: { bins?: number } = {},
): CalibrationBin[] {
  if (!Number.isInteger(bins) || bins < 1) throw new RangeError(`bins must be a whole number ≥ 1, got ${bins}`);
  const sums = Array.from({ length: bins }, () => ({ n: 0, credence: 0, outcome: 0 }));
  for (const { credence, outcome } of scorable(items)) {
    checkUnit("credence", credence);
    checkUnit("outcome", outcome);
    const s = sums[binIndex(credence, bins)];
    s.n += 1;
    s.credence += credence;
    s.outcome += outcome;
  }
  return sums.map((s, i) => {
    const from = i / bins;
    const to = (i + 1) / bins;
    if (s.n === 0) {
      return { from, to, n: 0, meanCredence: null, observedRate: null, bandLow: null, bandHigh: null };
    }
    // Clamp: a mean of values in [from, to] can round a hair outside [0, 1] at the ends.
    const meanCredence = Math.min(1, Math.max(0, s.credence / s.n));
    const band = calibrationBand(s.n, meanCredence);
    return {
      from,
      to,
      n: s.n,
      meanCredence,
      observedRate: s.outcome / s.n,
      bandLow: band.low,
      bandHigh: band.high,
    };
  });
}

// ---------------------------------------------------------------------------------------
// Empty state
// ---------------------------------------------------------------------------------------

/** Below this many resolved, credence-bearing claims a calibration chart is mostly noise. */
export const CALIBRATION_MINIMUM = 10;

/** How many more resolved claims are needed before the calibration chart is shown. */
export function resolvedNeeded(n: number, minimum: number = CALIBRATION_MINIMUM): number {
  return Math.max(0, Math.ceil(minimum - n));
}

// ---------------------------------------------------------------------------------------
// Which credence scores a resolved claim
// ---------------------------------------------------------------------------------------

export const VERDICT_CREDENCE_RULE =
  "A resolved claim is scored with the credence the reviewers recorded before the outcome was known. The outcome became known on the earliest \"resolved on\" day of the verdicts that resolved the claim (confirmed, partly or refuted). The claim is scored with the most recent credence that was both dated and entered (recorded) strictly before that day. A credence dated earlier but entered on or after it is hindsight: it is shown, flagged, and left out of every forecast score. A claim with no such credence is scored only by its author's implied credence.";

/** Grades that resolve a claim for scoring: the ones with an outcome. */
const RESOLVING: ReadonlySet<Grade> = new Set(
  (Object.keys(OUTCOME_BY_GRADE) as Grade[]).filter((g) => OUTCOME_BY_GRADE[g] !== undefined),
);

export const isResolvingGrade = (grade: Grade): boolean => RESOLVING.has(grade);

/**
 * A verdict's credence history entry. `madeOn` is the day it is "as of", `recordedAt` the
 * server time it was entered (ISO), `resolvedOn` the day the outcome became known (resolving
 * grades only; defaults to `madeOn`).
 */
export type VerdictCredence = { grade: Grade; credence: number | null; madeOn: string; recordedAt: string; resolvedOn?: string | null };

/** The day a claim's outcome became known: the earliest resolved-on day of its resolving verdicts. */
export function outcomeKnownOn(verdicts: readonly VerdictCredence[]): string | null {
  let known: string | null = null;
  for (const v of verdicts) {
    if (!RESOLVING.has(v.grade)) continue;
    const day = v.resolvedOn ?? v.madeOn;
    if (known === null || day < known) known = day;
  }
  return known;
}

/** Credences dated before the outcome was known, split by whether they were entered before it too. */
function forecastCredences(verdicts: readonly VerdictCredence[]): { forecasts: VerdictCredence[]; hindsight: number } {
  const known = outcomeKnownOn(verdicts);
  if (known === null) return { forecasts: [], hindsight: 0 };
  // A day compares below any instant on or after it ("2024-05-01" < "2024-05-01T00:00:00Z"),
  // so a credence entered on the day the outcome became known is not a forecast.
  const dated = verdicts.filter((v) => v.credence !== null && v.madeOn < known);
  const forecasts = dated.filter((v) => v.recordedAt < known);
  return { forecasts, hindsight: dated.length - forecasts.length };
}

export function pickVerdictCredence(verdicts: readonly VerdictCredence[]): number | null {
  const { forecasts } = forecastCredences(verdicts);
  // Array.prototype.sort is stable. Plain code-unit comparison orders ISO dates correctly,
  // independent of locale; same-day credences are ordered by when they were entered.
  const order = (v: VerdictCredence) => `${v.madeOn}|${v.recordedAt}`;
  const sorted = [...forecasts].sort((a, b) => (order(a) < order(b) ? -1 : order(a) > order(b) ? 1 : 0));
  return sorted.length ? sorted[sorted.length - 1].credence : null;
}

/** How many of a claim's credences were left out of its forecast score as hindsight. */
export function countHindsightCredences(verdicts: readonly VerdictCredence[]): number {
  return forecastCredences(verdicts).hindsight;
}

/** A verdict or credence dated more than this many days before it was entered is hindsight. */
export const HINDSIGHT_DAYS = 7;

/**
 * True when a judgement's as-of day (`madeOn`, YYYY-MM-DD) lies more than HINDSIGHT_DAYS
 * whole days before the UTC day it was entered (`recordedAt`, ISO instant).
 */
export function isHindsight(madeOn: string, recordedAt: string): boolean {
  const asOf = Date.parse(`${madeOn.slice(0, 10)}T00:00:00Z`);
  const entered = Date.parse(`${recordedAt.slice(0, 10)}T00:00:00Z`);
  return (entered - asOf) / 86_400_000 > HINDSIGHT_DAYS;
}
