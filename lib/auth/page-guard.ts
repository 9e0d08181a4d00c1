import "server-only";
import { redirect } from "next/navigation";
import { cache } from "react";
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
export async function requirePageReader(returnTo: string): Promise<Actor | null> {
  const [actor, access] = await Promise.all([currentActor(), getReadAccess()]);
  if (!canReadDashboard(actor, access)) redirect(`/sign-in?next=${encodeURIComponent(returnTo)}`);
  return actor;
}

type Guard = (returnTo: string) => Promise<Actor | null>;

/**
 * One loader shared by a page and its `generateMetadata`: the access check runs before the
 * record is read, so a private instance never puts a claim's, source's or review's title
 * into the `<title>` of a redirect. `cache` makes it one check and one read per request.
 */
export function guardedLoader<T>(
  returnTo: (key: string) => string,
  load: (key: string, actor: Actor | null) => Promise<T>,
  guard: Guard = requirePageReader,
) {
  return cache(async (key: string): Promise<{ actor: Actor | null; data: T }> => {
    const actor = await guard(returnTo(key));
    return { actor, data: await load(key, actor) };
  });
}
