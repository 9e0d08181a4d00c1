// Which addresses a webhook may be registered for. Pure.
import { isIP } from "node:net";
import { isPrivateHost } from "../links/fetch-page";

/** Loopback and private addresses are for an intranet install or the tests: WEBHOOKS_ALLOW_PRIVATE=1. */
/** The environment, or any record of its variables (tests). */
type Env = Record<string, string | undefined>;

export function allowsPrivateWebhooks(env: Env = process.env): boolean {
  return env.WEBHOOKS_ALLOW_PRIVATE === "1";
}

const INTERNAL_SUFFIXES = [".local", ".internal", ".localdomain", ".home.arpa", ".lan"];

/** "::ffff:7f00:1", as the URL parser writes an IPv4-mapped address, back to "127.0.0.1". */
function unmapIpv6(host: string): string {
  const m = host.match(/^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/);
  if (!m) return host;
  const [hi, lo] = [parseInt(m[1], 16), parseInt(m[2], 16)];
  return `${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`;
}

/** Multicast, reserved and broadcast IPv4 addresses (224.0.0.0 and up) never take a POST. */
function isUnroutableIpv4(host: string): boolean {
  return isIP(host) === 4 && Number(host.split(".")[0]) >= 224;
}

/**
 * Why a URL cannot receive webhooks, or null when it can: it must be a full http(s) address
 * without a user name or password, and (unless private addresses are allowed) its host must
 * not be written as a loopback, private or link-local address, `localhost`, a one-label name
 * or an internal suffix. A public name that resolves to a private address is not caught.
 */
export function webhookUrlProblem(value: string, options: { allowPrivate: boolean }): string | null {
  let u: URL;
  try {
    u = new URL(value);
  } catch {
    return "URL must be a full http:// or https:// address";
  }
  if (u.protocol !== "http:" && u.protocol !== "https:") return "URL must start with http:// or https://";
  if (!u.hostname) return "URL must name a host";
  if (u.username || u.password) return "URL must not contain a user name or password; put any token in the path or query";
  const host = unmapIpv6(u.hostname.replace(/^\[|\]$/g, "").toLowerCase());
  if (isUnroutableIpv4(host)) return "URL's host is a multicast or reserved address";
  if (options.allowPrivate) return null;
  const isInternalName = isIP(host) === 0 && (!host.includes(".") || INTERNAL_SUFFIXES.some((s) => host.endsWith(s)));
  if (isPrivateHost(host) || isInternalName) {
    return "URL points at a loopback, private or internal address (allowed only when the server sets WEBHOOKS_ALLOW_PRIVATE=1)";
  }
  return null;
}
