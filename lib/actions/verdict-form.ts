import { fieldErrorsOf } from "../validation/common";
import { createVerdictSchema, type CreateVerdict } from "../validation/verdict";
import { text, type FormState } from "./form-state";

/**
 * Reads a verdict form with the shared schema. The form sends the credence as text; the
 * schema takes a number or nothing, as the API does.
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
  const parsed = createVerdictSchema.safeParse({ ...values, credence: credenceText === "" ? null : Number(credenceText) });
  if (!parsed.success) {
    return {
      ok: false,
      state: { status: "error", message: "Please fix the highlighted fields.", fieldErrors: fieldErrorsOf(parsed.error), values },
    };
  }
  return { ok: true, data: parsed.data, values };
}
