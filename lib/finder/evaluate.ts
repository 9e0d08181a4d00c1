// Measures the finder against hand-labelled texts. Pure.
//
// A candidate finds a labelled claim when their spans overlap by at least half of the
// shorter one: the finder proposes whole sentences, while a label may quote only the
// clause that holds the claim (or two sentences where the claim runs on).
import type { Candidate } from "./find";

export type Span = { start: number; end: number };
export type LabelledSpan = Span & { quote: string };

/** Where each labelled quote sits in the finder's text; throws for a quote that is not there. */
export function locateLabels(text: string, quotes: string[]): LabelledSpan[] {
  return quotes.map((quote) => {
    const start = text.indexOf(quote);
    if (start < 0) throw new Error(`Labelled quote not found in the text: ${quote}`);
    return { quote, start, end: start + quote.length };
  });
}

export function overlaps(a: Span, b: Span): boolean {
  const shared = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  return shared > 0 && shared >= 0.5 * Math.min(a.end - a.start, b.end - b.start);
}

/** A candidate's own span, and those of the sentences grouped under it. */
const spansOf = (c: Candidate): Span[] => [c, ...c.related];

export type EvaluationRow = { k: number | "all"; considered: number; found: number; labels: number; recall: number; precision: number };

export function evaluateRanking(candidates: Candidate[], labels: Span[], ks: (number | "all")[] = [10, 25, "all"]): EvaluationRow[] {
  return ks.map((k) => {
    const top = k === "all" ? candidates : candidates.slice(0, k);
    const found = labels.filter((l) => top.some((c) => spansOf(c).some((s) => overlaps(s, l)))).length;
    const hits = top.filter((c) => spansOf(c).some((s) => labels.some((l) => overlaps(s, l)))).length;
    return {
      k,
      considered: top.length,
      found,
      labels: labels.length,
      recall: labels.length ? found / labels.length : 1,
      precision: top.length ? hits / top.length : 0,
    };
  });
}
