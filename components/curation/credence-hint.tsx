import { CREDENCE_TABLE, readCredence } from "@/lib/credence";

/** What the data layer will read from the quote's hedge words; the same function runs on save. */
export function describeCredence(quote: string): { line: string; basis: string } {
  if (quote.trim() === "") {
    return { line: "Suggested implied credence: shown once the quote is pasted.", basis: "" };
  }
  const { credence, word } = readCredence(quote);
  const percent = `${Math.round(credence * 100)}%`;
  const row = CREDENCE_TABLE.find((r) => r.phrase === word);
  if (!row) {
    return {
      line: `Suggested implied credence: ${percent} (no hedge word found)`,
      basis: "An unhedged assertion reads as Kent’s “almost certain” band.",
    };
  }
  return { line: `Suggested implied credence: ${percent} (from “${word}”)`, basis: `Basis: ${row.basis}.` };
}
