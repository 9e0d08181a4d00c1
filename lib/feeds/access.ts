import "server-only";
// Who may read what leaves the app as a feed, an embed, a badge or an image. A public
// instance serves everyone (and lets caches keep a copy for a few minutes); a private one
// serves only a signed-in account (session cookie or `Authorization: Bearer <token>`, as the
// API's requireReader) and marks the answer private, so no shared cache keeps it.
import { actorFromHeaders } from "../auth/actor";
import { canReadDashboard } from "../auth/permissions";
import { getReadAccess } from "../db/settings";

export type OffsiteAccess = { allowed: boolean; isPrivate: boolean };

export async function offsiteAccess(request: Request): Promise<OffsiteAccess> {
  const access = await getReadAccess();
  if (access === "public") return { allowed: true, isPrivate: false };
  return { allowed: canReadDashboard(await actorFromHeaders(request.headers), access), isPrivate: true };
}

/** Shared caches may keep a public answer for five minutes; a private one is never stored. */
export function cacheControl(access: OffsiteAccess): string {
  return access.isPrivate ? "private, no-store" : "public, max-age=300";
}

export const PRIVATE_MESSAGE = "This dashboard is private: sign in (or send an API token) to read it.";
