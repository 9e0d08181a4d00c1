import type { ReviewDetail, ReviewSummary, SnapshotListEntry } from "../db/reviews";

/** The public shape of a review in GET /api/reviews. */
export function toApiReview(r: ReviewSummary) {
  return {
    year: r.year,
    title: r.title,
    status: r.status,
    openedOn: r.openedOn,
    completedOn: r.completedOn,
    graded: r.graded,
    total: r.total,
    hitRate: r.hitRate,
    isSeeded: r.isSeeded,
  };
}

/** A review with one page of its snapshot's entries (none while it is open). */
export function toApiReviewDetail(r: ReviewDetail, entries: SnapshotListEntry[]) {
  return {
    ...toApiReview(r),
    notes: r.notes,
    figures: r.figures,
    entries,
    previousYear: r.previous?.year ?? null,
    changes: r.changes,
    /** The review's one summary: the figures its page and its Markdown report show. */
    summary: r.digest,
    /** The seal of a completed review (null while open) and the previous review's, as GET /api/reviews/verify checks them. */
    hash: r.hash,
    previousHash: r.previousHash,
    events: r.events,
  };
}

/** Parses the [year] route segment; null when it is not a plain year. */
export function parseYear(segment: string): number | null {
  return /^\d{4}$/.test(segment) ? Number(segment) : null;
}
