// The weekly email digest, composed from data already read (lib/db/digest.ts): claims due for
// a verdict, new evidence on the claims the reader follows, and a nudge when the yearly review
// is near. Pure: the same input always gives the same subject, text and HTML.
import { GRADE_LABELS, type Grade, STANCE_LABELS, type Stance } from "./domain";
import { DUE_FLAG_LABELS, shortQuote } from "./reviews";
import { OFFSITE_PALETTE } from "./feeds/palette";

/** A digest goes out at most once a week to each reader. */
export const DIGEST_INTERVAL_DAYS = 7;
/** The review nudge starts this many days before the yearly review falls due. */
export const REVIEW_NUDGE_DAYS = 31;
/** At most this many rows per list; the totals say how many there are. */
export const DIGEST_LIST_MAX = 10;

export type DueClaim = { id: string; statement: string; horizonTo: number; currentGrade: Grade | null };
export type FollowedEvidence = {
  id: string;
  title: string;
  url: string;
  stance: Stance;
  observedOn: string;
  claim: { id: string; statement: string };
};

/**
 * Where the yearly review stands. One review a year, each due a year after the previous one
 * was completed (the seed's fall on 15 December): `lastCompletedOn` is that completion day,
 * `openYear` a review in progress.
 */
export type ReviewState = { lastCompletedOn: string | null; openYear: number | null };

export type DigestInput = {
  recipient: { name: string; email: string };
  /** YYYY-MM-DD, UTC. */
  today: string;
  /** What the evidence list covers: since the last digest (or the last week for a first one). */
  since: string;
  baseUrl: string;
  due: { readyForFinal: { total: number; items: DueClaim[] }; stale: { total: number; items: DueClaim[] } };
  followed: { total: number; claims: number; items: FollowedEvidence[] };
  review: ReviewState;
};

export type ReviewNudge =
  | { kind: "open"; year: number }
  | { kind: "soon"; dueOn: string; days: number }
  | { kind: "overdue"; dueOn: string; days: number };

const DAY = 86_400_000;
const dayNumber = (d: string) => Date.parse(`${d}T00:00:00Z`) / DAY;

/** The day a year after `day` (29 February → 28 February). */
export function aYearAfter(day: string): string {
  const [y, m, d] = day.split("-").map(Number);
  const next = new Date(Date.UTC(y + 1, m - 1, d));
  if (next.getUTCMonth() !== m - 1) next.setUTCDate(0);
  return next.toISOString().slice(0, 10);
}

/**
 * The nudge: an open review says so; otherwise the next review falls due a year after the
 * last completion, and the digest nudges from REVIEW_NUDGE_DAYS before that day, and after it
 * until a review is opened. No completed review yet: nothing to time it by, no nudge.
 */
export function reviewNudge(review: ReviewState, today: string): ReviewNudge | null {
  if (review.openYear !== null) return { kind: "open", year: review.openYear };
  if (!review.lastCompletedOn) return null;
  const dueOn = aYearAfter(review.lastCompletedOn);
  const days = dayNumber(dueOn) - dayNumber(today);
  if (days > REVIEW_NUDGE_DAYS) return null;
  return days >= 0 ? { kind: "soon", dueOn, days } : { kind: "overdue", dueOn, days: -days };
}

export type Digest = { subject: string; text: string; html: string; unsubscribeUrl: string };

const plural = (n: number, one: string, many: string) => `${n.toLocaleString("en")} ${n === 1 ? one : many}`;

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

/** A line of the email: its text, and its HTML with the link (if any) on the words. */
type Line = { text: string; html: string };
const link = (words: string, href: string): Line => ({ text: `${words}\n  ${href}`, html: `<a href="${escapeHtml(href)}">${escapeHtml(words)}</a>` });
const plain = (words: string): Line => ({ text: words, html: escapeHtml(words) });

type Section = { heading: string; intro?: string; lines: Line[]; more?: Line };

function nudgeSection(n: ReviewNudge, base: string): Section {
  const reviews = `${base}/reviews`;
  if (n.kind === "open") {
    return { heading: "The yearly review", lines: [link(`The ${n.year} review is open: grade the claims that still need a verdict.`, `${base}/reviews/${n.year}`)] };
  }
  const when = n.kind === "soon" ? (n.days === 0 ? `is due today (${n.dueOn})` : `is due on ${n.dueOn}, in ${plural(n.days, "day", "days")}`) : `was due on ${n.dueOn}, ${plural(n.days, "day", "days")} ago`;
  return { heading: "The yearly review", lines: [link(`The next yearly review ${when}. Start it when you are ready.`, reviews)] };
}

