// Which security headers each path gets, from next.config.mjs's rules matched the way the
// Next.js server matches them (its own path matcher; later rules override earlier ones key by
// key). Only the embed card may be framed by other sites. e2e/embeds.spec.ts checks the
// headers a production server actually sends.
import type { NextConfig } from "next";
import { modifyRouteRegex } from "next/dist/lib/redirect-status";
import { getPathMatch } from "next/dist/shared/lib/router/utils/path-match";
import { afterEach, describe, expect, it } from "vitest";

type HeaderRule = { source: string; headers: { key: string; value: string }[] };

async function rules(): Promise<HeaderRule[]> {
  const { default: config } = (await import("../../next.config.mjs" as string)) as { default: NextConfig };
  return (await config.headers!()) as HeaderRule[];
}

/** The headers a response to `pathname` gets: every matching rule in order, the last value of a key winning. */
async function headersFor(pathname: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const rule of await rules()) {
    // As next/dist/server/lib/router-utils/filesystem.js builds a header rule's matcher.
    const match = getPathMatch(rule.source, { strict: true, removeUnnamedParams: true, regexModifier: (r) => modifyRouteRegex(r) });
    if (!match(pathname)) continue;
    for (const h of rule.headers) out[h.key.toLowerCase()] = h.value;
  }
  return out;
}

const frameAncestors = (csp: string | undefined) => csp?.match(/frame-ancestors ([^;]+)/)?.[1];

afterEach(() => {
  delete process.env.EMBED_FRAME_ANCESTORS;
});

describe("security headers", () => {
  it("keep every page, feed, badge and asset unframeable", async () => {
    for (const path of [
      "/",
      "/predictions/abc",
      "/predictions/abc/badge.svg",
      "/feed.xml",
      "/sources/abc/feed.xml",
      "/embed",
      "/embed/predictions",
      "/embed/predictions/abc/more",
      "/embedded/predictions/abc",
      "/_next/static/chunks/app.js",
      "/api/predictions",
    ]) {
      const h = await headersFor(path);
      expect(frameAncestors(h["content-security-policy"]), path).toBe("'none'");
      expect(h["x-frame-options"], path).toBe("DENY");
      expect(h["x-content-type-options"], path).toBe("nosniff");
    }
  });

  it("let any site frame the embed card, with the rest of the policy unchanged", async () => {
    const h = await headersFor("/embed/predictions/abc");
    expect(frameAncestors(h["content-security-policy"])).toBe("*");
    expect(h["x-frame-options"]).toBeUndefined();
    expect(h["x-content-type-options"]).toBe("nosniff");
    const strict = (await headersFor("/"))["content-security-policy"];
    expect(h["content-security-policy"]).toBe(strict.replace("frame-ancestors 'none'", "frame-ancestors *"));
  });

  it("take the embed's frame-ancestors from EMBED_FRAME_ANCESTORS, and refuse anything but CSP sources", async () => {
    process.env.EMBED_FRAME_ANCESTORS = "https://blog.example.org 'self'";
    expect(frameAncestors((await headersFor("/embed/predictions/abc"))["content-security-policy"])).toBe("https://blog.example.org 'self'");
    expect(frameAncestors((await headersFor("/predictions/abc"))["content-security-policy"])).toBe("'none'");
    process.env.EMBED_FRAME_ANCESTORS = "*; script-src *";
    await expect(rules()).rejects.toThrow(/EMBED_FRAME_ANCESTORS must be CSP sources/);
  });
});
