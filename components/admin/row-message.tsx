import type { FormState } from "@/lib/actions/form-state";
import styles from "./admin.module.css";

/** The outcome of a row's action in an admin table, announced politely to screen readers. */
export function RowMessage({ id, state }: { id: string; state: FormState }) {
  return (
    <div role="status" aria-live="polite">
      {state.status !== "idle" && state.message && (
        <p id={id} className={state.status === "error" ? "field-error" : styles.rowSuccess}>
          {state.message}
        </p>
      )}
    </div>
  );
}
