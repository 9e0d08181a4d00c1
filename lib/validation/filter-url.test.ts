import { describe, expect, it } from "vitest";
import { cleanFilterQuery, filterQueryString } from "./filter-url";

describe("filterQueryString", () => {
  it("leaves out empty values, the default sort and page 1", () => {
    expect(filterQueryString({ q: " ", verdict: "", tag: "ai", source: "", sort: "position", page: "1" })).toBe("tag=ai");
    expect(filterQueryString({ q: "Anthropic", sort: "horizon" })).toBe("q=Anthropic&sort=horizon");
    expect(filterQueryString({})).toBe("");
  });
});

describe("cleanFilterQuery", () => {
  it("answers null for a clean address", () => {
    expect(cleanFilterQuery({ tag: "ai", page: "2" })).toBeNull();
    expect(cleanFilterQuery({})).toBeNull();
  });

  it("drops the empty parameters a form sends without JavaScript", () => {
    expect(cleanFilterQuery({ q: "", verdict: "", tag: "ai", source: "", horizon: "", due: "", sort: "position" })).toBe("tag=ai");
    expect(cleanFilterQuery({ q: "", verdict: "" })).toBe("");
  });
});
