// Hedge words to implied credence. Pure.
//
// Basis: Sherman Kent, "Words of Estimative Probability" (CIA Studies in Intelligence,
// 1964). Kent's bands: "almost certain" 87–99 % (centre 93), "probable"/"likely" 63–87 %
// (75), "chances about even" 40–60 % (50), "probably not" 20–40 % (30), "almost
// certainly not" 2–12 % (7). We use one decimal point inside each band: "likely" → 0.7
// (the lower-middle of Kent's band, the figure most readers give the word), and an
// unhedged assertion ("will", "is going to") reads as "almost certain" → 0.9. Words Kent
// did not cover ("possible", "maybe", "I think") are placed in the band their usage fits
// and are marked as our own reading below.
//
// The table is checked top to bottom; the first phrase found in the quote sets the
// credence, so negations and stronger qualifiers are listed before the words they contain.

export type CredenceReading = { credence: number; word: string };

export const CREDENCE_TABLE: ReadonlyArray<{ phrase: string; credence: number; basis: string }> = [
  { phrase: "almost certainly not", credence: 0.07, basis: "Kent: almost certainly not (2–12 %)" },
  { phrase: "highly unlikely", credence: 0.1, basis: "Kent: almost certainly not (2–12 %)" },
  { phrase: "probably not", credence: 0.3, basis: "Kent: probably not (20–40 %)" },
  { phrase: "unlikely", credence: 0.3, basis: "Kent: probably not (20–40 %)" },
  { phrase: "not likely", credence: 0.3, basis: "Kent: probably not (20–40 %)" },
  { phrase: "no doubt", credence: 0.9, basis: "Kent: almost certain (87–99 %)" },
  { phrase: "doubt", credence: 0.3, basis: "Kent: probably not (20–40 %)" },
  { phrase: "almost certain", credence: 0.9, basis: "Kent: almost certain (87–99 %)" },
  { phrase: "matter of time", credence: 0.9, basis: "Kent: almost certain (87–99 %)" },
  { phrase: "i'm sure", credence: 0.9, basis: "Kent: almost certain (87–99 %)" },
  { phrase: "certainly", credence: 0.9, basis: "Kent: almost certain (87–99 %)" },
  { phrase: "highly likely", credence: 0.85, basis: "Kent: probable (63–87 %), upper end" },
  { phrase: "probably", credence: 0.7, basis: "Kent: probable (63–87 %)" },
  { phrase: "likely", credence: 0.7, basis: "Kent: probable (63–87 %)" },
  // After "probably": "obvious errors will probably go down" hedges with "probably".
  { phrase: "obvious", credence: 0.9, basis: "Kent: almost certain (87–99 %)" },
  { phrase: "expect", credence: 0.7, basis: "Kent: probable (63–87 %)" },
  { phrase: "should", credence: 0.7, basis: "our reading: an expectation, Kent's probable band" },
  { phrase: "i think", credence: 0.6, basis: "our reading: a stated belief, between even and probable" },
  { phrase: "about even", credence: 0.5, basis: "Kent: chances about even (40–60 %)" },
  { phrase: "might", credence: 0.4, basis: "our reading: Kent's about-even band, lower half" },
  { phrase: "maybe", credence: 0.4, basis: "our reading: Kent's about-even band, lower half" },
  { phrase: "possible", credence: 0.4, basis: "our reading: Kent's about-even band, lower half" },
  { phrase: "could", credence: 0.4, basis: "our reading: Kent's about-even band, lower half" },
  { phrase: "going to", credence: 0.9, basis: "unhedged assertion, read as Kent's almost certain" },
  { phrase: "about to", credence: 0.9, basis: "unhedged assertion, read as Kent's almost certain" },
  { phrase: "will", credence: 0.9, basis: "unhedged assertion, read as Kent's almost certain" },
];

/** Used when a quote states its claim without any hedge at all. */
export const UNHEDGED: CredenceReading = { credence: 0.9, word: "(unhedged)" };

const normalise = (s: string) => s.toLowerCase().replace(/[’‘]/g, "'");

/** Finds the first hedge phrase of the table in the quote, as a whole word or phrase. */
export function readCredence(quote: string): CredenceReading {
  const text = normalise(quote);
  for (const { phrase, credence } of CREDENCE_TABLE) {
    const escaped = phrase.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    if (new RegExp(`(^|[^a-z'])${escaped}([^a-z]|$)`).test(text)) return { credence, word: phrase };
  }
  return UNHEDGED;
}

// ---------------------------------------------------------------------------------------
// Credence as people type it
//
// The app shows credences as percentages, so forms take them the same way. One reading for
// every form (and the API's text form): a number followed by "%" is a percentage; a number
// written with a decimal point and no more than 1 is a probability ("0.85", ".5", "1.0");
// any other number is a percentage ("85", "7.5", "1", "100"). So "85", "85%" and "0.85" all
// mean 0.85, while "1" means 1 %, not 100 %.

export const CREDENCE_INPUT_HINT = "A percentage: 85, 85 % and 0.85 all mean 85 %.";

export type ParsedCredence = { ok: true; value: number | null } | { ok: false; message: string };

const NUMBER = /^([0-9]+(?:\.[0-9]*)?|\.[0-9]+)\s*(%?)$/;

/**
 * Reads a typed credence into a probability from 0 to 1, or null when left blank. Pure; the
 * shared verdict schema (lib/validation/verdict.ts) calls it, so forms and the API agree.
 */
export function parseCredence(text: string): ParsedCredence {
  const t = text.trim().replace(/,/g, ".").replace(/\s+/g, " ");
  if (t === "") return { ok: true, value: null };
  const m = NUMBER.exec(t);
  if (!m) return { ok: false, message: `Credence must be a percentage such as 85 or 85 % (or a probability such as 0.85), not “${text.trim().slice(0, 20)}”` };
  const n = Number(m[1]);
  const isProbability = m[2] === "" && m[1].includes(".") && n <= 1;
  const value = isProbability ? n : n / 100;
  if (!(value >= 0 && value <= 1)) return { ok: false, message: "Credence must be between 0 and 100 %" };
  // Percentages are kept to a hundredth of a percent; floating point must not leave 0.8500000001.
  return { ok: true, value: Math.round(value * 10_000) / 10_000 };
}

/** A stored credence (0–1) as the form shows it to start from: "85". */
export function formatCredenceInput(value: number | null | undefined): string {
  if (value === null || value === undefined) return "";
  return String(Math.round(value * 10_000) / 100);
}
