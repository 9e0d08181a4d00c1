"use client";

import { useActionState } from "react";
import { FormStatus } from "@/components/ui/form-status";
import { INITIAL_FORM_STATE, type FormState } from "@/lib/actions/form-state";
import type { ReadAccess } from "@/lib/roles";
import styles from "./admin.module.css";

type Props = { action: (prev: FormState, form: FormData) => Promise<FormState>; current: ReadAccess };

const OPTIONS: { value: ReadAccess; label: string }[] = [
  { value: "public", label: "Public: anyone can read; sign in to write" },
  { value: "private", label: "Private: sign in to read" },
];

export function ReadAccessForm({ action, current }: Props) {
  const [state, formAction, pending] = useActionState(action, INITIAL_FORM_STATE);
  const errors = state.fieldErrors?.readAccess;
  const errorId = errors?.length ? "read-access-error" : undefined;
  const chosen = state.status === "error" && typeof state.values?.readAccess === "string" ? state.values.readAccess : current;
  return (
    <form action={formAction} className="form" aria-labelledby="read-access-heading" noValidate>
      <h2 id="read-access-heading">Who can read the dashboard</h2>
      <FormStatus state={state} />
      <fieldset className="field" aria-describedby={["read-access-hint", errorId].filter(Boolean).join(" ")}>
        <legend>Read access</legend>
        <p id="read-access-hint" className="hint">
          Writing always needs an account with the editor or admin role.
        </p>
        <div key={`${state.status}-${chosen}`} className={styles.radios}>
          {OPTIONS.map((o) => (
            <label key={o.value} className={styles.radio}>
              <input type="radio" name="readAccess" value={o.value} defaultChecked={chosen === o.value} aria-invalid={Boolean(errorId) || undefined} />
              <span>{o.label}</span>
            </label>
          ))}
        </div>
        {errorId && (
          <p id={errorId} className="field-error">
            {errors!.join(" ")}
          </p>
        )}
      </fieldset>
      <div>
        <button type="submit" className="button" disabled={pending}>
          {pending ? "Saving…" : "Save"}
        </button>
      </div>
    </form>
  );
}
