// Quote boundaries that snap to the text. Pure; the finder page uses it in the browser.
//
// A boundary never cuts a word: the start moves back to the beginning of its word and the
// end forward to the end of its word, taking the punctuation and closing quotes that end a
// sentence with it. Surrounding spaces are dropped. The result always satisfies
// text.slice(start, end) === quote.

export type Bounds = { start: number; end: number };

const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}'’_-]/u.test(c);
const TRAILING = /[.,;:!?…)\]"”’»%]/;

export function snapToWords(text: string, start: number, end: number): Bounds {
  let s = Math.max(0, Math.min(start, end, text.length));
  let e = Math.min(text.length, Math.max(start, end, 0));
  while (s > 0 && isWordChar(text[s - 1]) && isWordChar(text[s])) s--;
  while (e < text.length && isWordChar(text[e - 1]) && isWordChar(text[e])) e++;
  // Opening punctuation just before the first word belongs to the quote (“…).
  while (s > 0 && /["“‘«(\[]/.test(text[s - 1]) && isWordChar(text[s])) s--;
  while (e < text.length && TRAILING.test(text[e]) && !/\s/.test(text[e - 1] ?? " ")) e++;
  while (s < e && /\s/.test(text[s])) s++;
  while (e > s && /\s/.test(text[e - 1])) e--;
  return { start: s, end: e };
}

/** Moves one boundary by a word: `edge` is "start" or "end", `by` is +1 (right) or −1 (left). */
export function moveBoundary(text: string, bounds: Bounds, edge: "start" | "end", by: 1 | -1): Bounds {
  const words = [...text.matchAll(/\S+/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  if (edge === "start") {
    const i = words.findIndex((w) => w.end > bounds.start);
    const next = words[Math.max(0, Math.min(words.length - 1, i + by))];
    if (!next || next.start >= bounds.end) return bounds;
    return snapToWords(text, next.start, bounds.end);
  }
  let i = -1;
  for (let k = 0; k < words.length; k++) if (words[k].start < bounds.end) i = k;
  const next = words[Math.max(0, Math.min(words.length - 1, i + by))];
  if (!next || next.end <= bounds.start) return bounds;
  return snapToWords(text, bounds.start, next.end);
}

/** The quote for a pair of offsets, snapped. */
export function quoteAt(text: string, start: number, end: number): Bounds & { quote: string } {
  const b = snapToWords(text, start, end);
  return { ...b, quote: text.slice(b.start, b.end) };
}
