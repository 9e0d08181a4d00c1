import type { FieldErrors } from "../validation/common";

/** What a form's Server Action hands back to useActionState. */
export type FormState = {
  status: "idle" | "error" | "success";
  message?: string;
  fieldErrors?: FieldErrors;
  /** The submitted values, so a rejected form keeps what the user typed. */
  values?: Record<string, string | string[]>;
  /** On success, the id of the row the action created, so the page can point at it. */
  createdId?: string;
};

export const INITIAL_FORM_STATE: FormState = { status: "idle" };

export function text(form: FormData, name: string): string | undefined {
  const v = form.get(name);
  return typeof v === "string" ? v : undefined;
}
