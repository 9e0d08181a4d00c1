// The signals that make a sentence read as a forward-looking claim, and those that mark it
// down. Pure. Each signal fires at most once per sentence; the score is the sum of the
// weights that fired. Weights are round numbers chosen by reading, not fitted to a text.
import { CREDENCE_TABLE } from "../credence";
import { NO_HORIZON_STATED, readHorizon } from "../horizon";
import type { Sentence } from "./sentences";

export type SignalName =
  | "future"
  | "modal"
  | "horizon"
  | "future-year"
  | "hedge"
  | "claim-verb"
  | "change"
  | "forecast-section"
  | "headline"
  | "question"
  | "past"
  | "reported-speech"
  | "conditional"
  | "quoted-passage"
  | "heading"
  | "about-the-text"
  | "fragment"
  | "long";

export type Signal = { name: SignalName; weight: number; match: string };

/** What each signal means, for the page's explanation. */
export const SIGNAL_LABELS: Record<SignalName, string> = {
  future: "future tense",
  modal: "modal verb",
  horizon: "time expression",
  "future-year": "a year ahead",
  hedge: "hedge word",
  "claim-verb": "claim verb",
  change: "verb of change",
  "forecast-section": "in a section about the future",
  headline: "headline with a verb",
  question: "question",
  past: "about the past",
  "reported-speech": "reported speech",
  conditional: "hypothetical",
  "quoted-passage": "quoted from someone else",
  heading: "heading",
  "about-the-text": "about the text itself",
  fragment: "too short",
  long: "very long",
};

