import { describe, expect, it } from "vitest";
import { DEFAULT_HORIZON_YEARS, formatHorizon, isPastHorizon, readHorizon } from "./horizon";

const MADE = 2022;

describe("readHorizon: the table in the file header", () => {
  it.each([
    // wording, from, to, rule
    ["this year", 2022, 2022, "this year"],
    ["very soon", 2022, 2023, "very soon"],
    ["imminently", 2022, 2023, "very soon"],
    ["next year", 2023, 2023, "next year"],
    ["short-term", 2022, 2024, "short-term"],
    ["short term", 2022, 2024, "short-term"],
    ["about to", 2022, 2024, "short-term"],
    ["soon", 2022, 2024, "short-term"],
    ["before long", 2023, 2025, "before long"],
    ["in the near future", 2023, 2025, "before long"],
    ["in just a few years", 2024, 2027, "a few years"],
    ["in the next few years", 2024, 2027, "a few years"],
    ["within a few years", 2024, 2027, "a few years"],
    ["just a matter of time", 2022, 2027, "a matter of time"],
    ["within 3 years", 2022, 2025, "within N years"],
    ["within three years", 2022, 2025, "within N years"],
    ["within one year", 2022, 2023, "within N years"],
    ["within a year", 2022, 2023, "within N years"],
    ["in one year", 2023, 2023, "in N years"],
    ["in 1 year", 2023, 2023, "in N years"],
    ["in 10 years", 2032, 2032, "in N years"],
    ["in ten years", 2032, 2032, "in N years"],
    ["by 2030", 2022, 2030, "by YYYY"],
    ["long-term", 2027, 2032, "long-term"],
    ["eventually", 2027, 2032, "long-term"],
    ["in a decade", 2027, 2032, "long-term"],
  ])("%s → %i…%i (%s)", (wording, from, to, rule) => {
    expect(readHorizon(wording, MADE)).toEqual({ from, to, rule });
  });

  it("is case-insensitive and finds the phrase inside a sentence", () => {
    expect(readHorizon("This will happen VERY SOON, we think.", MADE)).toEqual({ from: 2022, to: 2023, rule: "very soon" });
    expect(readHorizon("Expect it By 2026 at the latest", MADE)).toEqual({ from: 2022, to: 2026, rule: "by YYYY" });
  });

  it("falls back to +0…+5 with rule 'no horizon stated' for empty or unrecognised wording", () => {
    expect(DEFAULT_HORIZON_YEARS).toBe(5);
    expect(readHorizon("", MADE)).toEqual({ from: 2022, to: 2027, rule: "no horizon stated" });
    expect(readHorizon("at some point", MADE)).toEqual({ from: 2022, to: 2027, rule: "no horizon stated" });
  });

  it("matches whole words only", () => {
    // "soonest" is not "soon"; "this yearly" is not "this year".
    expect(readHorizon("at the soonest", MADE).rule).toBe("no horizon stated");
    expect(readHorizon("this yearly report", MADE).rule).toBe("no horizon stated");
  });

  it("never ends a 'by YYYY' horizon before the claim was made", () => {
    expect(readHorizon("by 2020", MADE)).toEqual({ from: 2022, to: 2022, rule: "by YYYY" });
  });

  it("is relative to the year the claim was made", () => {
    expect(readHorizon("next year", 2030)).toEqual({ from: 2031, to: 2031, rule: "next year" });
    expect(readHorizon("", 1999)).toEqual({ from: 1999, to: 2004, rule: "no horizon stated" });
  });
});

describe("readHorizon: first match wins", () => {
  it("prefers 'very soon' over the plainer 'soon' it contains", () => {
    expect(readHorizon("very soon", MADE).rule).toBe("very soon");
  });

  it("takes the earlier table row when a phrase matches several", () => {
    expect(readHorizon("this year or next year", MADE).rule).toBe("this year");
    expect(readHorizon("soon, and certainly in the long-term", MADE).rule).toBe("short-term");
    expect(readHorizon("a matter of time: a few years", MADE).rule).toBe("a few years");
    expect(readHorizon("eventually, within 4 years", MADE)).toEqual({ from: 2022, to: 2026, rule: "within N years" });
    expect(readHorizon("within 4 years, by 2030", MADE)).toEqual({ from: 2022, to: 2030, rule: "by YYYY" });
  });

  it("does not read 'within N years' as 'in N years'", () => {
    expect(readHorizon("within 10 years", MADE)).toEqual({ from: 2022, to: 2032, rule: "within N years" });
  });
});

describe("isPastHorizon", () => {
  it("is past only once the last year of the range has ended (UTC)", () => {
    expect(isPastHorizon(2023, new Date("2023-12-31T23:59:59Z"))).toBe(false);
    expect(isPastHorizon(2023, new Date("2024-01-01T00:00:00Z"))).toBe(true);
    expect(isPastHorizon(2023, new Date("2023-06-01T00:00:00Z"))).toBe(false);
    expect(isPastHorizon(2020, new Date("2030-06-01T00:00:00Z"))).toBe(true);
  });
});

describe("formatHorizon", () => {
  it("shows a single year or an en-dash range", () => {
    expect(formatHorizon({ from: 2024, to: 2024 })).toBe("2024");
    expect(formatHorizon({ from: 2022, to: 2027 })).toBe("2022–2027");
  });
});
