import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { clientIp, currentActor } from "../auth/actor";
import { authorize, AuthError, type Actor, type Check } from "../auth/permissions";
import { assertSameOrigin } from "../auth/same-origin";
import type { AuditActor } from "../db/audit";

export type ActionActor = { actor: Actor; audit: AuditActor };

/**
 * Every Server Action that writes starts here: nobody signed in is sent to the sign-in page
 * (coming back to `returnTo`), and a signed-in account without the role gets an AuthError,
 * which the action turns into a form message (FORBIDDEN_STATE in ./result).
 */
export async function authorizeAction(check: Check, returnTo = "/"): Promise<ActionActor> {
  const actor = await currentActor();
  if (!actor) redirect(`/sign-in?next=${encodeURIComponent(returnTo)}`);
  authorize(actor, check);
  const h = await headers();
  // Actions are cookie-authenticated writes: the one origin policy applies (lib/auth/same-origin.ts).
  assertSameOrigin(h);
  return { actor, audit: { id: actor.id, label: actor.name, ip: clientIp(h) } };
}

export function isForbidden(e: unknown): e is AuthError {
  return e instanceof AuthError && e.status === 403;
}

/** Like authorizeAction, but answers null for a role that is not enough, for form actions. */
export async function allowAction(check: Check, returnTo: string): Promise<ActionActor | null> {
  try {
    return await authorizeAction(check, returnTo);
  } catch (e) {
    if (isForbidden(e)) return null;
    throw e; // includes the sign-in redirect
  }
}
