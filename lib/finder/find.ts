// The claim finder: from a text to ranked candidate claims. Pure and deterministic: the
// same text and date always give the same candidates in the same order.
import { readCredence, type CredenceReading } from "../credence";
import { readHorizon, type Horizon } from "../horizon";
import { detectFormat, readDocument, type FinderDocument, type InputFormat } from "./document";
import { documentSentences, type Sentence } from "./sentences";
import { FORWARD_SIGNALS, horizonWording, scoreOf, scoreSentence, type Signal } from "./signals";

export type SubClaim = { name: string; quote: string; start: number; end: number };
export type Related = { kind: "continuation" | "duplicate"; quote: string; start: number; end: number };

export type Candidate = {
  /** Stable within one text: the quote's start offset. */
  id: string;
  quote: string;
  start: number;
  end: number;
  section: string;
  horizon: Horizon;
  credence: CredenceReading;
  signals: Signal[];
  score: number;
  /** Sentences grouped under this one: short continuations and near-duplicates. */
  related: Related[];
  /** A list of named entities right after the claim (companies, countries…), one sub-claim each. */
  subClaims: SubClaim[];
};

export type FinderResult = {
  /** The plain text every offset refers to (see document.ts). */
  text: string;
  format: InputFormat;
  metadata: FinderDocument["metadata"];
  /** The text's headings, in order, so a claim added by hand gets its section too. */
  headings: { start: number; end: number; text: string }[];
  candidates: Candidate[];
};

export type FindOptions = { publishedOn: string; format?: InputFormat };

/** Below this a sentence with a forward signal is still too weak to propose. */
export const MIN_SCORE = 1.5;
const DUPLICATE_SIMILARITY = 0.6;
const CONTINUATION_WORDS = 5;
const CONTINUATION_MAX_SCORE = 3;
const CONNECTIVE = /^(maybe|perhaps|probably|or|and|but|which|so|also|i mean|in other words|at least|who knows)\b/i;

export function findClaims(input: string, options: FindOptions): FinderResult {
  const doc = readDocument(input, options.format);
  const year = Number(options.publishedOn.slice(0, 4));
  const sentences = documentSentences(doc);

  const scored = sentences.map((s) => {
    const signals = scoreSentence(s, year);
    return { s, signals, score: scoreOf(signals), isForward: signals.some((x) => FORWARD_SIGNALS.has(x.name)) };
  });

  const candidates: (Candidate & { blockIndex: number; hidden?: boolean })[] = [];
  const byStart = new Map<number, Candidate & { blockIndex: number; hidden?: boolean }>();
  let previous: (Candidate & { blockIndex: number }) | null = null;
  for (const { s, signals, score, isForward } of scored) {
    // A short or connective sentence right after a claim in the same paragraph continues it.
    if (previous && previous.blockIndex === s.blockIndex && s.blockKind !== "heading" && isContinuation(s, score)) {
      previous.related.push({ kind: "continuation", quote: s.text, start: s.start, end: s.end });
      continue;
    }
    if (!isForward || score < MIN_SCORE) {
      previous = null;
      continue;
    }
    const c = {
      id: `c${s.start}`,
      quote: s.text,
      start: s.start,
      end: s.end,
      section: s.section,
      horizon: readHorizon(horizonWording(s.text), year),
      credence: readCredence(s.text),
      signals,
      score,
      related: [],
      subClaims: [],
      blockIndex: s.blockIndex,
    };
    candidates.push(c);
    byStart.set(c.start, c);
    previous = c;
  }

  groupDuplicates(candidates);
  attachEntityLists(doc, sentences, candidates);

  return {
    text: doc.text,
    format: options.format ?? detectFormat(input),
    metadata: doc.metadata,
    headings: doc.blocks.filter((b) => b.kind === "heading").map((b) => ({ start: b.start, end: b.end, text: doc.text.slice(b.start, b.end) })),
    candidates: candidates
      .filter((c) => !c.hidden)
      .sort((a, b) => b.score - a.score || a.start - b.start)
      .map(({ blockIndex: _b, hidden: _h, ...c }) => c),
  };
}

