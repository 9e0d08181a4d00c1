import { describe, expect, it } from "vitest";
import { matchSegments } from "./search-highlight";

const marked = (s: ReturnType<typeof matchSegments>) => s?.map((x) => (x.isMatch ? `[${x.text}]` : x.text)).join("");

describe("matchSegments", () => {
  it("marks every case-insensitive occurrence and keeps the text's own case", () => {
    expect(marked(matchSegments("Anthropic and ANTHROPIC", "anthropic"))).toBe("[Anthropic] and [ANTHROPIC]");
  });

  it("answers null without a match or a query", () => {
    expect(matchSegments("Nothing here", "absent")).toBeNull();
    expect(matchSegments("Nothing here", "   ")).toBeNull();
  });

  it("treats the query literally: markup and wildcards are plain text", () => {
    expect(marked(matchSegments("a <b>bold</b> 50% claim", "<b>"))).toBe("a [<b>]bold</b> 50% claim");
    expect(matchSegments("a 50% claim", "5_%")).toBeNull();
    expect(marked(matchSegments("a 50% claim", "50%"))).toBe("a [50%] claim");
  });

  it("keeps a window around the first match of a long text, marked with ellipses", () => {
    const text = `${"x".repeat(200)} needle ${"y".repeat(200)}`;
    const s = marked(matchSegments(text, "needle", 60))!;
    expect(s.startsWith("…")).toBe(true);
    expect(s.endsWith("…")).toBe(true);
    expect(s).toContain("[needle]");
    expect(s.replace(/[[\]…]/g, "").length).toBe(60);
  });

  it("does not cut a short text", () => {
    expect(marked(matchSegments("short needle text", "needle", 60))).toBe("short [needle] text");
  });

  it("falls back to an exact match when lower-casing changes the length", () => {
    expect(marked(matchSegments("İstanbul will grow", "grow"))).toBe("İstanbul will [grow]");
  });
});
