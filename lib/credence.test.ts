import { describe, expect, it } from "vitest";
import { CREDENCE_TABLE, UNHEDGED, formatCredenceInput, parseCredence, readCredence } from "./credence";

describe("readCredence", () => {
  it("reads 'likely' as 0.7", () => {
    expect(readCredence("it feels likely")).toEqual({ credence: 0.7, word: "likely" });
  });

  it("reads 'probably not' as a negation (0.3), not as 'probably'", () => {
    expect(readCredence("This will probably not happen")).toEqual({ credence: 0.3, word: "probably not" });
  });

  it("takes the phrase listed first in the table, not the one first in the sentence", () => {
    // "possible" comes first in the quote but "probably" comes first in the table.
    expect(readCredence("It is possible, and it is probably possible")).toEqual({ credence: 0.7, word: "probably" });
    expect(readCredence("is probably possible")).toEqual({ credence: 0.7, word: "probably" });
  });

  it("lets a later hedge override an earlier unhedged 'will'", () => {
    expect(readCredence("Computers will talk to us. Maybe.")).toEqual({ credence: 0.4, word: "maybe" });
  });

  it("normalises curly apostrophes", () => {
    expect(readCredence("I’m sure of it")).toEqual({ credence: 0.9, word: "i'm sure" });
    expect(readCredence("I'm sure of it")).toEqual({ credence: 0.9, word: "i'm sure" });
  });

  it("reads a bare 'will' as almost certain", () => {
    expect(readCredence("will")).toEqual({ credence: 0.9, word: "will" });
    expect(readCredence("AI WILL write code.")).toEqual({ credence: 0.9, word: "will" });
  });

  it("falls back to UNHEDGED when no hedge word is present", () => {
    expect(UNHEDGED).toEqual({ credence: 0.9, word: "(unhedged)" });
    expect(readCredence("Computers write code.")).toEqual(UNHEDGED);
    expect(readCredence("")).toEqual(UNHEDGED);
  });

  it("matches whole words only", () => {
    expect(readCredence("The willow tree grows.")).toEqual(UNHEDGED);
    expect(readCredence("Goodwill grows.")).toEqual(UNHEDGED);
    expect(readCredence("An impossible dream.")).toEqual(UNHEDGED);
    expect(readCredence("Expectations are high.")).toEqual(UNHEDGED);
    // "unlikely" is its own entry (0.3); it must never read as "likely" (0.7).
    expect(readCredence("That is unlikely.")).toEqual({ credence: 0.3, word: "unlikely" });
    expect(readCredence("That is highly unlikely.")).toEqual({ credence: 0.1, word: "highly unlikely" });
    // A contraction is a different word: "shouldn't" is not "should".
    expect(readCredence("It shouldn't matter.")).toEqual(UNHEDGED);
  });

  it("reads an explicit 'probably' over the adjective 'obvious' (seed claim fewer-obvious-errors)", () => {
    // The essay hedges this claim with "will probably"; "obvious" only describes the errors.
    // A reader shown "90 % (obvious)" would be misled: the author said "probably".
    expect(
      readCredence(
        "if these models do in fact keep getting better and better with size, the frequency of obvious errors will probably go down.",
      ),
    ).toEqual({ credence: 0.7, word: "probably" });
  });

  it("reads a few more table rows", () => {
    expect(readCredence("It is almost certainly not going to happen")).toEqual({ credence: 0.07, word: "almost certainly not" });
    expect(readCredence("It's just a matter of time")).toEqual({ credence: 0.9, word: "matter of time" });
    expect(readCredence("I think it could happen")).toEqual({ credence: 0.6, word: "i think" });
    expect(readCredence("It might happen")).toEqual({ credence: 0.4, word: "might" });
    expect(readCredence("We expect this")).toEqual({ credence: 0.7, word: "expect" });
  });
});

describe("CREDENCE_TABLE", () => {
  it("keeps every credence between 0 and 1", () => {
    for (const row of CREDENCE_TABLE) {
      expect(row.credence, row.phrase).toBeGreaterThanOrEqual(0);
      expect(row.credence, row.phrase).toBeLessThanOrEqual(1);
    }
  });

  it("lists each phrase once, in lower case, with a stated basis", () => {
    const phrases = CREDENCE_TABLE.map((r) => r.phrase);
    expect(new Set(phrases).size).toBe(phrases.length);
    for (const row of CREDENCE_TABLE) {
      expect(row.phrase).toBe(row.phrase.toLowerCase());
      expect(row.basis.length).toBeGreaterThan(0);
    }
  });

  it("lists every phrase before any shorter phrase it contains, so negations win", () => {
    CREDENCE_TABLE.forEach((row, i) => {
      CREDENCE_TABLE.forEach((other, j) => {
        if (i !== j && row.phrase.includes(other.phrase)) {
          expect(i, `"${row.phrase}" must come before "${other.phrase}"`).toBeLessThan(j);
        }
      });
    });
  });

  it("reads each phrase of the table back as itself", () => {
    for (const row of CREDENCE_TABLE) {
      expect(readCredence(`They say: ${row.phrase}.`), row.phrase).toEqual({ credence: row.credence, word: row.phrase });
    }
  });
});

describe("readCredence: negated hedges", () => {
  it("reads 'no doubt' as near-certain and 'not likely' as probably not", () => {
    expect(readCredence("There is no doubt it will happen")).toEqual({ credence: 0.9, word: "no doubt" });
    expect(readCredence("It is not likely to happen")).toEqual({ credence: 0.3, word: "not likely" });
  });
});

describe("parseCredence", () => {
  const value = (text: string) => {
    const r = parseCredence(text);
    if (!r.ok) throw new Error(r.message);
    return r.value;
  };

  it('reads "85", "85%" and "0.85" all as 0.85', () => {
    for (const t of ["85", "85%", "85 %", "0.85", " 85 ", ".85", "85.0", "0,85", "85,0 %"]) expect(value(t), t).toBe(0.85);
  });

  it("reads a whole number as a percentage, so 1 is 1 % and 100 is certain", () => {
    expect(value("1")).toBe(0.01);
    expect(value("0")).toBe(0);
    expect(value("100")).toBe(1);
    expect(value("100%")).toBe(1);
    expect(value("7.5")).toBe(0.075);
    expect(value("0.5%")).toBe(0.005);
  });

  it("reads a decimal no more than 1 as a probability", () => {
    expect(value("1.0")).toBe(1);
    expect(value("0.0")).toBe(0);
    expect(value("0.333")).toBe(0.333);
    expect(value("1.5")).toBe(0.015); // more than 1: a percentage
  });

  it("leaves a blank credence empty", () => {
    expect(value("")).toBeNull();
    expect(value("   ")).toBeNull();
  });

  it("refuses anything else with a message that says what to type", () => {
    for (const t of ["abc", "85%%", "-5", "1e2", "85 percent", "%", "0x10", "Infinity"]) {
      const r = parseCredence(t);
      expect(r.ok, t).toBe(false);
      if (!r.ok) expect(r.message).toMatch(/percentage/);
    }
    for (const t of ["101", "150%", "100.5"]) {
      const r = parseCredence(t);
      expect(r, t).toEqual({ ok: false, message: "Credence must be between 0 and 100 %" });
    }
  });

  it("gives back what formatCredenceInput shows, so the previous credence round-trips", () => {
    for (const c of [0, 0.07, 0.1, 0.333, 0.5, 0.85, 0.9999, 1]) expect(value(formatCredenceInput(c)), String(c)).toBe(c);
    expect(formatCredenceInput(0.85)).toBe("85");
    expect(formatCredenceInput(null)).toBe("");
  });
});
