import "server-only";
// The four Atom feeds as documents: what each lists, under which title, linked to which page.
import { FEED_LIMIT, getClaimFeed, getSourceFeed, listComingDue, listTrackerActivity } from "../db/feeds";
import type { AtomDocument } from "./atom";
import { activityEntry, dueEntry } from "./entries";
import { claimPath, sourcePath } from "./site";

/** The newest evidence and verdicts across the tracker: `/feed.xml`. */
export async function trackerFeed(origin: string): Promise<AtomDocument> {
  const items = await listTrackerActivity();
  return {
    self: `${origin}/feed.xml`,
    link: `${origin}/`,
    title: "Prediction Tracker: new evidence and verdicts",
    subtitle: `The newest ${FEED_LIMIT} evidence items and verdicts logged on any claim, newest first.`,
    updatedWhenEmpty: new Date(),
    entries: items.map((a) => activityEntry(origin, a, true)),
  };
}

/** One claim's evidence, verdicts and retractions: `/predictions/{id}/feed.xml`. Null for an unknown claim. */
export async function claimFeed(origin: string, id: string): Promise<AtomDocument | null> {
  const feed = await getClaimFeed(id);
  if (!feed) return null;
  const page = origin + claimPath(feed.claim.id);
  return {
    self: `${page}/feed.xml`,
    link: page,
    title: `${feed.claim.statement}: evidence and verdicts`,
    subtitle: `Evidence, verdicts and retractions on this claim from ${feed.claim.source.title}, newest first.`,
    updatedWhenEmpty: feed.claim.createdAt,
    entries: feed.items.map((a) => activityEntry(origin, a, false)),
  };
}

/** The newest evidence and verdicts on one source's claims: `/sources/{id}/feed.xml`. Null for an unknown source. */
export async function sourceFeed(origin: string, id: string): Promise<AtomDocument | null> {
  const feed = await getSourceFeed(id);
  if (!feed) return null;
  const page = origin + sourcePath(feed.source.id);
  return {
    self: `${page}/feed.xml`,
    link: page,
    title: `${feed.source.title}: evidence and verdicts`,
    subtitle: `The newest evidence and verdicts on the claims of ${feed.source.title} by ${feed.source.author}, newest first.`,
    updatedWhenEmpty: feed.source.createdAt,
    entries: feed.items.map((a) => activityEntry(origin, a, true)),
  };
}

/** Claims as they come due for review: `/reviews/feed.xml`. */
export async function dueFeed(origin: string, now = new Date()): Promise<AtomDocument> {
  const due = await listComingDue(now);
  return {
    self: `${origin}/reviews/feed.xml`,
    link: `${origin}/reviews`,
    title: "Prediction Tracker: claims coming due for review",
    subtitle: "Claims past their horizon without a final verdict, and claims not reviewed in over 12 months, newest first.",
    updatedWhenEmpty: now,
    entries: due.map((d) => dueEntry(origin, d)),
  };
}
