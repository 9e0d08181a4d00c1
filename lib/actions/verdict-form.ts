import { parseCredence } from "../credence";
import { fieldErrorsOf } from "../validation/common";
import { createVerdictSchema, type CreateVerdict } from "../validation/verdict";
import { text, type FormState } from "./form-state";

/**
 * Reads a verdict form with the shared schema. The form sends the credence as typed text, a
 * percentage ("85", "85%" or "0.85" all mean 0.85): parseCredence (lib/credence.ts) turns it
 * into the 0–1 number the schema and the API take, and a credence it cannot read becomes a
 * field error beside the schema's own.
 */
export function parseVerdictForm(
  form: FormData,
): { ok: true; data: CreateVerdict; values: FormState["values"] } | { ok: false; state: FormState } {
  const credenceText = (text(form, "credence") ?? "").trim();
  const values = {
    grade: text(form, "grade") ?? "",
    credence: credenceText,
    rationale: text(form, "rationale") ?? "",
    evidenceIds: form.getAll("evidenceIds").filter((v): v is string => typeof v === "string"),
    resolvedOn: text(form, "resolvedOn") ?? "",
  };
  const credence = parseCredence(credenceText);
  const parsed = createVerdictSchema.safeParse({ ...values, credence: credence.ok ? credence.value : null });
  if (!parsed.success || !credence.ok) {
    const fieldErrors = parsed.success ? {} : fieldErrorsOf(parsed.error);
    if (!credence.ok) fieldErrors.credence = [credence.message];
    return { ok: false, state: { status: "error", message: "Please fix the highlighted fields.", fieldErrors, values } };
  }
  return { ok: true, data: parsed.data, values };
}
