// Pure yearly-review logic: the queue, snapshot figures, the diff between two reviews and
// due flags. No I/O; lib/db/reviews/review.ts feeds it rows and stores what it returns.
import { FINAL_GRADES, GRADES, type Grade } from "./domain";
import { computeHitRate, isReopening, type HitRate } from "./scoring";

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
 * partly, refuted, unfalsifiable) and nobody has reopened it since.
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

/**
 * How a claim's grade moved between two reviews. `reopened`: from a settled outcome
 * (confirmed, partly, refuted) to anything that is not one, so the claim left the hit rate
 * (isReopening in lib/scoring.ts); `first`: it had no verdict in the previous review and has
 * one now; `new`: it was not in the previous review at all. Only up, down, changed and
 * reopened are grade moves; new claims and first verdicts are groups of their own.
 */
export type Direction = "up" | "down" | "changed" | "reopened" | "first" | "new" | "same";

/** The direction for a claim that was in the previous review (graded `from` there). */
export function gradeDirection(from: Grade | null, to: Grade | null): Direction {
  if (from === to) return "same";
  if (from === null) return "first";
  if (isReopening(from, to)) return "reopened";
  const a = GRADE_RANK[from];
  const b = to === null ? undefined : GRADE_RANK[to];
  if (a === undefined || b === undefined) return "changed";
  return b > a ? "up" : "down";
}

/** The directions that are grade moves (a claim graded in both reviews, differently). */
export const MOVES = ["up", "down", "changed", "reopened"] as const;

