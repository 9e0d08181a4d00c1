// The rules that turn one fetch into the row's link columns (lib/links/assess.ts), and the
// text a reader sees for them (lib/links/describe.ts).
import { describe, expect, it } from "vitest";
import { assessFetch } from "@/lib/links/assess";
import { describeLinkProblem, wasRedirected, type LinkHealth } from "@/lib/links/describe";
import { parseDuration, formatDuration } from "@/lib/links/duration";
import type { PageFetch } from "@/lib/links/fetch-page";

const T1 = new Date("2026-11-01T10:00:00Z");
const T2 = new Date("2026-11-29T10:00:00Z");
const fetched = (over: Partial<PageFetch>): PageFetch => ({
  hops: [{ url: "https://example.org/a", status: 200 }],
  finalUrl: "https://example.org/a",
  status: 200,
  sha256: "aaa",
  bytes: 10,
  failure: null,
  error: null,
  ...over,
});
const fresh = { contentSha256: null, linkChangedAt: null };

describe("assessFetch", () => {
  it("stores the first hash it sees, and keeps it: a different page later is 'changed', dated when first seen", () => {
    const first = assessFetch(fetched({ sha256: "aaa" }), fresh, T1);
    expect(first).toMatchObject({ linkProblem: null, contentSha256: "aaa", linkChangedAt: null, linkStatus: 200, linkCheckedAt: T1 });
    const changed = assessFetch(fetched({ sha256: "bbb" }), first, T2);
    expect(changed).toMatchObject({ linkProblem: "changed", contentSha256: "aaa", linkChangedAt: T2 });
    const later = new Date("2026-12-05T00:00:00Z");
    expect(assessFetch(fetched({ sha256: "ccc" }), changed, later)).toMatchObject({ linkProblem: "changed", contentSha256: "aaa", linkChangedAt: T2 });
    // Back to the cited page: the flag clears.
    expect(assessFetch(fetched({ sha256: "aaa" }), changed, later)).toMatchObject({ linkProblem: null, contentSha256: "aaa", linkChangedAt: null });
  });

  it("calls any final non-2xx status broken, keeping the status and the stored hash", () => {
    for (const status of [404, 410, 403, 500, 503, 304]) {
      const r = assessFetch(fetched({ status, sha256: null }), { contentSha256: "aaa", linkChangedAt: null }, T1);
      expect(r, String(status)).toMatchObject({ linkProblem: "broken", linkStatus: status, contentSha256: "aaa" });
    }
  });

  it("calls no answer unreachable, with what failed", () => {
    for (const failure of ["network", "timeout", "redirects"] as const) {
      const r = assessFetch(fetched({ failure, error: `why ${failure}`, status: null, sha256: null }), fresh, T1);
      expect(r).toMatchObject({ linkProblem: "unreachable", linkError: `why ${failure}`, linkStatus: null });
    }
  });

  it("calls an address it will not fetch broken", () => {
    expect(assessFetch(fetched({ failure: "scheme", error: "not an http(s) URL, not fetched", status: null, finalUrl: null, sha256: null }), fresh, T1).linkProblem).toBe("broken");
    expect(assessFetch(fetched({ failure: "private", status: null, sha256: null }), fresh, T1).linkProblem).toBe("broken");
  });

  it("treats a page too large to hash as working, and leaves the change state as it was", () => {
    const big = fetched({ failure: "too-large", error: "larger than 5 MB, not hashed", sha256: null });
    expect(assessFetch(big, fresh, T1)).toMatchObject({ linkProblem: null, linkError: "larger than 5 MB, not hashed", contentSha256: null });
    expect(assessFetch(big, { contentSha256: "aaa", linkChangedAt: T1 }, T2)).toMatchObject({ linkProblem: "changed", linkChangedAt: T1 });
  });

  it("lets broken outrank changed but keeps the change date", () => {
    const r = assessFetch(fetched({ status: 404, sha256: null }), { contentSha256: "aaa", linkChangedAt: T1 }, T2);
    expect(r).toMatchObject({ linkProblem: "broken", linkChangedAt: T1 });
  });
});

describe("describeLinkProblem", () => {
  const link = (over: Partial<LinkHealth>): LinkHealth => ({
    url: "https://example.org/a",
    archiveUrl: null,
    linkProblem: null,
    linkStatus: 200,
    linkError: null,
    linkFinalUrl: null,
    linkCheckedAt: "2026-11-29T08:00:00.000Z",
    linkChangedAt: null,
    ...over,
  });

  it("says what a reader needs to know, and nothing for a working link", () => {
    expect(describeLinkProblem(link({}))).toBeNull();
    expect(describeLinkProblem(link({ linkProblem: "broken", linkStatus: 404 }))?.text).toBe("Link broken (404), checked 2026-11-29");
    expect(describeLinkProblem(link({ linkProblem: "broken", linkStatus: null, linkError: "not an http(s) URL, not fetched" }))?.text).toBe(
      "Link broken: not an http(s) URL, not fetched, checked 2026-11-29",
    );
    expect(describeLinkProblem(link({ linkProblem: "unreachable", linkStatus: null, linkError: "timeout after 15 s" }))?.text).toBe(
      "Unreachable: timeout after 15 s, checked 2026-11-29",
    );
    expect(describeLinkProblem(link({ linkProblem: "changed", linkChangedAt: "2026-11-20T00:00:00.000Z" }))?.text).toBe(
      "Page changed since it was cited (noticed 2026-11-20)",
    );
    expect(describeLinkProblem(link({ linkProblem: "something else" }))).toBeNull();
    // Beside a "checked" column the date is left out.
    expect(describeLinkProblem(link({ linkProblem: "broken", linkStatus: 410 }), { withDate: false })?.text).toBe("Link broken (410)");
  });

  it("tells a redirect from a trailing slash", () => {
    expect(wasRedirected({ url: "https://example.org/a", linkFinalUrl: "https://example.org/a/" })).toBe(false);
    expect(wasRedirected({ url: "https://example.org/a", linkFinalUrl: "https://example.org/b" })).toBe(true);
    expect(wasRedirected({ url: "https://example.org/a", linkFinalUrl: null })).toBe(false);
  });
});

describe("durations", () => {
  it("reads the command line's durations", () => {
    expect(parseDuration("7d")).toBe(7 * 86_400_000);
    expect(parseDuration("1.5h")).toBe(5_400_000);
    expect(parseDuration("500ms")).toBe(500);
    expect(parseDuration("0")).toBe(0);
    for (const bad of ["", "7", "d", "-1d", "7 days", "1e3s"]) expect(parseDuration(bad), bad).toBeNull();
    expect(formatDuration(850)).toBe("850 ms");
    expect(formatDuration(12_340)).toBe("12.3 s");
    expect(formatDuration(245_000)).toBe("4 m 05 s");
    expect(formatDuration(7_800_000)).toBe("2 h 10 m");
  });
});
