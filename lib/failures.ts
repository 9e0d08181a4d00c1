// The failures a write or a read expects, told apart once for both ways out: the API's error
// envelope (withErrors in lib/api/respond.ts) and a form's state (actionFailure in
// lib/actions/result.ts). Anything else is a bug: logged on the server, never described.
import { AuthError } from "./auth/permissions";
import { ConflictError, InvalidReferenceError, NotFoundError } from "./db/errors";

export type ExpectedFailure =
  | { kind: "auth"; status: 401 | 403; message: string }
  | { kind: "not_found"; entity: string; id: string; message: string }
  | { kind: "conflict"; code: string; message: string }
  | { kind: "invalid_reference"; field: string; message: string };

/** What an error means to the caller, or null when nobody expected it. */
export function expectedFailureOf(e: unknown): ExpectedFailure | null {
  if (e instanceof AuthError) return { kind: "auth", status: e.status, message: e.message };
  if (e instanceof NotFoundError) return { kind: "not_found", entity: e.entity, id: e.id, message: e.message };
  if (e instanceof ConflictError) return { kind: "conflict", code: e.code, message: e.message };
  if (e instanceof InvalidReferenceError) return { kind: "invalid_reference", field: e.field, message: e.message };
  return null;
}
