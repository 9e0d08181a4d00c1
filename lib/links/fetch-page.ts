// Fetches one evidence link the way the link checker needs it: GET, redirects followed by hand
// (so the chain and the final address are known), a time limit per request, a size limit on the
// body, and the SHA-256 of the body as it streams in. Never throws for what the remote end does;
// the only exception is the caller's own `signal` aborting (the run is stopping), which rethrows
// so an interrupted check is never recorded as a failed link.
import { createHash } from "node:crypto";
import { isIP } from "node:net";

export type FetchPageOptions = {
  /** Per request (each hop of a redirect chain), covering the headers and the whole body. */
  timeoutMs: number;
  /** Bodies longer than this are not read to the end, and so not hashed. */
  maxBytes: number;
  maxRedirects: number;
  userAgent: string;
  /**
   * Loopback, private and link-local addresses are refused unless allowed (tests, an intranet
   * install): the checker runs on the server, and evidence URLs come from editors.
   */
  allowPrivate: boolean;
  /** The run stopping: aborts the request and makes fetchPage throw. */
  signal?: AbortSignal;
};

export const DEFAULT_FETCH_OPTIONS: FetchPageOptions = {
  timeoutMs: 15_000,
  maxBytes: 5 * 1024 * 1024,
  maxRedirects: 10,
  userAgent: "prediction-tracker-link-check/1.0",
  allowPrivate: false,
};

/** Why a fetch gave no complete answer. */
export type FetchFailure = "scheme" | "private" | "network" | "timeout" | "redirects" | "too-large";

export type PageFetch = {
  /** Every request made, in order: its URL and the status it answered (the redirects, then the last). */
  hops: { url: string; status: number }[];
  /** The last URL requested (after redirects), or null when the first request got no answer. */
  finalUrl: string | null;
  /** The last HTTP status, or null when no request got an answer. */
  status: number | null;
  /** SHA-256 (hex) of the whole body of a final answer; null when it was not read to the end. */
  sha256: string | null;
  /** Bytes of the final body read (up to the limit). */
  bytes: number;
  failure: FetchFailure | null;
  /** A short human description of the failure ("timeout after 15 s", "ECONNREFUSED: …"). */
  error: string | null;
};

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/** http(s) only: the checker never fetches file:, data:, ftp:, javascript: or anything else. */
export function isFetchableUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return (u.protocol === "http:" || u.protocol === "https:") && u.hostname.length > 0;
  } catch {
    return false;
  }
}

/**
 * Whether a URL's host is written as a loopback, private, link-local or unspecified address
 * (or is "localhost"). A name that resolves to such an address is not caught here.
 */
export function isPrivateHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, "").toLowerCase();
  if (host === "localhost" || host.endsWith(".localhost")) return true;
  const kind = isIP(host);
  if (kind === 4) {
    const [a, b] = host.split(".").map(Number);
    return a === 0 || a === 10 || a === 127 || (a === 169 && b === 254) || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 100 && b >= 64 && b <= 127);
  }
  if (kind === 6) {
    if (host === "::" || host === "::1") return true;
    const mapped = host.match(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/);
    if (mapped) return isPrivateHost(mapped[1]);
    return /^f[cd]/.test(host) || /^fe[89ab]/.test(host);
  }
  return false;
}

const seconds = (ms: number) => `${Number((ms / 1000).toFixed(1))} s`;
const megabytes = (n: number) => `${Number((n / 1024 / 1024).toFixed(1))} MB`;

/** "ECONNREFUSED: connect ECONNREFUSED 127.0.0.1:1" from undici's "fetch failed" and its cause. */
function describeNetworkError(e: unknown): string {
  const cause = e instanceof Error && e.cause instanceof Error ? e.cause : e;
  const code = cause && typeof cause === "object" && "code" in cause ? String((cause as { code: unknown }).code) : "";
  const message = cause instanceof Error ? cause.message : String(cause);
  const text = code && !message.includes(code) ? `${code}: ${message}` : message;
  return text.slice(0, 300);
}

type Hop = { kind: "answer"; response: Response } | { kind: "failed"; failure: FetchFailure; error: string };

