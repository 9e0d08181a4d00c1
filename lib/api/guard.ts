import "server-only";
import { actorFromHeaders, clientIp } from "../auth/actor";
import { AuthError, authorize, canReadDashboard, type Actor, type Check } from "../auth/permissions";
import { assertSameOrigin } from "../auth/same-origin";
import type { AuditActor } from "../db/audit";
import { getReadAccess } from "../db/settings";

const READ_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * The caller of a writing route, checked against one named permission (401/403 otherwise).
 * A session cookie is ambient (the browser attaches it), so a cookie-authenticated write
 * must also pass the one origin policy (lib/auth/same-origin.ts); a bearer token is not
 * ambient and needs no such check.
 */
export async function requireActor(request: Request, check: Check): Promise<Actor> {
  const actor = authorize(await actorFromHeaders(request.headers), check);
  if (actor.via === "session" && !READ_METHODS.has(request.method)) assertSameOrigin(request.headers);
  return actor;
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
