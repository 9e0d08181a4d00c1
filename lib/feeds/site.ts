// Absolute addresses for what other sites and feed readers keep: the configured public
// address (BETTER_AUTH_URL, as in lib/auth/config.ts) when there is one, else the request's.

/** The configured public origin (BETTER_AUTH_URL), if it is set and well formed. */
export function configuredOrigin(env: NodeJS.ProcessEnv = process.env): URL | undefined {
  const configured = env.BETTER_AUTH_URL?.trim();
  if (!configured) return undefined;
  try {
    return new URL(new URL(configured).origin);
  } catch {
    return undefined;
  }
}

/** The site's origin, e.g. "https://tracker.example.org", never with a trailing slash. */
export function siteOrigin(request: Request, env: NodeJS.ProcessEnv = process.env): string {
  return (configuredOrigin(env) ?? new URL(request.url)).origin;
}

/**
 * The date in this site's tag: URIs (RFC 4151). Entry ids must never change, so it is fixed:
 * the year feeds were added, when the site's owner held its name.
 */
const TAG_DATE = "2026";

/** A stable Atom id: `tag:<host>,2026:<kind>/<id>…`, the same in every feed that lists the thing. */
export function tagUri(origin: string, ...path: string[]): string {
  return `tag:${new URL(origin).hostname},${TAG_DATE}:${path.map(encodeURIComponent).join("/")}`;
}

export const claimPath = (id: string) => `/predictions/${encodeURIComponent(id)}`;
export const sourcePath = (id: string) => `/sources/${encodeURIComponent(id)}`;