export const DIRECTION_LABELS: Record<Direction, string> = {
  up: "↑ towards confirmed",
  down: "↓ towards refuted",
  changed: "↔ sideways",
  reopened: "⟲ reopened (left the hit rate)",
  first: "first verdict",
  new: "new since the last review",
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
 * moved, got its first verdict or is new (both grades and the direction), and the new
 * evidence per claim. Claims missing from the previous snapshot are "new".
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
 * The version of the counting rules a frozen ChangeSummary was made with. Counts frozen under
 * earlier rules (before `partly` was final and "reopened" was its own group) are counted
 * again from the two snapshots, so every review reads by today's rules; the frozen text
 * itself is never rewritten (it is covered by the review's seal).
 */
export const CHANGE_RULES = 2;

/**
 * "What changed" in numbers, frozen with a review's figures when it is completed: how many
 * grades moved each way since the previous completed review, the claims new since then or
 * graded for the first time, and the evidence logged between the two. With no previous
 * review every claim counts as unchanged.
 */
export type ChangeSummary = {
  rules: typeof CHANGE_RULES;
  previousYear: number | null;
  up: number;
  down: number;
  changed: number;
  /** Moved from a settled outcome to a grade that is not one: out of the hit rate. */
  reopened: number;
  /** In the previous review without a verdict, with one now. */
  first: number;
  /** Not in the previous review at all; `newWithoutVerdict` of them have no verdict yet. */
  new: number;
  newWithoutVerdict: number;
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
    rules: CHANGE_RULES,
    previousYear,
    up: 0,
    down: 0,
    changed: 0,
    reopened: 0,
    first: 0,
    new: 0,
    newWithoutVerdict: 0,
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
    if (direction === "new" && g.to === null) out.newWithoutVerdict += g.count;
  }
  return out;
}

/**
 * The same summary from two snapshots held in memory (tests, small previews); completing a
 * review counts it in SQL (countChanges in lib/db/reviews/snapshot.ts) with the same rules.
 */
export function changesFromEntries(
  previous: { year: number; entries: Pick<SnapshotEntry, "predictionId" | "grade">[] } | null,
  current: Pick<SnapshotEntry, "predictionId" | "statement" | "grade" | "newEvidenceCount">[],
): ChangeSummary {
  const before = new Map((previous?.entries ?? []).map((e) => [e.predictionId, e.grade]));
  const groups: ChangeGroup[] = current.map((e) => ({
    from: before.get(e.predictionId) ?? null,
    to: e.grade,
    inPrevious: before.has(e.predictionId),
    count: 1,
    newEvidenceItems: e.newEvidenceCount,
    claimsWithNewEvidence: e.newEvidenceCount > 0 ? 1 : 0,
  }));
  const leaders = current
    .filter((e) => e.newEvidenceCount > 0)
    .map((e) => ({ predictionId: e.predictionId, statement: e.statement, count: e.newEvidenceCount }))
    .sort((a, b) => b.count - a.count || a.statement.localeCompare(b.statement) || a.predictionId.localeCompare(b.predictionId))
    .slice(0, MOST_NEW_EVIDENCE);
  return summarizeChanges(groups, previous?.year ?? null, leaders);
}

/** Claims whose grade moved (up, down, sideways or reopened); new claims and first verdicts are not moves. */
export const movedCount = (c: Pick<ChangeSummary, (typeof MOVES)[number]>) => c.up + c.down + c.changed + c.reopened;

/** A completed review's frozen figures: the scorecard, the review's progress and what changed. */
export type StoredFigures = ReviewFigures & { inScope: number; graded: number };

/**
 * Reads the frozen figures JSON. Figures frozen before `inScope` existed kept the review's
 * scope in `total`; figures frozen before `changes` existed have none (the caller counts
 * them), and their entries carry no frozen order (`entryOrder`, see lib/db/reviews/snapshot.ts).
 */
export function parseStoredFigures(
  json: string | null,
): { figures: StoredFigures; changes: ChangeSummary | null; isOrderFrozen: boolean } | null {
  if (!json) return null;
  const { changes, entryOrder, ...f } = JSON.parse(json) as StoredFigures & { changes?: ChangeSummary; entryOrder?: string };
  // Counts frozen without their list of leaders, or under earlier rules, are counted again, whole.
  const isComplete = changes !== undefined && Array.isArray(changes.mostNewEvidence) && changes.rules === CHANGE_RULES;
  return { figures: { ...f, inScope: f.inScope ?? f.total }, changes: isComplete ? changes : null, isOrderFrozen: entryOrder === "id" };
}

// ---------------------------------------------------------------------------------------
// One summary per completed review: the page, the Markdown report and the API all render
// this object, so their figures cannot disagree.

export type ReviewDigest = {
  year: number;
  previousYear: number | null;
  claims: {
    /** Every claim in the frozen snapshot, whatever its grade. */
    inSnapshot: number;
    /** The claims that needed a verdict in this review (not final, or reopened). */
    needingVerdict: number;
    /** Of those, the ones graded in this review. */
    graded: number;
    /** Of those, the ones left ungraded: their previous verdict carried over. */
    carriedOver: number;
  };
  byVerdict: Record<Grade, number>;
  withoutVerdict: number;
  hitRate: HitRate;
  /** Since the previous completed review; null for the first review. */
  changes: {
    /** Grade moves only: up + down + sideways + reopened. */
    moved: number;
    up: number;
    down: number;
    sideways: number;
    reopened: number;
    firstVerdicts: number;
    newClaims: number;
    newClaimsWithoutVerdict: number;
    unchanged: number;
    newEvidence: { items: number; claims: number };
  } | null;
};

export function digestReview(year: number, figures: StoredFigures, changes: ChangeSummary | null): ReviewDigest {
  // Figures frozen before `inScope` existed kept the scope in `total`, so the snapshot's size is summed from its grades.
  const inSnapshot = GRADES.reduce((sum, g) => sum + (figures.byVerdict[g] ?? 0), figures.ungraded);
  const graded = Math.min(figures.graded, figures.inScope);
  return {
    year,
    previousYear: changes?.previousYear ?? null,
    claims: { inSnapshot, needingVerdict: figures.inScope, graded, carriedOver: figures.inScope - graded },
    byVerdict: Object.fromEntries(GRADES.map((g) => [g, figures.byVerdict[g] ?? 0])) as Record<Grade, number>,
    withoutVerdict: figures.ungraded,
    hitRate: figures.hitRate,
    changes:
      changes && changes.previousYear !== null
        ? {
            moved: movedCount(changes),
            up: changes.up,
            down: changes.down,
            sideways: changes.changed,
            reopened: changes.reopened,
            firstVerdicts: changes.first,
            newClaims: changes.new,
            newClaimsWithoutVerdict: changes.newWithoutVerdict,
            unchanged: changes.unchanged,
            newEvidence: changes.newEvidence,
          }
        : null,
  };
}

const count = (n: number, one: string, many: string) => `${n.toLocaleString("en")} ${n === 1 ? one : many}`;

/** "24 claims in the snapshot; 3 of 13 needing a verdict graded in this review (10 carried over)". */
export function describeReviewed(d: ReviewDigest): string {
  const { inSnapshot, needingVerdict, graded, carriedOver } = d.claims;
  return `${count(inSnapshot, "claim", "claims")} in the snapshot; ${graded.toLocaleString("en")} of ${count(needingVerdict, "claim", "claims")} needing a verdict graded in this review${carriedOver ? ` (${carriedOver.toLocaleString("en")} carried over)` : ""}`;
}

/** The words for each group of "what changed", shared by the page and the report. */
export const CHANGE_GROUP_TEXT = {
  moved: (n: number) => count(n, "grade moved", "grades moved"),
  up: (n: number) => `${n.toLocaleString("en")} towards confirmed`,
  down: (n: number) => `${n.toLocaleString("en")} towards refuted`,
  sideways: (n: number) => `${n.toLocaleString("en")} sideways`,
  reopened: (n: number) => `${n.toLocaleString("en")} reopened`,
  firstVerdicts: (n: number) => count(n, "claim got its first verdict", "claims got their first verdict"),
  newClaims: (n: number, withoutVerdict: number, since: number) =>
    `${count(n, "claim", "claims")} new since the ${since} review${withoutVerdict ? ` (${withoutVerdict.toLocaleString("en")} still without a verdict)` : ""}`,
  unchanged: (n: number) => `${n.toLocaleString("en")} unchanged`,
} as const;

// ---------------------------------------------------------------------------------------
// Paging

export const SNAPSHOT_PAGE_SIZE = 50;
/** Entries in one API answer unless `limit` says otherwise (as GET /api/predictions). */
export const API_PAGE_DEFAULT = 50;
export const QUEUE_PAGE_SIZE = 50;

/**
 * Filters of a completed review's claim table: `changed=1` any grade move, one direction of
 * move, `first` (first verdicts) or `new` (claims new since the previous review).
 */
export const CHANGE_FILTERS = ["1", "up", "down", "changed", "reopened", "first", "new"] as const;
export type ChangeFilter = (typeof CHANGE_FILTERS)[number];
export type SnapshotFilter = { grade?: Grade | "none"; changed?: ChangeFilter };

export const CHANGE_FILTER_LABELS: Record<ChangeFilter, string> = {
  "1": "Grade moved (any direction)",
  up: `Grade moved: ${DIRECTION_LABELS.up}`,
  down: `Grade moved: ${DIRECTION_LABELS.down}`,
  changed: `Grade moved: ${DIRECTION_LABELS.changed}`,
  reopened: `Grade moved: ${DIRECTION_LABELS.reopened}`,
  first: "First verdict",
  new: "New since the last review",
};

// ---------------------------------------------------------------------------------------
// Due flags

export const STALE_AFTER_DAYS = 365;

/**
 * The due flags on a claim (the claim list, a source, the scorecard's counts):
 * - `isNew`, "New: needs a first verdict": no verdict yet. Such a claim is never stale.
 * - `isStale`, "Not reviewed in over 12 months": it has a verdict that is not final, and more
 *   than 365 days have passed since the latest of its creation, its last verdict and the
 *   last completed review that included it (skipped or not: the review looked at it).
 * - `isReadyForFinal`, "Past its horizon: ready for a final verdict": the horizon's last
 *   year has ended and its verdict is not final (FINAL_GRADES, which include `partly`).
 */
export type DueFlags = { isNew: boolean; isStale: boolean; isReadyForFinal: boolean };

export const DUE_FLAG_LABELS = {
  isNew: "New: needs a first verdict",
  isStale: "Not reviewed in over 12 months",
  isReadyForFinal: "Past its horizon: ready for a final verdict",
} as const satisfies Record<keyof DueFlags, string>;

export type DueInput = {
  currentGrade: Grade | null;
  horizonTo: number;
  /** The day the claim was added to the tracker (not the day its author made it). */
  createdOn: string;
  currentVerdictOn: string | null;
  /** The completion day of the last completed review whose snapshot holds the claim. */
  lastReviewedOn: string | null;
};

/** The day a claim was last looked at: the latest of its creation, last verdict and last review. */
export function lastLookedAt(claim: Pick<DueInput, "createdOn" | "currentVerdictOn" | "lastReviewedOn">): string {
  return [claim.createdOn, claim.currentVerdictOn, claim.lastReviewedOn].reduce<string>(
    (latest, d) => (d !== null && d > latest ? d : latest),
    claim.createdOn,
  );
}

export function dueFlags(claim: DueInput, today: string): DueFlags {
  const last = lastLookedAt(claim);
  const days = (Date.parse(`${today}T00:00:00Z`) - Date.parse(`${last}T00:00:00Z`)) / 86_400_000;
  const isOpen = !isFinal(claim.currentGrade);
  return {
    isNew: claim.currentGrade === null,
    isStale: claim.currentGrade !== null && isOpen && days > STALE_AFTER_DAYS,
    isReadyForFinal: isOpen && Number(today.slice(0, 4)) > claim.horizonTo,
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
