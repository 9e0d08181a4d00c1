// Reads a claim's horizon (a range of years) from the source's wording. Pure.
//
// | wording                                   | horizon (years after the claim was made) |
// |-------------------------------------------|-------------------------------------------|
// | "by YYYY"                                 | made … YYYY |
// | "within N years" (N may be "a", "one"…)   | +0 … +N |
// | "in N years"                              | +N … +N |
// | "this year"                               | +0 … +0 |
// | "next year"                               | +1 … +1 |
// | "very soon", "imminently"                 | +0 … +1 |
// | "short-term", "about to", "soon"          | +0 … +2 |
// | "before long", "in the near future"       | +1 … +3 |
// | "a few years" (in / within / next)        | +2 … +5 |
// | "a matter of time"                        | +0 … +5 |
// | "long-term", "eventually", "in a decade"  | +5 … +10 |
// | nothing recognisable ("no horizon stated")| +0 … +5 |
//
// The table is checked top to bottom (most specific first); the first match wins.

export type Horizon = { from: number; to: number; rule: string };

type Rule = { pattern: RegExp; rule: string; range: (made: number, m: RegExpMatchArray) => [number, number] };

const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  twenty: 20,
};
const toNumber = (s: string) => NUMBER_WORDS[s.toLowerCase()] ?? Number(s);
const COUNT = "(\\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|twenty)";

const RULES: Rule[] = [
  { pattern: /\bby (\d{4})\b/i, rule: "by YYYY", range: (y, m) => [y, Math.max(y, Number(m[1]))] },
  { pattern: new RegExp(`\\bwithin ${COUNT} years?\\b`, "i"), rule: "within N years", range: (y, m) => [y, y + toNumber(m[1])] },
  { pattern: new RegExp(`\\bin ${COUNT} years?\\b`, "i"), rule: "in N years", range: (y, m) => [y + toNumber(m[1]), y + toNumber(m[1])] },
  { pattern: /\bthis year\b/i, rule: "this year", range: (y) => [y, y] },
  { pattern: /\bnext year\b/i, rule: "next year", range: (y) => [y + 1, y + 1] },
  { pattern: /\bvery soon\b|\bimminent(ly)?\b/i, rule: "very soon", range: (y) => [y, y + 1] },
  { pattern: /\bshort[- ]term\b|\babout to\b|\bsoon\b/i, rule: "short-term", range: (y) => [y, y + 2] },
  { pattern: /\bbefore long\b|\bnear future\b/i, rule: "before long", range: (y) => [y + 1, y + 3] },
  { pattern: /\bfew years\b/i, rule: "a few years", range: (y) => [y + 2, y + 5] },
  { pattern: /\bmatter of time\b/i, rule: "a matter of time", range: (y) => [y, y + 5] },
  { pattern: /\blong[- ]term\b|\beventually\b|\bdecade\b/i, rule: "long-term", range: (y) => [y + 5, y + 10] },
];

export const DEFAULT_HORIZON_YEARS = 5;
export const NO_HORIZON_STATED = "no horizon stated";

export function readHorizon(wording: string, madeYear: number): Horizon {
  for (const { pattern, rule, range } of RULES) {
    const m = wording.match(pattern);
    if (m) {
      const [from, to] = range(madeYear, m);
      return { from, to, rule };
    }
  }
  return { from: madeYear, to: madeYear + DEFAULT_HORIZON_YEARS, rule: NO_HORIZON_STATED };
}

/** A claim is past its horizon once the last year of its range has ended. */
export function isPastHorizon(horizonTo: number, today: Date): boolean {
  return today.getUTCFullYear() > horizonTo;
}

export function formatHorizon(h: { from: number; to: number }): string {
  return h.from === h.to ? String(h.from) : `${h.from}–${h.to}`;
}