function isContinuation(s: Sentence, score: number): boolean {
  const words = s.text.split(/\s+/).filter(Boolean).length;
  // A sentence with claim signals of its own ("Costs will keep falling.") stands alone.
  return score < CONTINUATION_MAX_SCORE && (words <= CONTINUATION_WORDS || CONNECTIVE.test(s.text));
}

const STOP = new Set(["that", "this", "with", "will", "have", "from", "they", "them", "what", "when", "which", "would", "there", "their", "these", "those", "about", "into", "more", "than", "then", "also", "just", "very", "been", "were"]);

function contentWords(s: string): Set<string> {
  return new Set((s.toLowerCase().match(/\p{L}{4,}/gu) ?? []).filter((w) => !STOP.has(w)));
}

function jaccard(a: Set<string>, b: Set<string>): number {
  if (!a.size || !b.size) return 0;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / (a.size + b.size - shared);
}

/** A candidate that says nearly the same as a stronger one is grouped under it. */
function groupDuplicates(candidates: (Candidate & { hidden?: boolean })[]) {
  const ranked = [...candidates].sort((a, b) => b.score - a.score || a.start - b.start);
  const words = new Map(ranked.map((c) => [c, contentWords(c.quote)]));
  const kept: Candidate[] = [];
  for (const c of ranked) {
    const twin = kept.find((k) => jaccard(words.get(k)!, words.get(c)!) >= DUPLICATE_SIMILARITY);
    if (twin) {
      twin.related.push({ kind: "duplicate", quote: c.quote, start: c.start, end: c.end });
      c.hidden = true;
    } else kept.push(c);
  }
}

const ENTITY = /^([\p{Lu}\p{N}][\p{L}\p{N}.:&'’+-]*(?:\s+(?:of|and|de|&|[\p{Lu}\p{N}][\p{L}\p{N}.:&'’+-]*)){0,5}?)\s*(?:[.:–—]|\s-\s)/u;

/**
 * Two or more list items in a row, each opening with a name ("Adept. …", "Anthropic: …"),
 * right after a claim (at most one paragraph between) become that claim's sub-claims. Each
 * sub-claim quotes its item without a trailing parenthesis of links.
 */
function attachEntityLists(doc: FinderDocument, sentences: Sentence[], candidates: (Candidate & { blockIndex: number; hidden?: boolean })[]) {
  const blocks = doc.blocks;
  for (let i = 0; i < blocks.length; i++) {
    if (blocks[i].kind !== "list-item" || (i > 0 && blocks[i - 1].kind === "list-item")) continue;
    let j = i;
    while (j < blocks.length && blocks[j].kind === "list-item") j++;
    const items = blocks.slice(i, j).map((b) => {
      const text = doc.text.slice(b.start, b.end);
      const name = text.match(ENTITY)?.[1];
      const trimmed = text.replace(/\s*\([^()]*\)\s*$/, "");
      return { name, start: b.start, end: b.start + trimmed.length, blockEnd: b.end };
    });
    const named = items.filter((it) => it.name);
    if (named.length < 2 || named.length < items.length * 0.66) continue;
    const parent = candidates
      .filter((c) => !c.hidden && c.blockIndex < i && c.blockIndex >= i - 2 && !sentences.some((s) => s.blockKind === "heading" && s.blockIndex > c.blockIndex && s.blockIndex < i))
      .sort((a, b) => b.start - a.start)[0];
    if (!parent) continue;
    for (const it of named) {
      parent.subClaims.push({ name: it.name!, quote: doc.text.slice(it.start, it.end), start: it.start, end: it.end });
      for (const c of candidates) if (c.start >= it.start && c.start < it.blockEnd) c.hidden = true;
    }
  }
}
