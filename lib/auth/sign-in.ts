import "server-only";
import { writeAudit } from "../db/audit";
import { prisma } from "../db/client";
import { clientIp } from "./actor";
import { auth } from "./auth";
import { SIGN_IN_LIMIT, isDefaultCredential, isProduction } from "./config";

export type SignInOutcome =
  | { ok: true; user: { id: string; name: string; email: string } }
  | { ok: false; status: 401 | 429; message: string };

const INVALID = "Wrong email or password, or the account is disabled";

/**
 * Signs in with email and password through better-auth, which sets the session cookie.
 * Rate limit: after SIGN_IN_LIMIT.failures failed attempts within a minute for the same
 * account or the same address, further attempts get 429 until the window passes.
 */
export async function signInWithPassword(emailInput: string, password: string, h: Headers): Promise<SignInOutcome> {
  const email = emailInput.trim().toLowerCase();
  const ip = clientIp(h);
  const since = new Date(Date.now() - SIGN_IN_LIMIT.windowMs);
  const [byEmail, byIp] = await Promise.all([
    prisma.signInFailure.count({ where: { email, at: { gt: since } } }),
    prisma.signInFailure.count({ where: { ip, at: { gt: since } } }),
  ]);
  if (byEmail >= SIGN_IN_LIMIT.failures || byIp >= SIGN_IN_LIMIT.failures) {
    await writeAudit(prisma, { id: null, label: email, ip }, { action: "auth.sign_in_rate_limited", entityType: "User", after: { email } });
    return { ok: false, status: 429, message: "Too many failed sign-ins. Wait a minute and try again." };
  }
  const fail = async (reason: string): Promise<SignInOutcome> => {
    await prisma.$transaction(async (tx) => {
      await tx.signInFailure.create({ data: { email, ip } });
      await writeAudit(tx, { id: null, label: email, ip }, { action: "auth.sign_in_failed", entityType: "User", after: { email, reason } });
    });
    return { ok: false, status: 401, message: INVALID };
  };
  if (isProduction() && isDefaultCredential(email, password)) return fail("default development credentials refused in production");
  try {
    const result = await auth.api.signInEmail({ body: { email, password }, headers: h });
    const user = { id: result.user.id, name: result.user.name, email: result.user.email };
    await writeAudit(prisma, { id: user.id, label: user.name, ip }, { action: "auth.sign_in", entityType: "User", entityId: user.id });
    return { ok: true, user };
  } catch {
    return fail("wrong email or password, or disabled account");
  }
}

export async function signOut(h: Headers): Promise<void> {
  await auth.api.signOut({ headers: h }).catch(() => undefined);
}
