// Where sign-in sends the browser afterwards (the `next` field), tried with the probe's
// open-redirect payloads and the non-ASCII path that made the redirect a 500. The browser
// side of both is in e2e/attacks.spec.ts.
import { afterEach, describe, expect, it, vi } from "vitest";
import { safeNextPath } from "@/lib/auth/same-origin";

const APP = "https://tracker.example.org";
const h = new Headers({ host: "tracker.example.org" });

afterEach(() => {
  vi.unstubAllEnvs();
});

/**
 * What the browser does with the redirect: resolve it against the page it is on, then (as
 * Next's client router does with a path) resolve the resulting path once more. Dot segments
 * vanish in the first step, so "/..//evil.example" becomes the path "//evil.example", which
 * the second step reads as a host: that is how the probe reached evil.example.
 */
const landsOn = (location: string) => new URL(new URL(location, `${APP}/sign-in`).pathname, APP);

describe("attack: an open redirect through sign-in's next", () => {
  const PAYLOADS = [
    "//evil.example/phish",
    "/..//evil.example/phish",
    "/.//evil.example/phish",
    "/%2e%2e//evil.example/phish",
    "/%2E%2E//evil.example/phish",
    "/a/../..//evil.example/phish",
    "/a/b/../../..//evil.example/phish",
    "/././/evil.example",
    "/\\evil.example/phish",
    "/\\/evil.example/phish",
    "\\\\evil.example/phish",
    "/\t/evil.example/phish",
    "/\n/evil.example",
    "https://evil.example/phish",
    "http:evil.example",
    "https:/evil.example",
    "//evil.example@tracker.example.org",
    "javascript:alert(document.domain)",
    "data:text/html,<script>alert(1)</script>",
    "/%5Cevil.example", // stays a path: %5C is a literal backslash in a path segment
  ];

  it.each(PAYLOADS)("%j never leads off the app's origin", (payload) => {
    vi.stubEnv("BETTER_AUTH_URL", APP);
    const location = safeNextPath(payload, h);
    expect(location.startsWith("/"), location).toBe(true);
    expect(location.startsWith("//"), location).toBe(false);
    expect(landsOn(location).origin).toBe(APP);
  });

  it("keeps an ordinary same-site path, its query and its fragment", () => {
    vi.stubEnv("BETTER_AUTH_URL", APP);
    expect(safeNextPath("/predictions?verdict=on_track&sort=recent#list", h)).toBe("/predictions?verdict=on_track&sort=recent#list");
    expect(safeNextPath("/admin/users", h)).toBe("/admin/users");
    // Dot segments that stay on the site are resolved, as the browser would.
    expect(safeNextPath("/a/../account", h)).toBe("/account");
    // The app's own absolute address becomes its path.
    expect(safeNextPath(`${APP}/account`, h)).toBe("/account");
  });

  it("falls back to / for nothing, empty or non-text input", () => {
    for (const raw of [undefined, null, "", 42, ["/account"]]) expect(safeNextPath(raw, h)).toBe("/");
  });

  it("in development compares with the Host the browser addressed", () => {
    vi.stubEnv("BETTER_AUTH_URL", "");
    const dev = new Headers({ host: "localhost:3000" });
    expect(safeNextPath("/..//evil.example", dev)).toBe("/");
    expect(safeNextPath("http://localhost:3000/account", dev)).toBe("/account");
    expect(safeNextPath("http://127.0.0.1:3000/account", dev)).toBe("/");
  });
});

describe("attack: a non-ASCII next made the redirect a 500", () => {
  it.each(["/日本", "/predictions?q=日本", "/predictions#日本", "/caf\u00e9/\u{1F600}"])(
    "%s becomes a percent-encoded ASCII path that a Location header accepts and that decodes back",
    (raw) => {
      vi.stubEnv("BETTER_AUTH_URL", APP);
      const location = safeNextPath(raw, h);
      expect(location).toMatch(/^\/[\x21-\x7e]*$/);
      // Exactly the check Node makes before sending a header ("Invalid character in header content").
      expect(() => new Headers({ location })).not.toThrow();
      expect(decodeURI(location)).toBe(raw);
    },
  );
});
