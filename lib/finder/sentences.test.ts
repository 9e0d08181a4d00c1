import { describe, expect, it } from "vitest";
import { readDocument } from "./document";
import { documentSentences, splitSentences } from "./sentences";

const split = (t: string) => splitSentences(t).map((r) => t.slice(r.start, r.end));

describe("splitSentences", () => {
  it("keeps decimals, initialisms, abbreviations and quoted questions inside their sentence", () => {
    expect(split("Growth was 4.5% in the U.S. economy. Mr. Smith disagreed, e.g. on costs. “Will it last?” she asked. Dr. Who.")).toEqual([
      "Growth was 4.5% in the U.S. economy.",
      "Mr. Smith disagreed, e.g. on costs.",
      "“Will it last?” she asked.",
      "Dr. Who.",
    ]);
  });

  it("returns offsets into the text given", () => {
    const t = "  One.  Two!  ";
    for (const r of splitSentences(t, 10)) expect(r.start).toBeGreaterThanOrEqual(10);
    expect(split(t)).toEqual(["One.", "Two!"]);
  });
});

describe("documentSentences", () => {
  it("gives each sentence its section and its parent headings, and never runs across blocks", () => {
    const doc = readDocument("# Future\n\n## Energy\n\nPrices will fall. Demand grows\n\n- a list item\n\n# Past\n\nIt was fine.");
    const ss = documentSentences(doc);
    expect(ss.map((s) => [s.text, s.section, s.headings.join(" > ")])).toEqual([
      ["Future", "Future", ""],
      ["Energy", "Energy", "Future"],
      ["Prices will fall.", "Energy", "Future > Energy"],
      ["Demand grows", "Energy", "Future > Energy"],
      ["a list item", "Energy", "Future > Energy"],
      ["Past", "Past", ""],
      ["It was fine.", "Past", "Past"],
    ]);
    for (const s of ss) expect(doc.text.slice(s.start, s.end)).toBe(s.text);
  });
});
