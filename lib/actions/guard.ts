import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { clientIp, currentActor } from "../auth/actor";
import { authorize, AuthError, type Actor, type Check } from "../auth/permissions";
import type { AuditActor } from "../db/audit";

export type ActionActor = { actor: Actor; audit: AuditActor };

/**
 * Every Server Action that writes starts here: nobody signed in is sent to the sign-in page
 * (coming back to `returnTo`), and a signed-in account without the role gets an AuthError,
 * which the action turns into a form message.
 */
export async function authorizeAction(check: Check, returnTo = "/"): Promise<ActionActor> {
  const actor = await currentActor();
  if (!actor) redirect(`/sign-in?next=${encodeURIComponent(returnTo)}`);
  authorize(actor, check);
  return { actor, audit: { id: actor.id, label: actor.name, ip: clientIp(await headers()) } };
}

export const FORBIDDEN_MESSAGE = "Your role does not allow this. Ask an admin for editor access.";

export function isForbidden(e: unknown): e is AuthError {
  return e instanceof AuthError && e.status === 403;
}
