import { createVerdictSchema, type CreateVerdict } from "../validation/verdict";
import { formToInput, read, type FormInput } from "./result";

/**
 * Reads a verdict form (the claim page's and the guided review's) with the shared schema.
 * The form sends the credence as typed text, a percentage ("85", "85%" or "0.85" all mean
 * 0.85): `read.percentage` turns it into the 0–1 number the schema and the API take, and a
 * credence it cannot read becomes a field error beside the schema's own.
 */
export function parseVerdictForm(form: FormData): FormInput<CreateVerdict> {
  return formToInput(createVerdictSchema, form, { fields: { credence: read.percentage() } });
}
