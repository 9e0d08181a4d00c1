import { describe, expect, it } from "vitest";
import { aYearAfter, composeDigest, type DigestInput, reviewNudge } from "./digest";

const base: DigestInput = {
  recipient: { name: "Ada", email: "ada@example.org" },
  today: "2026-11-20",
  since: "2026-11-13",
  baseUrl: "https://tracker.example.org/",
  due: { readyForFinal: { total: 0, items: [] }, stale: { total: 0, items: [] } },
  followed: { total: 0, claims: 0, items: [] },
  review: { lastCompletedOn: null, openYear: null },
};

describe("the review nudge", () => {
  const done = (lastCompletedOn: string) => ({ lastCompletedOn, openYear: null });
  it("starts a month before the anniversary of the last completed review and stays until one is opened", () => {
    expect(reviewNudge(done("2025-12-15"), "2026-11-13")).toBeNull();
    expect(reviewNudge(done("2025-12-15"), "2026-11-14")).toEqual({ kind: "soon", dueOn: "2026-12-15", days: 31 });
    expect(reviewNudge(done("2025-12-15"), "2026-12-15")).toEqual({ kind: "soon", dueOn: "2026-12-15", days: 0 });
    expect(reviewNudge(done("2025-12-15"), "2027-01-04")).toEqual({ kind: "overdue", dueOn: "2026-12-15", days: 20 });
  });
  it("says an open review is open, and says nothing with no review to time it by", () => {
    expect(reviewNudge({ lastCompletedOn: "2025-12-15", openYear: 2026 }, "2026-06-01")).toEqual({ kind: "open", year: 2026 });
    expect(reviewNudge({ lastCompletedOn: null, openYear: null }, "2026-06-01")).toBeNull();
  });
  it("keeps a 29 February anniversary in February", () => {
    expect(aYearAfter("2024-02-29")).toBe("2025-02-28");
    expect(aYearAfter("2025-12-15")).toBe("2026-12-15");
  });
});

describe("composeDigest", () => {
  it("sends nothing when there is nothing to say", () => {
    expect(composeDigest(base)).toBeNull();
  });

  it("lists due claims and new evidence with links, bounded lists with the totals, and the nudge", () => {
    const d = composeDigest({
      ...base,
      due: {
        readyForFinal: { total: 12, items: [{ id: "c1", statement: "Robots <script>drive</script> cars", horizonTo: 2024, currentGrade: "on_track" }] },
        stale: { total: 1, items: [{ id: "c2", statement: "Stale claim", horizonTo: 2030, currentGrade: "too_early" }] },
      },
      followed: {
        total: 3,
        claims: 2,
        items: [{ id: "e1", title: "A new paper", url: "https://x.org/p", stance: "supports", observedOn: "2026-11-18", claim: { id: "c3", statement: "Followed claim" } }],
      },
      review: { lastCompletedOn: "2025-12-15", openYear: null },
    })!;
    expect(d.subject).toBe("Prediction tracker weekly digest: 13 claims due, 3 new evidence items, review coming up");
    expect(d.unsubscribeUrl).toBe("https://tracker.example.org/account");
    expect(d.text).toContain("Hello Ada,");
    expect(d.text).toContain("Past its horizon: ready for a final verdict: 12");
    expect(d.text).toContain("https://tracker.example.org/predictions/c1");
    expect(d.text).toContain("and 11 more claims\n  https://tracker.example.org/predictions?due=final");
    expect(d.text).toContain("Not reviewed in over 12 months: 1");
    expect(d.text).toContain("3 items on 2 claims since 2026-11-13.");
    expect(d.text).toContain("A new paper (supports, 2026-11-18) on “Followed claim”\n  https://tracker.example.org/predictions/c3#evidence-heading");
    expect(d.text).toContain("and 2 more items.");
    expect(d.text).toContain("The next yearly review is due on 2026-12-15, in 25 days.");
    expect(d.html).toContain("Robots &lt;script&gt;drive&lt;/script&gt; cars");
    expect(d.html).not.toContain("<script>");
    expect(d.html).toContain('<a href="https://tracker.example.org/predictions/c3#evidence-heading">A new paper (supports, 2026-11-18)</a> on “Followed claim”');
  });
});
