import "server-only";
import { actorFromHeaders, clientIp } from "../auth/actor";
import { AuthError, authorize, canReadDashboard, type Actor, type Check } from "../auth/permissions";
import type { AuditActor } from "../db/audit";
import { getReadAccess } from "../db/settings";

/**
 * The caller of a writing route, checked against one named permission (401/403 otherwise).
 * A cookie session must also come from this site: SameSite=Lax already keeps the cookie off
 * cross-site posts, and this refuses any cross-origin write that still carries one.
 */
export async function requireActor(request: Request, check: Check): Promise<Actor> {
  const actor = authorize(await actorFromHeaders(request.headers), check);
  const origin = request.headers.get("origin");
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host") ?? new URL(request.url).host;
  if (actor.via === "session" && origin && originHost(origin) !== host) {
    throw new AuthError(403, "Cross-site requests cannot write with a session cookie");
  }
  return actor;
}

function originHost(origin: string): string | null {
  try {
    return new URL(origin).host;
  } catch {
    return null; // "null" or malformed: never this site
  }
}

/** Reading routes: open on a public instance, signed-in accounts only on a private one. */
export async function requireReader(request: Request): Promise<Actor | null> {
  const [actor, access] = await Promise.all([actorFromHeaders(request.headers), getReadAccess()]);
  if (!canReadDashboard(actor, access)) throw new AuthError(401, "This dashboard is private: sign in to read it");
  return actor;
}

/** How an actor appears in the audit trail and on what it logged. */
export function auditActor(actor: Actor, request?: Request): AuditActor {
  return { id: actor.id, label: actor.name, ip: request ? clientIp(request.headers) : null };
}
