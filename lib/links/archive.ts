// Asks the Wayback Machine's Save Page Now for a snapshot of one page: GET <endpoint>/save/<url>.
// The snapshot's address comes from the answer's Content-Location header (a path such as
// /web/20261129120000/https://example.org/a), or else from where the answer's redirects end,
// when that is a /web/<14-digit timestamp>/ address. Off unless configured, since a server
// without the web would only collect failures.
import { isFetchableUrl, isPrivateHost } from "./fetch-page";

export const WAYBACK_ENDPOINT = "https://web.archive.org";

export type ArchiveConfig = {
  /** The Save Page Now base address, without /save (tests point it at a local server). */
  endpoint: string;
  /** A capture can take a while: the time allowed per request. */
  timeoutMs: number;
  /** The least time between two requests (the service rate-limits anonymous callers). */
  delayMs: number;
  userAgent: string;
};

const ON = new Set(["on", "1", "true", "yes"]);

/**
 * The archive step's settings, or null when it is off: it is on when LINKS_ARCHIVE is "on" (the
 * Wayback Machine) or LINKS_ARCHIVE_ENDPOINT names another Save Page Now base.
 */
export function archiveConfigFromEnv(env: Record<string, string | undefined>): ArchiveConfig | null {
  const endpoint = env.LINKS_ARCHIVE_ENDPOINT?.trim();
  const on = ON.has((env.LINKS_ARCHIVE ?? "").trim().toLowerCase());
  if (!endpoint && !on) return null;
  const base = endpoint || WAYBACK_ENDPOINT;
  if (!isFetchableUrl(base)) throw new Error(`LINKS_ARCHIVE_ENDPOINT must be an http(s) address, not "${base}"`);
  return {
    endpoint: base.replace(/\/+$/, ""),
    timeoutMs: positiveInt(env.LINKS_ARCHIVE_TIMEOUT_MS, 120_000),
    delayMs: positiveInt(env.LINKS_ARCHIVE_DELAY_MS, 12_000),
    userAgent: "prediction-tracker-archive/1.0",
  };
}

function positiveInt(raw: string | undefined, fallback: number): number {
  if (raw === undefined || raw.trim() === "") return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) throw new Error(`expected a whole number of milliseconds, not "${raw}"`);
  return n;
}

export type SnapshotResult =
  | { ok: true; archiveUrl: string }
  /** `rateLimited`: the service said 429; the run should stop rather than keep asking. */
  | { ok: false; error: string; rateLimited: boolean };

const SNAPSHOT_PATH = /^\/web\/\d{14}[^/]*\//;
const MAX_HOPS = 5;

/** Requests a snapshot of `url`; never throws for what the service answers. */
export async function requestSnapshot(url: string, config: ArchiveConfig, signal?: AbortSignal): Promise<SnapshotResult> {
  if (!isFetchableUrl(url)) return { ok: false, error: "not an http(s) URL", rateLimited: false };
  if (isPrivateHost(new URL(url).hostname)) return { ok: false, error: "a private address cannot be archived", rateLimited: false };
  const base = new URL(config.endpoint);
  const timeout = AbortSignal.timeout(config.timeoutMs);
  const both = signal ? AbortSignal.any([signal, timeout]) : timeout;
  let current = `${config.endpoint}/save/${url}`;
  try {
    for (let hop = 0; hop <= MAX_HOPS; hop++) {
      const res = await fetch(current, { redirect: "manual", signal: both, headers: { "user-agent": config.userAgent } });
      await res.body?.cancel().catch(() => {});
      const contentLocation = res.headers.get("content-location");
      if (contentLocation) {
        const snapshot = new URL(contentLocation, base);
        if (SNAPSHOT_PATH.test(snapshot.pathname)) return { ok: true, archiveUrl: snapshot.href };
      }
      const location = res.headers.get("location");
      if (res.status >= 300 && res.status < 400 && location) {
        const next = new URL(location, current);
        // A redirect to the snapshot itself is the answer; no need to download the copy.
        if (next.origin === base.origin && SNAPSHOT_PATH.test(next.pathname)) return { ok: true, archiveUrl: next.href };
        current = next.href;
        continue;
      }
      if (res.status === 429) return { ok: false, error: "rate-limited by the archive (HTTP 429)", rateLimited: true };
      if (res.ok && new URL(current).origin === base.origin && SNAPSHOT_PATH.test(new URL(current).pathname)) return { ok: true, archiveUrl: current };
      return { ok: false, error: res.ok ? "the answer named no snapshot" : `the archive answered HTTP ${res.status}`, rateLimited: false };
    }
    return { ok: false, error: `more than ${MAX_HOPS} redirects`, rateLimited: false };
  } catch (e) {
    if (signal?.aborted) throw signal.reason;
    if (timeout.aborted) return { ok: false, error: `no answer within ${Math.round(config.timeoutMs / 1000)} s`, rateLimited: false };
    const cause = e instanceof Error && e.cause instanceof Error ? e.cause.message : String(e);
    return { ok: false, error: cause.slice(0, 300), rateLimited: false };
  }
}