export async function fetchPage(url: string, options: Partial<FetchPageOptions> = {}): Promise<PageFetch> {
  const opt = { ...DEFAULT_FETCH_OPTIONS, ...options };
  const hops: PageFetch["hops"] = [];
  const result = (over: Partial<PageFetch>): PageFetch => ({
    hops,
    finalUrl: hops.at(-1)?.url ?? null,
    status: hops.at(-1)?.status ?? null,
    sha256: null,
    bytes: 0,
    failure: null,
    error: null,
    ...over,
  });

  let current = url;
  for (let hop = 0; ; hop++) {
    if (!isFetchableUrl(current)) {
      return result({ failure: "scheme", error: hop === 0 ? "not an http(s) URL, not fetched" : `redirected to a non-http(s) URL (${current.slice(0, 200)})` });
    }
    if (!opt.allowPrivate && isPrivateHost(new URL(current).hostname)) {
      return result({ failure: "private", error: "a private or loopback address, not fetched" });
    }
    // One controller per request: its timer covers the headers and the body.
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(new Error("timeout")), opt.timeoutMs);
    const stop = () => controller.abort(opt.signal?.reason);
    opt.signal?.addEventListener("abort", stop, { once: true });
    try {
      opt.signal?.throwIfAborted();
      const answer = await request(current, opt, controller.signal);
      if (answer.kind === "failed") {
        if (opt.signal?.aborted) throw opt.signal.reason;
        return result({ failure: answer.failure, error: answer.failure === "timeout" ? `timeout after ${seconds(opt.timeoutMs)}` : answer.error });
      }
      const res = answer.response;
      hops.push({ url: current, status: res.status });
      const location = res.headers.get("location");
      if (REDIRECTS.has(res.status) && location) {
        await res.body?.cancel().catch(() => {});
        if (hop >= opt.maxRedirects) return result({ failure: "redirects", error: `more than ${opt.maxRedirects} redirects` });
        current = new URL(location, current).href;
        continue;
      }
      if (res.status < 200 || res.status > 299) {
        // Only the status matters for an error answer; don't download its page.
        await res.body?.cancel().catch(() => {});
        return result({});
      }
      const body = await readBody(res, opt.maxBytes, controller.signal);
      if (opt.signal?.aborted) throw opt.signal.reason;
      if (body.failure === "timeout") return result({ bytes: body.bytes, failure: "timeout", error: `timeout after ${seconds(opt.timeoutMs)} reading the page` });
      if (body.failure) return result({ bytes: body.bytes, failure: body.failure, error: body.error });
      return result({ bytes: body.bytes, sha256: body.sha256 });
    } finally {
      clearTimeout(timer);
      opt.signal?.removeEventListener("abort", stop);
    }
  }
}

async function request(url: string, opt: FetchPageOptions, signal: AbortSignal): Promise<Hop> {
  try {
    const response = await fetch(url, {
      method: "GET",
      redirect: "manual",
      signal,
      headers: { "user-agent": opt.userAgent, accept: "text/html,application/xhtml+xml,application/pdf;q=0.9,*/*;q=0.8" },
    });
    return { kind: "answer", response };
  } catch (e) {
    if (signal.aborted) return { kind: "failed", failure: "timeout", error: "timeout" };
    return { kind: "failed", failure: "network", error: describeNetworkError(e) };
  }
}

type Body = { bytes: number; sha256: string | null; failure: FetchFailure | null; error: string | null };

/**
 * Streams the body into SHA-256, stopping at `maxBytes`. A body that is too large is not hashed
 * at all: the hash of a prefix would look like the page's hash and never match a full one.
 */
async function readBody(res: Response, maxBytes: number, signal: AbortSignal): Promise<Body> {
  const tooLarge = (bytes: number): Body => ({ bytes, sha256: null, failure: "too-large", error: `larger than ${megabytes(maxBytes)}, not hashed` });
  const declared = Number(res.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > maxBytes) {
    await res.body?.cancel().catch(() => {});
    return tooLarge(0);
  }
  const hash = createHash("sha256");
  let bytes = 0;
  if (!res.body) return { bytes, sha256: hash.digest("hex"), failure: null, error: null };
  const reader = res.body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      bytes += value.byteLength;
      if (bytes > maxBytes) {
        await reader.cancel().catch(() => {});
        return tooLarge(bytes - value.byteLength);
      }
      hash.update(value);
    }
  } catch (e) {
    if (signal.aborted) return { bytes, sha256: null, failure: "timeout", error: "timeout" };
    return { bytes, sha256: null, failure: "network", error: describeNetworkError(e) };
  }
  return { bytes, sha256: hash.digest("hex"), failure: null, error: null };
}
