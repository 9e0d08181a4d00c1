// The claim page's flag for one evidence item, rendered to HTML as the server sends it.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { LinkHealthNote } from "@/components/evidence/link-health";
import type { LinkHealth } from "@/lib/links/describe";

const link = (over: Partial<LinkHealth>): LinkHealth => ({
  url: "https://example.org/a",
  archiveUrl: null,
  linkProblem: null,
  linkStatus: 200,
  linkError: null,
  linkFinalUrl: "https://example.org/a",
  linkCheckedAt: "2026-11-29T08:00:00.000Z",
  linkChangedAt: null,
  ...over,
});
const render = (l: LinkHealth, extra: Record<string, unknown> = {}) => renderToStaticMarkup(createElement(LinkHealthNote, { link: l, title: "A <report>", ...extra }));
const text = (html: string) => html.replace(/<[^>]+>/g, "").replace(/&lt;/g, "<").replace(/&gt;/g, ">");

describe("LinkHealthNote", () => {
  it("renders nothing for a working link without an archived copy", () => {
    expect(render(link({}))).toBe("");
    expect(render(link({ linkCheckedAt: null, linkStatus: null }))).toBe("");
  });

  it("flags a broken, unreachable or changed link", () => {
    expect(text(render(link({ linkProblem: "broken", linkStatus: 404 })))).toBe("Link broken (404), checked 2026-11-29");
    expect(text(render(link({ linkProblem: "unreachable", linkStatus: null, linkError: "timeout after 15 s" })))).toBe("Unreachable: timeout after 15 s, checked 2026-11-29");
    expect(render(link({ linkProblem: "changed", linkChangedAt: "2026-11-20T00:00:00.000Z" }))).toContain('data-link-problem="changed"');
  });

  it("links the archived copy, named for screen readers, with the same rel as every evidence link", () => {
    const html = render(link({ linkProblem: "broken", linkStatus: 410, archiveUrl: "https://web.archive.org/web/20240101000000/https://example.org/a" }));
    expect(html).toContain('href="https://web.archive.org/web/20240101000000/https://example.org/a"');
    expect(html).toContain('rel="noopener noreferrer nofollow"');
    expect(text(html)).toBe("Link broken (410), checked 2026-11-29Archived copy of A <report>");
    expect(render(link({ archiveUrl: "https://web.archive.org/web/1/x" }), { showArchive: false })).toBe("");
  });
});
