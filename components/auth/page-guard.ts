import "server-only";
import { redirect } from "next/navigation";
import { currentActor } from "@/lib/auth/actor";
import { canReadDashboard, type Actor } from "@/lib/auth/permissions";
import { getReadAccess } from "@/lib/db/settings";

/** For pages that need an account: nobody signed in goes to sign-in and comes back to `returnTo`. */
export async function requireSignedIn(returnTo: string): Promise<Actor> {
  const actor = await currentActor();
  if (!actor) redirect(`/sign-in?next=${encodeURIComponent(returnTo)}`);
  return actor;
}

/**
 * Every dashboard page starts here: on a private instance nobody signed in may read, so they
 * go to sign-in and come back to `returnTo`. Returns the actor (or null) for role-aware UI.
 */
export async function requireReader(returnTo: string): Promise<Actor | null> {
  const [actor, access] = await Promise.all([currentActor(), getReadAccess()]);
  if (!canReadDashboard(actor, access)) redirect(`/sign-in?next=${encodeURIComponent(returnTo)}`);
  return actor;
}
