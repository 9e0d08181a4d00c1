import { describe, expect, it } from "vitest";
import { checkReviewYear } from "./review-year";

describe("checkReviewYear (the year a review page binds into its actions)", () => {
  it("takes a whole year from 2000 up to this one", () => {
    expect(checkReviewYear(2024)).toEqual({ ok: true, year: 2024 });
    expect(checkReviewYear(new Date().getUTCFullYear())).toMatchObject({ ok: true });
  });

  it.each([
    ["text", "2024", /whole number/],
    ["a fraction", 2024.5, /whole number/],
    ["too early", 1999, /2000 or later/],
    ["the future", new Date().getUTCFullYear() + 1, /future/],
    ["nothing", undefined, /whole number/],
    ["an object", { year: 2024 }, /whole number/],
  ])("refuses %s with a message that says why", (_label, year, message) => {
    const r = checkReviewYear(year);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.state.status).toBe("error");
      expect(r.state.message).toMatch(/^There is no review for that year/);
      expect(r.state.message).toMatch(message);
    }
  });
});
