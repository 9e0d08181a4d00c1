import "server-only";
import { headers as nextHeaders } from "next/headers";
import { prisma } from "../db/client";
import { auth } from "./auth";
import { isRole } from "../roles";
import type { Actor } from "./permissions";
import { resolveApiToken } from "./tokens";

/**
 * Who is making this request: an API token (`Authorization: Bearer …`) or a session cookie.
 * Disabled accounts and revoked tokens resolve to nobody.
 */
export async function actorFromHeaders(h: Headers): Promise<Actor | null> {
  const bearer = h.get("authorization")?.match(/^Bearer\s+(\S+)$/i)?.[1];
  if (bearer) {
    const user = await resolveApiToken(bearer);
    return user && isRole(user.role) ? { id: user.id, name: user.name, email: user.email, role: user.role, via: "token" } : null;
  }
  const session = await auth.api.getSession({ headers: h }).catch(() => null);
  if (!session) return null;
  const user = await prisma.user.findUnique({
    where: { id: session.user.id },
    select: { id: true, name: true, email: true, role: true, disabledAt: true },
  });
  if (!user || user.disabledAt || !isRole(user.role)) return null;
  return { id: user.id, name: user.name, email: user.email, role: user.role, via: "session" };
}

/** For Server Components and Server Actions. */
export async function currentActor(): Promise<Actor | null> {
  return actorFromHeaders(await nextHeaders());
}

/** The caller's address: the socket's peer unless TRUSTED_PROXY_HOPS says otherwise. */
export { clientIp } from "./client-address";
