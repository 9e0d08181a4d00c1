// Feed entries from what lib/db/feeds.ts reads: a title, an HTML body with every piece of
// user text escaped, a stable id and a link back to the page it is about.
import type { DueClaim, EvidenceActivity, FeedActivity, VerdictActivity } from "../db/feeds";
import { GRADE_LABELS, NO_VERDICT_LABEL, STANCE_LABELS, type Stance } from "../domain";
import { formatHorizon } from "../horizon";
import { DUE_FLAG_LABELS } from "../reviews";
import type { AtomEntry } from "./atom";
import { claimPath, sourcePath, tagUri } from "./site";
import { escapeMarkup as esc, isWebUrl } from "./text";

/** How evidence bears on its claim, as a verb phrase: "Evidence supports …". */
const STANCE_VERB: Record<Stance, string> = {
  supports: "supports",
  contradicts: "contradicts",
  mixed: "is mixed on",
};

const day = (d: Date) => d.toISOString().slice(0, 10);
const link = (href: string, text: string) => (isWebUrl(href) ? `<a href="${esc(href)}">${esc(text)}</a>` : esc(text));
const para = (html: string) => `<p>${html}</p>`;

/** Which claim and source an entry is about: always said in the body, in the title only across claims. */
function about(origin: string, a: FeedActivity): string {
  return para(`On the claim ${link(origin + claimPath(a.claim.id), `“${a.claim.statement}”`)}, from ${link(origin + sourcePath(a.source.id), a.source.title)}.`);
}

/**
 * An entry for one event. `acrossClaims`: the feed lists many claims, so the title names the
 * claim too.
 */
export function activityEntry(origin: string, a: FeedActivity, acrossClaims: boolean): AtomEntry {
  return isEvidence(a) ? evidenceEntry(origin, a, acrossClaims) : verdictEntry(origin, a, acrossClaims);
}

const isEvidence = (a: FeedActivity): a is EvidenceActivity => a.kind === "evidence" || a.kind === "evidence-retraction";

const onClaim = (a: FeedActivity, acrossClaims: boolean) => (acrossClaims ? ` “${a.claim.statement}”` : "");
const byWhom = (a: FeedActivity) => (a.author ? ` by ${esc(a.author)}` : "");

function evidenceEntry(origin: string, a: EvidenceActivity, acrossClaims: boolean): AtomEntry {
  const claimUrl = origin + claimPath(a.claim.id);
  const on = onClaim(a, acrossClaims);
  const by = byWhom(a);
  const anchor = `${claimUrl}#evidence-${encodeURIComponent(a.id)}`;
  if (a.kind === "evidence-retraction") {
    return {
      id: tagUri(origin, "evidence", a.id, "retraction"),
      title: `Evidence retracted: ${a.title}${acrossClaims ? ` (on${on})` : ""}`,
      updated: a.at,
      link: anchor,
      author: a.author,
      contentHtml: [
        para(`The evidence “${link(a.url, a.title)}” was retracted on ${day(a.at)}${by}. It no longer counts.`),
        a.reason ? para(`Reason: ${esc(a.reason)}`) : "",
        about(origin, a),
      ].join(""),
    };
  }
  return {
    id: tagUri(origin, "evidence", a.id),
    title: acrossClaims ? `Evidence ${STANCE_VERB[a.stance]}${on}: ${a.title}` : `Evidence ${STANCE_VERB[a.stance]} it: ${a.title}`,
    updated: a.at,
    link: anchor,
    author: a.author,
    contentHtml: [
      para(`<strong>${esc(STANCE_LABELS[a.stance] ?? a.stance)}</strong> (${esc(a.strength)} evidence), observed on ${esc(a.observedOn)} and logged on ${day(a.at)}${by}.`),
      para(esc(a.summary)),
      a.excerpt ? `<blockquote>${para(esc(a.excerpt))}</blockquote>` : "",
      para(`Source of the evidence: ${link(a.url, a.url)}`),
      about(origin, a),
    ].join(""),
  };
}

function verdictEntry(origin: string, a: VerdictActivity, acrossClaims: boolean): AtomEntry {
  const claimUrl = origin + claimPath(a.claim.id);
  const on = onClaim(a, acrossClaims);
  const by = byWhom(a);
  const grade = GRADE_LABELS[a.grade] ?? a.grade;
  const anchor = `${claimUrl}#verdict-${encodeURIComponent(a.id)}`;
  if (a.kind === "verdict-retraction") {
    return {
      id: tagUri(origin, "verdict", a.id, "retraction"),
      title: `Verdict retracted: ${grade}${acrossClaims ? ` (on${on})` : ""}`,
      updated: a.at,
      link: anchor,
      author: a.author,
      contentHtml: [
        para(`The verdict “${esc(grade)}” as of ${esc(a.madeOn)} was retracted on ${day(a.at)}${by}. It no longer counts.`),
        a.reason ? para(`Reason: ${esc(a.reason)}`) : "",
        about(origin, a),
      ].join(""),
    };
  }
  const credence = a.credence === null ? "" : `, credence ${Math.round(a.credence * 100)} %`;
  return {
    id: tagUri(origin, "verdict", a.id),
    title: acrossClaims ? `Verdict: ${grade} for${on}` : `Verdict: ${grade}`,
    updated: a.at,
    link: anchor,
    author: a.author,
    contentHtml: [
      para(`<strong>${esc(grade)}</strong>${credence}, as of ${esc(a.madeOn)}, recorded on ${day(a.at)}${by}.`),
      para(esc(a.rationale)),
      about(origin, a),
    ].join(""),
  };
}

/** An entry for a claim that came due: one per claim and reason, its id naming the occasion. */
export function dueEntry(origin: string, d: DueClaim): AtomEntry {
  const claimUrl = origin + claimPath(d.claim.id);
  const label = d.reason === "final" ? DUE_FLAG_LABELS.isReadyForFinal : DUE_FLAG_LABELS.isStale;
  const grade = d.claim.currentGrade ? GRADE_LABELS[d.claim.currentGrade] : NO_VERDICT_LABEL;
  const occasion = d.reason === "final" ? `horizon-${d.claim.horizon.to}` : d.dueOn;
  return {
    id: tagUri(origin, "due", d.reason, d.claim.id, occasion),
    title: `${label}: ${d.claim.statement}`,
    updated: new Date(`${d.dueOn}T00:00:00Z`),
    link: claimUrl,
    author: "Prediction Tracker",
    contentHtml: [
      para(`<strong>${esc(label)}</strong> since ${esc(d.dueOn)}.`),
      para(`Current verdict: ${esc(grade)}. Horizon: ${esc(formatHorizon(d.claim.horizon))}. Last looked at on ${esc(d.lastLookedAt)}.`),
      `<blockquote>${para(esc(d.claim.quote))}</blockquote>`,
      para(`${link(claimUrl, d.claim.statement)}, from ${link(origin + sourcePath(d.source.id), d.source.title)}.`),
    ].join(""),
  };
}
