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
