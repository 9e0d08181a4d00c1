import type { FormState } from "@/lib/actions/form-state";

/** Announces a form's outcome to screen readers and shows it above the fields. */
export function FormStatus({ state }: { state: FormState }) {
  return (
    <div aria-live="polite" role="status">
      {state.status !== "idle" && state.message && (
        <p className={`alert ${state.status === "error" ? "error" : "success"}`}>{state.message}</p>
      )}
    </div>
  );
}
