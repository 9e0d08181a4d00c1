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
  return figuresFromCounts(entries.map((e) => ({ grade: e.grade, count: 1 })));
}

/** The same figures from per-grade counts, as a `GROUP BY grade` over a snapshot gives them. */
export function figuresFromCounts(counts: { grade: Grade | null; count: number }[]): ReviewFigures {
  const byVerdict = Object.fromEntries(GRADES.map((g) => [g, 0])) as Record<Grade, number>;
  let ungraded = 0;
  let total = 0;
  for (const { grade, count } of counts) {
    total += count;
    if (grade && grade in byVerdict) byVerdict[grade] += count;
    else ungraded += count;
  }
  return { total, byVerdict, ungraded, hitRate: computeHitRate(byVerdict) };
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

/**
 * "What changed" in numbers, frozen with a review's figures when it is completed: how many
 * grades moved each way since the previous completed review, and the evidence logged
 * between the two. With no previous review every claim counts as unchanged.
 */
export type ChangeSummary = {
  previousYear: number | null;
  up: number;
  down: number;
  changed: number;
  new: number;
  unchanged: number;
  newEvidence: { items: number; claims: number };
  /** The few claims with the most new evidence, most first (MOST_NEW_EVIDENCE of them). */
  mostNewEvidence: NewEvidenceLeader[];
};

export type NewEvidenceLeader = { predictionId: string; statement: string; count: number };
/** Claims listed under "most new evidence"; the claim table holds the rest. */
export const MOST_NEW_EVIDENCE = 10;

/** One `GROUP BY` row of a snapshot joined with the previous one on the claim. */
export type ChangeGroup = {
  from: Grade | null;
  to: Grade | null;
  /** False when the claim is missing from the previous snapshot. */
  inPrevious: boolean;
  count: number;
  newEvidenceItems: number;
  claimsWithNewEvidence: number;
};

/** Folds the grouped join into the summary, with the same directions as `diffReviews`. */
export function summarizeChanges(
  groups: ChangeGroup[],
  previousYear: number | null,
  mostNewEvidence: NewEvidenceLeader[] = [],
): ChangeSummary {
  const out: ChangeSummary = {
    previousYear,
    up: 0,
    down: 0,
    changed: 0,
    new: 0,
    unchanged: 0,
    newEvidence: { items: 0, claims: 0 },
    mostNewEvidence,
  };
  for (const g of groups) {
    out.newEvidence.items += g.newEvidenceItems;
    out.newEvidence.claims += g.claimsWithNewEvidence;
    const direction = previousYear === null ? "same" : g.inPrevious ? gradeDirection(g.from, g.to) : "new";
    if (direction === "same") out.unchanged += g.count;
    else out[direction] += g.count;
  }
  return out;
}

/** Claims whose grade moved, in all directions. */
export const movedCount = (c: ChangeSummary) => c.up + c.down + c.changed + c.new;

/** A completed review's frozen figures: the scorecard, the review's progress and what changed. */
export type StoredFigures = ReviewFigures & { inScope: number; graded: number };

/**
 * Reads the frozen figures JSON. Figures frozen before `inScope` existed kept the review's
 * scope in `total`; figures frozen before `changes` existed have none (the caller counts
 * them), and their entries carry no frozen order (`entryOrder`, see lib/db/review-snapshot.ts).
 */
export function parseStoredFigures(
  json: string | null,
): { figures: StoredFigures; changes: ChangeSummary | null; isOrderFrozen: boolean } | null {
  if (!json) return null;
  const { changes, entryOrder, ...f } = JSON.parse(json) as StoredFigures & { changes?: ChangeSummary; entryOrder?: string };
  // Counts frozen without their list of leaders are counted again, whole.
  const isComplete = changes !== undefined && Array.isArray(changes.mostNewEvidence);
  return { figures: { ...f, inScope: f.inScope ?? f.total }, changes: isComplete ? changes : null, isOrderFrozen: entryOrder === "id" };
}

// ---------------------------------------------------------------------------------------
// Paging

export const SNAPSHOT_PAGE_SIZE = 50;
/** Entries in one API answer unless `limit` says otherwise (as GET /api/predictions). */
export const API_PAGE_DEFAULT = 50;
export const QUEUE_PAGE_SIZE = 50;

/** Filters of a completed review's claim table: `changed=1` any move, or one direction. */
export const CHANGE_FILTERS = ["1", "up", "down", "changed", "new"] as const;
export type ChangeFilter = (typeof CHANGE_FILTERS)[number];
export type SnapshotFilter = { grade?: Grade | "none"; changed?: ChangeFilter };

export const CHANGE_FILTER_LABELS: Record<ChangeFilter, string> = {
  "1": "Any change",
  up: DIRECTION_LABELS.up,
  down: DIRECTION_LABELS.down,
  changed: "↔ sideways",
  new: "New",
};

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
