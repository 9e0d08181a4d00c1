import type { ReviewDetail, ReviewSummary } from "../db/reviews";

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

export function toApiReviewDetail(r: ReviewDetail) {
  return {
    ...toApiReview(r),
    notes: r.notes,
    figures: r.figures,
    entries: r.entries,
    previousYear: r.previous?.year ?? null,
    changes: r.changes,
    events: r.events,
  };
}

/** Parses the [year] route segment; null when it is not a plain year. */
export function parseYear(segment: string): number | null {
  return /^\d{4}$/.test(segment) ? Number(segment) : null;
}
