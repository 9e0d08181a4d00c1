import { describe, expect, it } from "vitest";
import { evaluationSet, seededEssay } from "../../tests/fixtures/finder/load";
import { evaluateRanking, locateLabels } from "./evaluate";
import { findClaims } from "./find";

const find = (text: string, publishedOn = "2022-05-12") => findClaims(text, { publishedOn });

describe("findClaims: signals", () => {
  it("proposes forward-looking sentences and leaves out past facts, questions and hypotheticals", () => {
    const { candidates } = find(
      "Sales fell last year. Will prices rise? If pigs could fly, costs would change. Prices will rise by 2030. I expect demand to double within five years.",
    );
    expect(candidates.map((c) => c.quote)).toEqual(["Prices will rise by 2030.", "I expect demand to double within five years."]);
  });

  it("reads the horizon from the wording, else from the publication year plus the default", () => {
    const { candidates } = find("Costs will halve within three years. Costs will certainly keep falling.", "2020-01-01");
    const byQuote = Object.fromEntries(candidates.map((c) => [c.quote, c]));
    expect(byQuote["Costs will halve within three years."].horizon).toEqual({ from: 2020, to: 2023, rule: "within N years" });
    expect(byQuote["Costs will certainly keep falling."].horizon).toEqual({ from: 2020, to: 2025, rule: "no horizon stated" });
    expect(byQuote["Costs will certainly keep falling."].credence).toEqual({ credence: 0.9, word: "certainly" });
  });

  it("does not read “as soon as” as a horizon", () => {
    const [c] = find("As soon as the plant opens, prices will drop.").candidates;
    expect(c.horizon.rule).toBe("no horizon stated");
  });

  it("marks down reported speech and quoted passages below the author's own claim", () => {
    const { candidates } = find("> Prices will rise, the minister said.\n\nThe minister said that prices will rise. I think prices will rise.");
    expect(candidates[0].quote).toBe("I think prices will rise.");
  });
});

describe("findClaims: grouping", () => {
  it("groups a short continuation and a near-duplicate under the stronger claim", () => {
    const { candidates } = find(
      "We will have machines we can talk to like people. Maybe.\n\nIn the end we will surely have machines we can talk to like people.",
    );
    expect(candidates).toHaveLength(1);
    expect(candidates[0].related.map((r) => r.kind).sort()).toEqual(["continuation", "duplicate"]);
  });

  it("offers a list of named entities after a claim as its sub-claims, without their link parentheses", () => {
    const { text, candidates } = find(
      "# What next?\n\n**New companies are emerging.** Here are my favourites.\n\n* **Adept.** “agents” ([site](https://a.example))\n* **Cohere.** “language tools”\n\nOther text.",
    );
    const parent = candidates.find((c) => c.quote === "New companies are emerging.")!;
    expect(parent.subClaims.map((s) => [s.name, s.quote])).toEqual([
      ["Adept", "Adept. “agents”"],
      ["Cohere", "Cohere. “language tools”"],
    ]);
    for (const s of parent.subClaims) expect(text.slice(s.start, s.end)).toBe(s.quote);
  });
});

describe("findClaims: the evaluation set", () => {
  it("every quote is exact: text.slice(start, end) === quote, for candidates, related sentences and sub-claims", () => {
    for (const t of evaluationSet()) {
      const r = findClaims(t.input, { publishedOn: t.publishedOn, format: t.format });
      expect(r.candidates.length, t.name).toBeGreaterThan(0);
      for (const c of r.candidates) {
        for (const span of [c, ...c.related, ...c.subClaims]) expect(r.text.slice(span.start, span.end), t.name).toBe(span.quote);
      }
    }
  });

  it("is deterministic: the same input gives the same candidates", () => {
    const { input, publishedOn } = seededEssay();
    expect(findClaims(input, { publishedOn })).toEqual(findClaims(input, { publishedOn }));
  });

  it("ranks every seeded claim of the essay (company sub-claims aside) within the top 25", () => {
    const t = seededEssay();
    const r = findClaims(t.input, { publishedOn: t.publishedOn, format: t.format });
    const labels = locateLabels(r.text, t.claims);
    expect(labels).toHaveLength(14);
    const [, at25] = evaluateRanking(r.candidates, labels, [10, 25]);
    expect(at25.recall).toBe(1);
  });

  it("offers the essay's eight companies as sub-claims of “A lot of new companies are emerging.”", () => {
    const t = seededEssay();
    const parent = find(t.input).candidates.find((c) => c.quote === "A lot of new companies are emerging.")!;
    expect(parent.subClaims.map((s) => s.name)).toEqual(["Adept", "AI21 Labs", "Aleph Alpha", "Anthropic", "Character.ai", "Co:here", "Inceptive", "Primer"]);
    expect(parent.subClaims.map((s) => s.quote)).toContain("Co:here. “ making NLP part of every developer's toolkit”");
  });

  it("finds most hand-labelled claims of each written text within the top 10", () => {
    for (const t of evaluationSet().slice(1)) {
      const r = findClaims(t.input, { publishedOn: t.publishedOn, format: t.format });
      const [at10] = evaluateRanking(r.candidates, locateLabels(r.text, t.claims), [10]);
      expect(at10.recall, t.name).toBeGreaterThanOrEqual(0.7);
    }
  });
});
