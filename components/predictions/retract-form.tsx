"use client";

import { useActionState } from "react";
import { Field } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { INITIAL_FORM_STATE, type FormState } from "@/lib/actions/form-state";
import { LIMITS } from "@/lib/validation/limits";

type Props = { action: (prev: FormState, form: FormData) => Promise<FormState>; id: string; what: string };

/** Retracting keeps the item in the history, marked, with the reason; it stops counting. */
export function RetractForm({ action, id, what }: Props) {
  const [state, formAction, pending] = useActionState(action, INITIAL_FORM_STATE);
  const errors = state.fieldErrors ?? {};
  return (
    <details className="small">
      <summary>Retract this {what}</summary>
      <form action={formAction} className="form" aria-label={`Retract this ${what}`} noValidate>
        <FormStatus state={state} />
        <Field id={`retract-${id}`} label="Reason for retracting" errors={errors.reason}>
          {(d, invalid) => (
            <input id={`retract-${id}`} name="reason" type="text" maxLength={LIMITS.rationale} required aria-describedby={d} aria-invalid={invalid || undefined} />
          )}
        </Field>
        <div>
          <button type="submit" className="button secondary" disabled={pending}>
            {pending ? "Retracting…" : "Retract"}
          </button>
        </div>
      </form>
    </details>
  );
}
