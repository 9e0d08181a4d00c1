import "server-only";
import { writeAudit } from "../db/audit";
import { prisma } from "../db/client";
import { clientIp } from "./client-address";
import { auth } from "./auth";
import { SIGN_IN_LIMIT, isDefaultCredential, isProduction } from "./config";

export type SignInOutcome =
  | { ok: true; user: { id: string; name: string; email: string } }
  | { ok: false; status: 401 | 429; message: string };

const INVALID = "Wrong email or password, or the account is disabled";
const RATE_LIMITED = "Too many failed sign-ins. Wait a minute and try again.";

/**
 * Signs in with email and password through better-auth, which sets the session cookie.
 *
 * Rate limit (SIGN_IN_LIMIT): each attempt first records itself as a failure, and only then
 * counts the failures in the window, its own included. The k-th attempt to be recorded
 * always counts at least k, so however many arrive at once, at most `failures` per account
 * or address (and `globalFailures` overall) reach the password check; the rest get 429 and
 * withdraw their row. A right password withdraws it too. The state lives in the database,
 * so every app instance sharing it shares the limit.
 */
export async function signInWithPassword(emailInput: string, password: string, h: Headers): Promise<SignInOutcome> {
  const email = emailInput.trim().toLowerCase();
  const ip = clientIp(h);
  const now = new Date();
  const since = new Date(now.getTime() - SIGN_IN_LIMIT.windowMs);
  // Rows older than the window count for nothing (the audit log keeps the history), and
  // pruning them keeps the overall count a scan of a small table.
  await prisma.signInFailure.deleteMany({ where: { at: { lte: since } } });
  const pending = await prisma.signInFailure.create({ data: { email, ip, at: now }, select: { id: true } });
  const [byEmail, byIp, overall] = await Promise.all([
    prisma.signInFailure.count({ where: { email, at: { gt: since } } }),
    prisma.signInFailure.count({ where: { ip, at: { gt: since } } }),
    prisma.signInFailure.count({ where: { at: { gt: since } } }),
  ]);
  if (byEmail > SIGN_IN_LIMIT.failures || byIp > SIGN_IN_LIMIT.failures || overall > SIGN_IN_LIMIT.globalFailures) {
    await prisma.$transaction(async (tx) => {
      await tx.signInFailure.deleteMany({ where: { id: pending.id } });
      await writeAudit(tx, { id: null, label: email, ip }, { action: "auth.sign_in_rate_limited", entityType: "User", after: { email } });
    });
    return { ok: false, status: 429, message: RATE_LIMITED };
  }
  // The attempt's row stays: it is the recorded failure.
  const fail = async (reason: string): Promise<SignInOutcome> => {
    await writeAudit(prisma, { id: null, label: email, ip }, { action: "auth.sign_in_failed", entityType: "User", after: { email, reason } });
    return { ok: false, status: 401, message: INVALID };
  };
  if (isProduction() && isDefaultCredential(email, password)) return fail("default development credentials refused in production");
  let user: { id: string; name: string; email: string };
  try {
    const result = await auth.api.signInEmail({ body: { email, password }, headers: h });
    user = { id: result.user.id, name: result.user.name, email: result.user.email };
  } catch {
    return fail("wrong email or password, or disabled account");
  }
  await prisma.$transaction(async (tx) => {
    await tx.signInFailure.deleteMany({ where: { id: pending.id } });
    await writeAudit(tx, { id: user.id, label: user.name, ip }, { action: "auth.sign_in", entityType: "User", entityId: user.id });
  });
  return { ok: true, user };
}

export async function signOut(h: Headers): Promise<void> {
  await auth.api.signOut({ headers: h }).catch(() => undefined);
}
