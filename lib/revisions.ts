// What the pages read out of a claim's revisions. Pure.
import type { Revision } from "./db/rows";

/** Ids of the claims that parent changes point at, so the page can name them. */
export function claimIdsIn(revisions: Revision[]): string[] {
  const ids = new Set<string>();
  for (const r of revisions) {
    const c = r.changes.parentId;
    if (!c) continue;
    for (const v of [c.before, c.after]) if (typeof v === "string") ids.add(v);
  }
  return [...ids];
}

/**
 * The override behind the current implied credence, if any: an override sticks (a later quote
 * correction does not re-read the hedge words), so the latest one still applies.
 */
export function latestCredenceOverride(revisions: Revision[]): Revision | null {
  return revisions.findLast((r) => r.kind === "credence_override") ?? null;
}
