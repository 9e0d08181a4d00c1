import "server-only";
import { normaliseAddress, socketAddressState } from "./socket-hook.mjs";

/**
 * The caller's address, for the sign-in rate limit and the audit trail.
 *
 * Next.js 16 gives route handlers and Server Actions no socket, and `next start` writes the
 * socket address into X-Forwarded-For only when the request has none: a client that sends
 * its own header replaces the socket address entirely. So lib/auth/socket-hook.mjs wraps the
 * Node HTTP server's "request" event and runs each request with its socket address in an
 * AsyncLocalStorage, which everything that request runs (handlers, actions, pages) reads.
 * next.config.mjs installs it as the server starts, so even the first request has it.
 *
 * X-Forwarded-For is believed only as far as TRUSTED_PROXY_HOPS says (default 0: never).
 * With N trusted proxies in front, each appending the address it received the request
 * from, the client is the N-th entry from the right of [...X-Forwarded-For, socket].
 */

// One store and one hook per process, however often bundlers instantiate this module.
const state = socketAddressState();

/**
 * Runs `fn` as the server does for a request that arrived from `address`. The HTTP hook
 * above uses it for every request; tests use it to call route handlers in-process.
 */
export function withSocketAddress<T>(address: string, fn: () => T): T {
  return state.store.run(normaliseAddress(address), fn);
}

export const MAX_TRUSTED_PROXY_HOPS = 10;

/** TRUSTED_PROXY_HOPS: how many reverse proxies in front of the app append to X-Forwarded-For. */
export function trustedProxyHops(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.TRUSTED_PROXY_HOPS?.trim();
  if (!raw) return 0;
  const hops = /^\d+$/.test(raw) ? Number(raw) : NaN;
  if (!(hops <= MAX_TRUSTED_PROXY_HOPS)) {
    throw new Error(`TRUSTED_PROXY_HOPS must be a whole number from 0 to ${MAX_TRUSTED_PROXY_HOPS} (got "${raw}")`);
  }
  return hops;
}

const MAX_ADDRESS_LENGTH = 100;

/**
 * The caller's address: the socket's peer, or with N trusted proxy hops the address the
 * outermost trusted proxy saw. "unknown" when the request did not pass through the hook
 * (a request that raced the very first module load in development).
 */
export function clientIp(h: Headers): string {
  const socket = state.store.getStore() ?? "unknown";
  const hops = trustedProxyHops();
  if (hops === 0) return socket;
  const forwarded = (h.get("x-forwarded-for") ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  const chain = [...forwarded, socket];
  // Fewer entries than hops means the request skipped a proxy: take the furthest one known.
  return chain[Math.max(0, chain.length - 1 - hops)].slice(0, MAX_ADDRESS_LENGTH);
}
