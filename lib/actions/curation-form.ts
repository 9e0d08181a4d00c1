// Shared by the curation Server Actions: FormData values in the shapes the zod schemas take,
// and failures as form states. (A "use server" module may export only actions.)
import type { z } from "zod";
import { ConflictError, InvalidReferenceError, NotFoundError } from "../db/errors";
import { fieldErrorsOf } from "../validation/common";
import type { FormState } from "./form-state";

export const FIX_FIELDS = "Please fix the highlighted fields.";

export const nestedFieldErrors = (error: z.ZodError) => fieldErrorsOf(error, { depth: 2 });

export function invalid(error: z.ZodError, values: FormState["values"]): FormState {
  return { status: "error", message: FIX_FIELDS, fieldErrors: nestedFieldErrors(error), values };
}

export function failure(e: unknown, values: FormState["values"], notFound = "This claim no longer exists."): FormState {
  if (e instanceof NotFoundError) return { status: "error", message: notFound, values };
  if (e instanceof ConflictError) return { status: "error", message: e.message, values };
  if (e instanceof InvalidReferenceError) {
    // "_" is the whole form: the message above the fields says it once.
    const fieldErrors = e.field === "_" ? undefined : { [e.field]: [e.message] };
    return { status: "error", message: e.message, fieldErrors, values };
  }
  console.error("Unhandled curation action error", e);
  return { status: "error", message: "Something went wrong on our side; nothing was saved.", values };
}

/** Text inputs as the schemas want them: a blank optional field is left out, not "". */
export const optional = (v: string | undefined) => (v && v.trim() !== "" ? v : undefined);
/** A number input's text; blank stays undefined so the schema reports it as missing. */
export const numberOf = (v: string | undefined) => (v === undefined || v.trim() === "" ? undefined : Number(v));
/** "ai, policy , " → ["ai", "policy"]; the schema trims and lower-cases each. */
export const tagsOf = (v: string | undefined) =>
  (v ?? "")
    .split(",")
    .map((t) => t.trim())
    .filter(Boolean);

