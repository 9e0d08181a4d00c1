import { describe, expect, it } from "vitest";
import { moveBoundary, quoteAt, snapToWords } from "./snap";

const TEXT = "He said: “Prices will fall soon.” Then he left.";

describe("snapToWords", () => {
  it("widens a cut word to the whole word and keeps closing punctuation", () => {
    const start = TEXT.indexOf("ices");
    const end = TEXT.indexOf("soo") + 2;
    expect(quoteAt(TEXT, start, end).quote).toBe("“Prices will fall soon.”");
  });

  it("takes the opening quote mark with the first word and drops surrounding spaces", () => {
    expect(quoteAt(TEXT, TEXT.indexOf("“") + 1, TEXT.indexOf(" Then")).quote).toBe("“Prices will fall soon.”");
    expect(quoteAt(TEXT, TEXT.indexOf(" Then"), TEXT.length + 5).quote).toBe("Then he left.");
  });

  it("always gives offsets whose slice is the quote, for any pair of offsets", () => {
    for (let s = -2; s < TEXT.length + 2; s += 3) {
      for (let e = s; e < TEXT.length + 3; e += 5) {
        const b = snapToWords(TEXT, s, e);
        expect(b.start).toBeGreaterThanOrEqual(0);
        expect(b.end).toBeLessThanOrEqual(TEXT.length);
        expect(b.start).toBeLessThanOrEqual(b.end);
        const q = TEXT.slice(b.start, b.end);
        expect(q).toBe(q.trim());
      }
    }
  });
});

describe("moveBoundary", () => {
  const b = snapToWords(TEXT, TEXT.indexOf("Prices"), TEXT.indexOf("fall") + 4);
  it("moves the start or the end by one word", () => {
    expect(TEXT.slice(b.start, b.end)).toBe("“Prices will fall");
    const later = moveBoundary(TEXT, b, "start", 1);
    expect(TEXT.slice(later.start, later.end)).toBe("will fall");
    const earlier = moveBoundary(TEXT, b, "start", -1);
    expect(TEXT.slice(earlier.start, earlier.end)).toBe("said: “Prices will fall");
    const longer = moveBoundary(TEXT, b, "end", 1);
    expect(TEXT.slice(longer.start, longer.end)).toBe("“Prices will fall soon.”");
    const shorter = moveBoundary(TEXT, b, "end", -1);
    expect(TEXT.slice(shorter.start, shorter.end)).toBe("“Prices will");
  });

  it("never lets the quote become empty or inverted", () => {
    let one = snapToWords(TEXT, TEXT.indexOf("Prices"), TEXT.indexOf("Prices") + 6);
    one = moveBoundary(TEXT, one, "end", -1);
    expect(TEXT.slice(one.start, one.end)).toBe("“Prices");
    expect(moveBoundary(TEXT, one, "start", 1)).toEqual(one);
  });
});
