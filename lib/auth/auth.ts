import "server-only";
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { nextCookies } from "better-auth/next-js";
import { prisma } from "../db/client";
import { authBaseUrl, authSecret } from "./config";

/**
 * better-auth handles passwords (scrypt, its recommended algorithm) and sessions (httpOnly,
 * SameSite=Lax cookies, Secure over https). Sign-up is closed: admins create accounts with
 * `npm run user` or on /admin/users. Sign-in goes through lib/auth/sign-in.ts, which adds
 * the rate limit and the audit trail.
 */
export const auth = betterAuth({
  database: prismaAdapter(prisma, { provider: "sqlite" }),
  secret: authSecret(),
  baseURL: authBaseUrl(),
  emailAndPassword: { enabled: true, disableSignUp: true, minPasswordLength: 10 },
  user: {
    additionalFields: {
      role: { type: "string", required: false, defaultValue: "viewer", input: false },
      disabledAt: { type: "date", required: false, input: false },
    },
  },
  session: { expiresIn: 60 * 60 * 24 * 14, updateAge: 60 * 60 * 24 },
  // Our own limiter (lib/auth/rate-limit.ts) counts failures per account and per address.
  rateLimit: { enabled: false },
  telemetry: { enabled: false },
  advanced: {
    defaultCookieAttributes: { httpOnly: true, sameSite: "lax" },
  },
  databaseHooks: {
    session: {
      create: {
        // A disabled account cannot start a session.
        before: async (session) => {
          const user = await prisma.user.findUnique({ where: { id: session.userId }, select: { disabledAt: true } });
          return user && !user.disabledAt ? undefined : false;
        },
      },
    },
  },
  plugins: [nextCookies()],
});
