// Authentication settings read from the environment, with clearly marked development defaults.

/** LOCAL DEVELOPMENT DEFAULT ONLY: refused when NODE_ENV=production. */
export const DEV_AUTH_SECRET = "dev-only-secret-do-not-use-in-production-0123456789abcdef";

/** LOCAL DEVELOPMENT DEFAULT ONLY: the seeded admin. Refused when NODE_ENV=production. */
export const DEV_ADMIN = {
  email: "admin@tracker.local",
  password: "dev-admin-password",
  name: "Local admin",
} as const;

export const isProduction = () => process.env.NODE_ENV === "production";

export function authSecret(env: NodeJS.ProcessEnv = process.env): string {
  const secret = env.BETTER_AUTH_SECRET?.trim();
  if (secret && secret !== DEV_AUTH_SECRET) return secret;
  // `next build` loads server modules to collect page data; it signs nothing, so the
  // production check waits until the app actually serves.
  const isBuilding = env.NEXT_PHASE === "phase-production-build";
  if (env.NODE_ENV === "production" && !isBuilding) {
    throw new Error("Set BETTER_AUTH_SECRET to a long random value before running in production.");
  }
  return DEV_AUTH_SECRET;
}

/**
 * better-auth's base URL: BETTER_AUTH_URL when set (required in production, see README).
 * LOCAL DEVELOPMENT DEFAULT: without it, outside production, the origin is taken from each
 * request when its host is a loopback address on any port (`npm run dev`, tests), and is
 * http://localhost:3000 for any other host.
 */
export function authBaseUrl(env: NodeJS.ProcessEnv = process.env) {
  const url = env.BETTER_AUTH_URL?.trim();
  if (url) return url;
  if (env.NODE_ENV === "production") return undefined;
  return {
    allowedHosts: ["localhost", "localhost:*", "127.0.0.1", "127.0.0.1:*", "[::1]", "[::1]:*"],
    protocol: "http" as const,
    fallback: `http://localhost:${env.PORT?.trim() || "3000"}`,
  };
}

/** The default credentials only ever work in development. */
export function isDefaultCredential(email: string, password: string): boolean {
  return email.trim().toLowerCase() === DEV_ADMIN.email && password === DEV_ADMIN.password;
}

/**
 * Sign-in rate limit: at most `failures` failed attempts per account and per address within
 * `windowMs`, and `globalFailures` across all accounts and addresses (a spread-out guessing
 * run from many addresses hits this one). Attempts past a limit get 429.
 */
export const SIGN_IN_LIMIT = { failures: 5, globalFailures: 100, windowMs: 60_000 } as const;