const FUTURE = /\b(will|won['’]t|shall|going to|about to|is set to|are set to|is poised to|are poised to|is bound to|are bound to)\b|\w['’]ll\b/i;
const MODAL = /\b(should|could|might|may|would|must)\b/i;
const CLAIM_VERB =
  /\b(i|we)\s+(?:now\s+|also\s+|still\s+|really\s+)?(think|expect|believe|predict|assume|bet|suspect|anticipate|foresee|guess|reckon|forecast|am (?:sure|confident|convinced)|are (?:sure|confident|convinced)|can expect)\b|\bit(?:['’]s| is| seems| feels| looks)\s+(?:now\s+|very\s+|quite\s+|highly\s+)?(likely|unlikely|possible|probable|inevitable|certain)\b|\bmy (guess|prediction|bet|forecast|expectation)\b|\bin the (future|coming (?:years|decades?|months)|years ahead|long run)\b|\bnext (step|wave|generation|decade|few)\b/i;
const CHANGE =
  /\b(emerg(?:e|es|ing)|becom(?:e|es|ing)|keeps?|keeping|continu(?:e|es|ing)|grow(?:s|ing)?|approach(?:es|ing)|ris(?:e|es|ing)|declin(?:e|es|ing)|replac(?:e|es|ing)|overtak(?:e|es|ing)|disappear(?:s|ing)?|transform(?:s|ing)?|chang(?:e|es|ing)|improv(?:e|es|ing)|shrink(?:s|ing)?|spread(?:s|ing)?|increas(?:e|es|ing)|reduc(?:e|es|ing)|match(?:es|ing)?|surpass(?:es|ing)?|holds?|holding|merged?)\b/i;
const PAST =
  /\b(was|were|had|did|used to|recently|ago|last (?:year|month|week)|yesterday|published|announced|showed|found|covered|learned|summarized|summarised|happened|turned out|has been|have been)\b/i;
const REPORTED = /\b(said|says|wrote|writes|argued|argues|claimed|claims|stated|told|according to|to quote|puts it)\b/i;
const CONDITIONAL_OPENER = /^(?:and |but |so )?(if|unless|suppose|supposing|imagine|assuming|what if|had)\b/i;
const HEADLINE_VERB = /\b(is|are|will|becomes?|keeps?|holds?|grows?|emerg\w*|wins?|ends?|replaces?|rises?|falls?|gets?|goes|turns?|merged?|matters?)\b/i;
// The author pointing ahead in their own text ("later we will cover…") predicts nothing.
const ABOUT_THE_TEXT =
  /\b(this|my|the next|the last|a later|a future|the following) (post|posts|essay|article|paper|chapter|section|link|talk|piece)\b|\b(later|below|next) (in this|we will (?:look|see|cover|discuss|focus)|i will (?:look|cover|discuss|show))\b|\bwe will (?:now |later |then )?(?:look at|turn to|cover|discuss|see below)\b|\bas we will see\b/i;
const FORWARD_HEADING = /\b(next|future|will|predictions?|forecasts?|outlook|ahead|coming|expect\w*|tomorrow|what now|trends?|\d{4})\b/i;

/** Words of the credence table that are hedges rather than plain future or modal verbs. */
const HEDGES = CREDENCE_TABLE.map((r) => r.phrase).filter(
  (p) => !["will", "going to", "about to", "should", "could", "might"].includes(p),
);
const HEDGE = new RegExp(`(^|[^a-z'])(${HEDGES.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})([^a-z]|$)`);

export const WEIGHTS: Record<SignalName, number> = {
  future: 3,
  modal: 1.5,
  horizon: 2,
  "future-year": 2,
  hedge: 1.5,
  "claim-verb": 2,
  change: 1,
  "forecast-section": 1.5,
  headline: 2.5,
  question: -3,
  past: -1.5,
  "reported-speech": -1.5,
  conditional: -2.5,
  "quoted-passage": -2.5,
  heading: -2,
  "about-the-text": -2.5,
  fragment: -2,
  long: -1,
};

/** "As soon as" is a conjunction, not a time: the horizon table would read it as "soon". */
export const horizonWording = (text: string) => text.replace(/\bas soon as\b/gi, "when");

export function scoreSentence(s: Sentence, publishedYear: number): Signal[] {
  const text = s.text;
  const lower = text.toLowerCase().replace(/[’‘]/g, "'");
  const out: Signal[] = [];
  const add = (name: SignalName, match: string) => out.push({ name, weight: WEIGHTS[name], match });

  const future = text.match(FUTURE);
  if (future) add("future", future[0]);
  const modal = text.match(MODAL);
  if (modal) add("modal", modal[0]);
  const horizon = readHorizon(horizonWording(text), publishedYear);
  if (horizon.rule !== NO_HORIZON_STATED) add("horizon", horizon.rule);
  const laterYear = [...text.matchAll(/\b(1[6-9]\d\d|2[0-2]\d\d)\b/g)].find((m) => Number(m[1]) > publishedYear);
  if (laterYear) add("future-year", laterYear[1]);
  const hedge = lower.match(HEDGE);
  if (hedge) add("hedge", hedge[2]);
  const claim = text.match(CLAIM_VERB);
  if (claim) add("claim-verb", claim[0]);
  const change = text.match(CHANGE);
  if (change) add("change", change[0]);
  if (s.headings.some((h) => FORWARD_HEADING.test(h))) add("forecast-section", s.headings.find((h) => FORWARD_HEADING.test(h))!);

  const isHeadlike = s.blockKind === "heading" || s.isLeadIn;
  const headlineVerb = text.match(HEADLINE_VERB);
  if (isHeadlike && headlineVerb && !/\?\s*$/.test(text)) add("headline", headlineVerb[0]);
  if (s.blockKind === "heading" && !headlineVerb) add("heading", text);

  // A question, or a sentence that ends by quoting one (… a question: “what will …?”.).
  const indirect = text.match(/\b(?:asked|asks|ask|wonder(?:ed|s)?|wondering)\s+(?:me\s+|us\s+)?(?:whether|if)\b/i);
  if (/\?[)"”’!.]*$/.test(text.trim())) add("question", "?");
  else if (indirect) add("question", indirect[0]);
  const aboutText = text.match(ABOUT_THE_TEXT);
  if (aboutText) add("about-the-text", aboutText[0]);
  const past = text.match(PAST);
  // "could follow" looks ahead; "could have followed" looks back.
  const looksAhead = future || (modal && !/\b(?:should|could|might|may|would|must)(?:n['’]t| not)? have\b/i.test(text));
  if (past && !looksAhead) add("past", past[0]);
  const reported = text.match(REPORTED);
  if (reported && (!future || /\b(said|wrote|argued|claimed|stated|told)\b/i.test(reported[0]))) add("reported-speech", reported[0]);
  const opener = text.match(CONDITIONAL_OPENER);
  if (opener && !/\bwill\b/i.test(text.slice(opener[0].length))) add("conditional", opener[0]);
  if (s.blockKind === "quote") add("quoted-passage", "quoted passage");
  const words = text.split(/\s+/).filter(Boolean).length;
  if (words < 4 && !isHeadlike) add("fragment", text);
  if (words > 60) add("long", `${words} words`);
  return out;
}

/** Signals that say something is forward-looking; a sentence with none of them is no candidate. */
export const FORWARD_SIGNALS: ReadonlySet<SignalName> = new Set([
  "future", "modal", "horizon", "future-year", "hedge", "claim-verb", "headline",
]);

export const scoreOf = (signals: Signal[]) => Math.round(signals.reduce((sum, s) => sum + s.weight, 0) * 100) / 100;
