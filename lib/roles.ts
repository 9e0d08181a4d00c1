// The vocabulary of access, below both the data layer and the permission checks: lib/db
// stores roles and the read-access setting, lib/auth/permissions decides with them. Pure.

export const ROLES = ["viewer", "editor", "admin"] as const;
export type Role = (typeof ROLES)[number];

/** Public instances let anyone read; private ones need an account of any role. */
export type ReadAccess = "public" | "private";

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}

/** What each role may do, in one sentence for the forms that choose a role. */
export const ROLE_HINTS =
  "Viewer reads; editor also logs evidence, records verdicts and runs reviews; admin also manages users, sources, claims, tags and settings.";
