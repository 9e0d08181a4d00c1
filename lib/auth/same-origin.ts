import "server-only";
import { AuthError } from "./permissions";

/**
 * The one origin policy for every write a browser could be tricked into making: each
 * cookie-authenticated API write, sign-in (login CSRF) and sign-out (logout CSRF), and the
 * Server Actions. SameSite=Lax alone is not enough: it still sends the cookie from another
 * port or subdomain of the same site, and sign-in needs no cookie at all.
 *
 * The public origin is BETTER_AUTH_URL; without it (development), the Host the browser
 * addressed. X-Forwarded-Host is never consulted: anyone can send it.
 */

/** The app's public origin, e.g. "https://tracker.example.org", or null when not configured. */
export function configuredOrigin(env: NodeJS.ProcessEnv = process.env): string | null {
  const url = env.BETTER_AUTH_URL?.trim();
  if (!url) return null;
  try {
    return new URL(url).origin;
  } catch {
    throw new Error(`BETTER_AUTH_URL must be the app's full public address, e.g. https://tracker.example.org (got "${url}")`);
  }
}

/** The origin to build and compare URLs against for this request. */
export function appOrigin(h: Headers): string {
  return configuredOrigin() ?? `http://${h.get("host") || "localhost"}`;
}

function isPublicOrigin(origin: string, h: Headers): boolean {
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false; // "null" (sandboxed frames, data: pages) or malformed: never this site
  }
  const configured = configuredOrigin();
  if (configured) return url.origin === configured;
  const host = h.get("host");
  return host !== null && url.host === host.toLowerCase();
}

/**
 * True when a browser sent this request from the app's own pages. Browsers send Origin on
 * every POST, PUT, PATCH and DELETE; with no Origin, Sec-Fetch-Site (sent by current
 * browsers) must not name another site. A request with neither comes from a program (curl,
 * a script), which holds its own credentials and cannot be forged by a web page.
 */
export function isSameOriginRequest(h: Headers): boolean {
  const origin = h.get("origin");
  if (origin !== null) return isPublicOrigin(origin, h);
  const site = h.get("sec-fetch-site");
  return site === null || site === "same-origin" || site === "none";
}

export const CROSS_SITE_MESSAGE = "Cross-site requests cannot sign in, sign out or write";

export function assertSameOrigin(h: Headers): void {
  if (!isSameOriginRequest(h)) throw new AuthError(403, CROSS_SITE_MESSAGE);
}

// Control characters and backslashes have no place in a path we send a browser to.
const UNSAFE = /[\u0000-\u001f\u007f\\]/;

/**
 * Where to go after signing in: `raw` resolved with the URL parser against the app's
 * origin, kept only when it stays on that origin, as a path (plus query and fragment).
 * Dot segments are resolved first, so "/..//evil.example" becomes "//evil.example", which
 * a browser reads as another host: the result must resolve to the same URL a second time.
 * The serialised path is percent-encoded ASCII, so "/日本" is safe in a Location header.
 */
export function safeNextPath(raw: unknown, h: Headers): string {
  if (typeof raw !== "string" || raw === "" || UNSAFE.test(raw)) return "/";
  const base = new URL(appOrigin(h));
  let url: URL;
  try {
    url = new URL(raw, base);
  } catch {
    return "/";
  }
  if (url.origin !== base.origin) return "/";
  const path = url.pathname + url.search + url.hash;
  if (!path.startsWith("/") || new URL(path, base).href !== url.href) return "/";
  return path;
}
