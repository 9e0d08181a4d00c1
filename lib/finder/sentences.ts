// Sentences of the finder's plain text, with their offsets and their section. Pure.
//
// Segmentation is Unicode's sentence-boundary algorithm (UAX #29) through Intl.Segmenter,
// which ships with Node and every current browser: it already keeps decimals ("4.398"),
// initialisms followed by lower case ("i.e. they") and closing quotes after a full stop
// together. Two repairs follow, because ICU's default rules have no abbreviation list:
// a break after a known abbreviation ("Mr.", "Dr.", "e.g.") is undone, and so is a break
// before a lower-case word (“Will it?” she asked). Headings and list items are blocks of
// their own, so a sentence never runs across them.
import type { Block, BlockKind, FinderDocument } from "./document";

export type Sentence = {
  start: number;
  end: number;
  text: string;
  /** The nearest heading above ("" before the first); a heading's section is itself. */
  section: string;
  /** Every heading above it (for a heading: its parents), outermost first. */
  headings: string[];
  blockIndex: number;
  blockKind: BlockKind;
  /** Index of the sentence within its block. */
  indexInBlock: number;
  /** A bold phrase opening a paragraph, used as a heading. */
  isLeadIn: boolean;
};

const ABBREVIATIONS = new Set([
  "mr", "mrs", "ms", "dr", "prof", "st", "sr", "jr", "vs", "etc", "e.g", "i.e", "cf", "no", "fig", "figs", "vol", "pp",
  "p", "ed", "eds", "approx", "est", "dept", "inc", "ltd", "co", "corp", "gen", "gov", "sen", "rep", "rev", "hon",
  "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mt", "ft", "al", "u.s", "u.k",
]);

let segmenter: Intl.Segmenter | null = null;
const getSegmenter = () => (segmenter ??= new Intl.Segmenter("en", { granularity: "sentence" }));

/** Splits one stretch of text into [start, end) ranges of sentences, trailing spaces excluded. */
export function splitSentences(text: string, offset = 0): { start: number; end: number }[] {
  const raw: { start: number; end: number }[] = [];
  for (const s of getSegmenter().segment(text)) {
    const trimmed = s.segment.replace(/\s+$/, "");
    const lead = trimmed.length - trimmed.replace(/^\s+/, "").length;
    if (trimmed.length - lead > 0) raw.push({ start: s.index + lead, end: s.index + trimmed.length });
  }
  const merged: { start: number; end: number }[] = [];
  for (const r of raw) {
    const prev = merged[merged.length - 1];
    if (prev && shouldJoin(text.slice(prev.start, prev.end), text.slice(r.start, r.end))) prev.end = r.end;
    else merged.push({ ...r });
  }
  return merged.map((r) => ({ start: r.start + offset, end: r.end + offset }));
}

function shouldJoin(previous: string, next: string): boolean {
  const lastWord = previous.match(/(?:^|[\s(“"‘'])((?:[A-Za-z]\.)*[A-Za-z]+)\.$/)?.[1];
  if (lastWord && ABBREVIATIONS.has(lastWord.toLowerCase())) return true;
  // A single capital and a full stop is an initial ("J. R. R. Tolkien").
  if (/(?:^|\s)[A-Z]\.$/.test(previous)) return true;
  // The sentence goes on after a quoted question or exclamation: “Will it?” she asked.
  return /[?!]["”’)]*$/.test(previous) && /^[\p{Ll}]/u.test(next);
}

export function documentSentences(doc: FinderDocument): Sentence[] {
  const out: Sentence[] = [];
  const stack: { level: number; text: string }[] = [];
  doc.blocks.forEach((block: Block, blockIndex) => {
    const blockText = doc.text.slice(block.start, block.end);
    if (block.kind === "heading") {
      while (stack.length && stack[stack.length - 1].level >= block.level) stack.pop();
      const headings = stack.map((h) => h.text);
      out.push({
        start: block.start, end: block.end, text: blockText, section: blockText, headings,
        blockIndex, blockKind: "heading", indexInBlock: 0, isLeadIn: false,
      });
      stack.push({ level: block.level, text: blockText });
      return;
    }
    const headings = stack.map((h) => h.text);
    const ranges = splitSentences(blockText, block.start);
    // A bold lead-in is its own sentence even when it has no full stop ("**Gwern:** …").
    if (block.leadInEnd !== undefined) {
      const first = ranges[0];
      if (first && first.end > block.leadInEnd && doc.text.slice(block.leadInEnd, first.end).trim()) {
        const restStart = block.leadInEnd + (doc.text.slice(block.leadInEnd, first.end).length - doc.text.slice(block.leadInEnd, first.end).trimStart().length);
        ranges.splice(0, 1, { start: first.start, end: block.leadInEnd }, { start: restStart, end: first.end });
      }
    }
    ranges.forEach((r, i) => {
      out.push({
        start: r.start, end: r.end, text: doc.text.slice(r.start, r.end), section: headings[headings.length - 1] ?? "", headings,
        blockIndex, blockKind: block.kind, indexInBlock: i,
        isLeadIn: block.leadInEnd !== undefined && i === 0 && r.end === block.leadInEnd,
      });
    });
  });
  return out;
}