function dueSection(label: string, list: { total: number; items: DueClaim[] }, base: string, filter: string): Section | null {
  if (list.total === 0) return null;
  const lines = list.items.map((c) =>
    link(`${shortQuote(c.statement, 120)} (horizon ${c.horizonTo}; ${c.currentGrade ? GRADE_LABELS[c.currentGrade] : "no verdict yet"})`, `${base}/predictions/${c.id}`),
  );
  const rest = list.total - list.items.length;
  return {
    heading: `${label}: ${list.total.toLocaleString("en")}`,
    lines,
    more: rest > 0 ? link(`and ${plural(rest, "more claim", "more claims")}`, `${base}/predictions?due=${filter}`) : undefined,
  };
}

/**
 * The digest for one reader, or null when there is nothing to tell (no due claims, no new
 * evidence on followed claims, no review nudge): an empty email is not sent.
 */
export function composeDigest(input: DigestInput): Digest | null {
  const base = input.baseUrl.replace(/\/+$/, "");
  const unsubscribeUrl = `${base}/account`;
  const nudge = reviewNudge(input.review, input.today);
  const sections: Section[] = [];
  if (nudge) sections.push(nudgeSection(nudge, base));
  const final = dueSection(DUE_FLAG_LABELS.isReadyForFinal, input.due.readyForFinal, base, "final");
  const stale = dueSection(DUE_FLAG_LABELS.isStale, input.due.stale, base, "stale");
  if (final) sections.push(final);
  if (stale) sections.push(stale);
  const f = input.followed;
  if (f.total > 0) {
    const rest = f.total - f.items.length;
    sections.push({
      heading: `New evidence on claims you follow: ${f.total.toLocaleString("en")}`,
      intro: `${plural(f.total, "item", "items")} on ${plural(f.claims, "claim", "claims")} since ${input.since}.`,
      lines: f.items.map((e) => {
        const words = `${e.title} (${STANCE_LABELS[e.stance].toLowerCase()}, ${e.observedOn})`;
        const on = ` on “${shortQuote(e.claim.statement, 120)}”`;
        const href = `${base}/predictions/${e.claim.id}#evidence-heading`;
        return { text: `${words}${on}\n  ${href}`, html: `${link(words, href).html}${plain(on).html}` };
      }),
      more: rest > 0 ? plain(`and ${plural(rest, "more item", "more items")}.`) : undefined,
    });
  }
  if (sections.length === 0) return null;

  const counts: string[] = [];
  const dueTotal = input.due.readyForFinal.total + input.due.stale.total;
  if (dueTotal) counts.push(`${plural(dueTotal, "claim", "claims")} due`);
  if (f.total) counts.push(`${plural(f.total, "new evidence item", "new evidence items")}`);
  if (nudge) counts.push(nudge.kind === "open" ? "review open" : "review coming up");
  const subject = `Prediction tracker weekly digest: ${counts.join(", ")}`;

  const greeting = `Hello ${input.recipient.name},`;
  const footer = `You get this weekly digest because you opted in. Opt out on your account page: ${unsubscribeUrl}`;
  const text = [
    greeting,
    "",
    ...sections.flatMap((s) => [
      s.heading,
      "-".repeat(Math.min(s.heading.length, 72)),
      ...(s.intro ? [s.intro] : []),
      ...s.lines.map((l) => `- ${l.text}`),
      ...(s.more ? [`- ${s.more.text}`] : []),
      "",
    ]),
    footer,
    "",
  ].join("\n");
  const html = [
    "<!doctype html>",
    `<html><body style="font-family: sans-serif; line-height: 1.4">`,
    `<p>${escapeHtml(greeting)}</p>`,
    ...sections.map(
      (s) =>
        `<h2 style="font-size: 1.1em">${escapeHtml(s.heading)}</h2>${s.intro ? `<p>${escapeHtml(s.intro)}</p>` : ""}<ul>${[...s.lines, ...(s.more ? [s.more] : [])]
          .map((l) => `<li>${l.html}</li>`)
          .join("")}</ul>`,
    ),
    `<p style="color: ${OFFSITE_PALETTE.muted.light}; font-size: 0.9em">You get this weekly digest because you opted in. <a href="${escapeHtml(unsubscribeUrl)}">Opt out on your account page</a>.</p>`,
    "</body></html>",
  ].join("\n");
  return { subject, text, html, unsubscribeUrl };
}
