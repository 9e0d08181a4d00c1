"use client";

import { useActionState } from "react";
import { Field } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { INITIAL_FORM_STATE, type FormState } from "@/lib/actions/form-state";
import { LIMITS } from "@/lib/validation/limits";

type Props = { action: (prev: FormState, form: FormData) => Promise<FormState> };

/**
 * Reopening a claim with a final verdict: the verdict stays in the history, and the next
 * review lists the claim again to be graded. A reason is required and audited.
 */
export function ReopenClaimForm({ action }: Props) {
  const [state, formAction, pending] = useActionState(action, INITIAL_FORM_STATE);
  const errors = state.fieldErrors ?? {};
  const reason = typeof state.values?.reason === "string" ? state.values.reason : "";
  return (
    <form action={formAction} className="form" aria-labelledby="reopen-claim-heading" noValidate>
      <h3 id="reopen-claim-heading">Reopen this claim</h3>
      <p className="small muted">
        Its final verdict stays in the history; the next yearly review lists the claim again to be graded.
      </p>
      <FormStatus state={state} />
      <Field id="reopen-reason" label="Reason for reopening" hint="What makes the final verdict worth another look." errors={errors.reason}>
        {(d, invalid) => (
          <textarea
            key={state.status + reason}
            id="reopen-reason"
            name="reason"
            maxLength={LIMITS.rationale}
            required
            defaultValue={state.status === "success" ? "" : reason}
            aria-describedby={d}
            aria-invalid={invalid || undefined}
          />
        )}
      </Field>
      <div>
        <button type="submit" className="button secondary" disabled={pending}>
          {pending ? "Reopening…" : "Reopen claim"}
        </button>
      </div>
    </form>
  );
}
