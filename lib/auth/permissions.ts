// Who may do what. Every Server Action and route handler that writes calls one of these
// named checks (through `authorize`), so the rules live in one place. Pure: no I/O.

import type { ReadAccess, Role } from "../roles";

export type Actor = {
  /** null for the anonymous visitor */
  id: string;
  name: string;
  email: string;
  role: Role;
  /** How the request proved who it is. */
  via: "session" | "token";
};

const RANK: Record<Role, number> = { viewer: 0, editor: 1, admin: 2 };
const atLeast = (actor: Actor | null, role: Role) => actor !== null && RANK[actor.role] >= RANK[role];

/** Public instances let anyone read; private ones need an account of any role. */
export const canReadDashboard = (actor: Actor | null, access: ReadAccess) => access === "public" || actor !== null;

// Editors log evidence, record verdicts and run reviews.
export const canLogEvidence = (actor: Actor | null) => atLeast(actor, "editor");
export const canRecordVerdict = (actor: Actor | null) => atLeast(actor, "editor");
export const canRunReview = (actor: Actor | null) => atLeast(actor, "editor");
export const canRetract = (actor: Actor | null) => atLeast(actor, "editor");
export const canManageOwnTokens = (actor: Actor | null) => atLeast(actor, "editor");
// The claim finder only proposes claims; saving them needs canManageSources and canManageClaims.
export const canFindClaims = (actor: Actor | null) => atLeast(actor, "editor");

// Every signed-in account manages its own name and password.
export const canManageOwnAccount = (actor: Actor | null) => actor !== null;
// Any signed-in account may follow claims; the weekly digest is for editors and admins.
export const canFollowClaims = (actor: Actor | null) => actor !== null;
export const canReceiveDigest = (actor: Actor | null) => atLeast(actor, "editor");

// Admins also manage users, sources, claims, tags and settings.
export const canManageClaims = (actor: Actor | null) => atLeast(actor, "admin");
export const canManageSources = (actor: Actor | null) => atLeast(actor, "admin");
export const canManageTags = (actor: Actor | null) => atLeast(actor, "admin");
export const canManageUsers = (actor: Actor | null) => atLeast(actor, "admin");
export const canManageSettings = (actor: Actor | null) => atLeast(actor, "admin");
export const canViewAudit = (actor: Actor | null) => atLeast(actor, "admin");
export const canManageWebhooks = (actor: Actor | null) => atLeast(actor, "admin");
// The whole record in one document (GET /api/export): admins, as it can include accounts and the audit log.
export const canExportData = (actor: Actor | null) => atLeast(actor, "admin");

export type Check = (actor: Actor | null) => boolean;

/** 401 for nobody signed in, 403 for a signed-in account whose role is not enough. */
export class AuthError extends Error {
  constructor(readonly status: 401 | 403, message: string) {
    super(message);
    this.name = "AuthError";
  }
}

export function authorize(actor: Actor | null, check: Check): Actor {
  if (!actor) throw new AuthError(401, "Sign in to do this");
  if (!check(actor)) throw new AuthError(403, "Your role does not allow this");
  return actor;
}
