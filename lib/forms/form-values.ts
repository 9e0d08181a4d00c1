import type { FormState } from "@/lib/actions/form-state";

type Action = (prev: FormState, form: FormData) => Promise<FormState>;
export type { Action as FormAction };

/** The text a rejected (or just-saved) form hands back for one field, or the fallback. */
export function valueOf(state: FormState, key: string, fallback = ""): string {
  const v = state.values?.[key];
  return typeof v === "string" ? v : fallback;
}

/** Remounts the inputs after each answer so they take the returned values as defaults. */
export function remountKey(state: FormState): string {
  return JSON.stringify(state.values ?? {}) + state.status;
}

/** Props for an input whose hint and errors Field has tied to it. */
export function describe(describedBy: string | undefined, invalid: boolean) {
  return { "aria-describedby": describedBy, "aria-invalid": invalid || undefined };
}
