// Pure yearly-review logic: the queue, snapshot figures, the diff between two reviews and
// due flags. No I/O; lib/db/reviews.ts feeds it rows and stores what it returns.
import { FINAL_GRADES, GRADES, type Grade } from "./domain";
import { computeHitRate, type HitRate } from "./scoring";

export type SnapshotEntry = {
  predictionId: string;
  statement: string;
  quote: string;
  grade: Grade | null;
  credence: number | null;
  rationale: string | null;
  verdictOn: string | null;
  evidenceCount: number;
  newEvidenceCount: number;
  citedEvidence: { title: string; url: string }[];
};

export type ReviewFigures = {
  total: number;
  byVerdict: Record<Grade, number>;
  ungraded: number;
  hitRate: HitRate;
};

/** The scorecard as it stood in a snapshot. */
export function figuresOf(entries: Pick<SnapshotEntry, "grade">[]): ReviewFigures {
  const byVerdict = Object.fromEntries(GRADES.map((g) => [g, 0])) as Record<Grade, number>;
  let ungraded = 0;
  for (const e of entries) {
    if (e.grade) byVerdict[e.grade] += 1;
    else ungraded += 1;
  }
  return { total: entries.length, byVerdict, ungraded, hitRate: computeHitRate(byVerdict) };
}

export function isFinal(grade: Grade | null): boolean {
  return grade !== null && FINAL_GRADES.includes(grade);
}

/**
 * A claim needs this review's verdict unless its current verdict is final (confirmed,
 * refuted, unfalsifiable) and nobody has reopened it since.
 */
export function needsReview(claim: { currentGrade: Grade | null; isReopened: boolean }): boolean {
  return claim.isReopened || !isFinal(claim.currentGrade);
}

/**
 * How far a grade is from being borne out, for the direction of a change:
 * refuted < off_track < too_early < on_track < partly < confirmed. `unfalsifiable` has no
 * place on this scale, so moves to or from it are reported as "changed".
 */
export const GRADE_RANK: Partial<Record<Grade, number>> = {
  refuted: 0,
  off_track: 1,
  too_early: 2,
  on_track: 3,
  partly: 4,
  confirmed: 5,
};

export type Direction = "up" | "down" | "changed" | "new" | "same";

export function gradeDirection(from: Grade | null, to: Grade | null): Direction {
  if (from === to) return "same";
  if (from === null) return "new";
  const a = GRADE_RANK[from];
  const b = to === null ? undefined : GRADE_RANK[to];
  if (a === undefined || b === undefined) return "changed";
  return b > a ? "up" : "down";
}

export const DIRECTION_LABELS: Record<Direction, string> = {
  up: "↑ towards confirmed",
  down: "↓ towards refuted",
  changed: "↔ changed",
  new: "new",
  same: "unchanged",
};

export type ReviewChange = {
  predictionId: string;
  statement: string;
  quote: string;
  from: Grade | null;
  to: Grade | null;
  direction: Direction;
  newEvidenceCount: number;
};

/**
 * What changed between the previous completed review and this one: each claim whose grade
 * moved (both grades and the direction), and the new evidence per claim. Claims missing
 * from the previous snapshot count as "new".
 */
export function diffReviews(previous: SnapshotEntry[] | null, current: SnapshotEntry[]): {
  moved: ReviewChange[];
  unchangedCount: number;
  newEvidence: { predictionId: string; statement: string; count: number }[];
} {
  const before = new Map((previous ?? []).map((e) => [e.predictionId, e]));
  const moved: ReviewChange[] = [];
  let unchangedCount = 0;
  for (const e of current) {
    const prior = before.get(e.predictionId);
    const from = prior ? prior.grade : null;
    const direction = prior ? gradeDirection(from, e.grade) : previous ? "new" : "same";
    if (direction === "same") {
      unchangedCount += 1;
      continue;
    }
    moved.push({
      predictionId: e.predictionId,
      statement: e.statement,
      quote: e.quote,
      from,
      to: e.grade,
      direction,
      newEvidenceCount: e.newEvidenceCount,
    });
  }
  const newEvidence = current
    .filter((e) => e.newEvidenceCount > 0)
    .map((e) => ({ predictionId: e.predictionId, statement: e.statement, count: e.newEvidenceCount }))
    .sort((a, b) => b.count - a.count || a.statement.localeCompare(b.statement));
  return { moved, unchangedCount, newEvidence };
}

export const STALE_AFTER_DAYS = 365;

export type DueFlags = { isStale: boolean; isReadyForFinal: boolean };

/**
 * "Not reviewed in over 12 months": no verdict, or the latest is older than 365 days.
 * "Past its horizon: ready for a final verdict": the horizon's last year has ended and the
 * current verdict is not final.
 */
export function dueFlags(
  claim: { currentGrade: Grade | null; currentVerdictOn: string | null; horizonTo: number; madeOn: string },
  today: string,
): DueFlags {
  const last = claim.currentVerdictOn ?? claim.madeOn;
  const days = (Date.parse(`${today}T00:00:00Z`) - Date.parse(`${last}T00:00:00Z`)) / 86_400_000;
  return {
    isStale: !isFinal(claim.currentGrade) && days > STALE_AFTER_DAYS,
    isReadyForFinal: !isFinal(claim.currentGrade) && Number(today.slice(0, 4)) > claim.horizonTo,
  };
}

/** A quote shortened to at most `max` characters, cut at a word boundary, for tables. */
export function shortQuote(quote: string, max = 90): string {
  const text = quote.replace(/\s+/g, " ").trim();
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${cut.slice(0, space > max / 2 ? space : cut.length)}…`;
}
