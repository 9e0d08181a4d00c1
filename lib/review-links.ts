import type { GuidedView, SnapshotView } from "./validation/review-query";

// Every view of a review lives in its URL, so it can be bookmarked and shared.

const withQuery = (path: string, params: Record<string, string | number | undefined>, hash?: string) => {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== "") q.set(k, String(v));
  const s = q.toString();
  return `${path}${s ? `?${s}` : ""}${hash ? `#${hash}` : ""}`;
};

/** A completed review's claim table: filters and page. */
export function snapshotHref(year: number, view: SnapshotView, hash = "review-claims"): string {
  return withQuery(`/reviews/${year}`, { grade: view.grade, changed: view.changed, page: view.page && view.page > 1 ? view.page : undefined }, hash);
}

/** The guided review on one claim; the queue filter carries over from claim to claim. */
export function guidedHref(year: number, view: Omit<GuidedView, "recorded">, hash?: string): string {
  return withQuery(
    `/reviews/${year}`,
    { claim: view.claim, show: view.show, page: view.page, since: view.since, older: view.older, confirm: view.confirm },
    hash,
  );
}
