// Turns one fetch of an evidence link into what the evidence row records. Pure.
//
// The rules:
// - A final 2xx answer is a working link. Any other final status (404, 410, other 4xx, 5xx,
//   a 3xx without a Location) is "broken", with the status kept.
// - No final answer (network error, timeout, a redirect loop or more than the redirect limit)
//   is "unreachable", with what failed kept in linkError.
// - A URL that is not http(s), or that names a private address, is never fetched: "broken".
// - The hash: the FIRST full body the checker reads becomes contentSha256, and it is kept from
//   then on, as the record of the page that was cited. A later body with another hash marks the
//   link "changed"; linkChangedAt is the first check that saw the difference and stays while
//   the page differs. If the page comes back to the stored hash, the flag and date clear.
// - A body larger than the limit is not hashed (a prefix's hash is not the page's hash): the
//   link counts as working, linkError says why there is no hash, and whether it had changed is
//   left as the last full read found it.
// - Broken and unreachable outrank changed, but the change date is kept for when the link
//   works again.
import type { PageFetch } from "./fetch-page";

export const LINK_PROBLEMS = ["broken", "unreachable", "changed"] as const;
export type LinkProblem = (typeof LINK_PROBLEMS)[number];

export function isLinkProblem(value: unknown): value is LinkProblem {
  return typeof value === "string" && (LINK_PROBLEMS as readonly string[]).includes(value);
}

/** What the row held before this check, as far as the assessment needs it. */
export type StoredLink = { contentSha256: string | null; linkChangedAt: Date | null };

/** Every link column a check writes, in one UPDATE. */
export type LinkUpdate = {
  linkCheckedAt: Date;
  linkStatus: number | null;
  linkFinalUrl: string | null;
  linkError: string | null;
  linkProblem: LinkProblem | null;
  contentSha256: string | null;
  linkChangedAt: Date | null;
};

export type LinkOutcome = "ok" | LinkProblem;

export const outcomeOf = (update: LinkUpdate): LinkOutcome => update.linkProblem ?? "ok";

export function assessFetch(fetched: PageFetch, stored: StoredLink, checkedAt: Date): LinkUpdate {
  const base = {
    linkCheckedAt: checkedAt,
    linkStatus: fetched.status,
    linkFinalUrl: fetched.finalUrl,
    linkError: fetched.error,
    contentSha256: stored.contentSha256,
    linkChangedAt: stored.linkChangedAt,
  };
  const previouslyChanged: LinkProblem | null = stored.linkChangedAt ? "changed" : null;
  switch (fetched.failure) {
    case "scheme":
    case "private":
      return { ...base, linkProblem: "broken" };
    case "network":
    case "timeout":
    case "redirects":
      return { ...base, linkProblem: "unreachable" };
    case "too-large":
      return { ...base, linkProblem: previouslyChanged };
    case null:
      break;
  }
  const status = fetched.status ?? 0;
  if (status < 200 || status > 299) return { ...base, linkProblem: "broken" };
  const sha = fetched.sha256;
  if (!sha) return { ...base, linkProblem: previouslyChanged };
  if (stored.contentSha256 === null) return { ...base, contentSha256: sha, linkChangedAt: null, linkProblem: null };
  if (stored.contentSha256 === sha) return { ...base, linkChangedAt: null, linkProblem: null };
  return { ...base, linkChangedAt: stored.linkChangedAt ?? checkedAt, linkProblem: "changed" };
}
