"use client";

import { useActionState } from "react";
import { Field } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { INITIAL_FORM_STATE, type FormState } from "@/lib/actions/form-state";
import { LIMITS } from "@/lib/validation/limits";

type Props = {
  year: number;
  action: (prev: FormState, form: FormData) => Promise<FormState>;
};

/** Reopening a completed review is explicit: it takes a reason, which is recorded. */
export function ReopenReviewForm({ year, action }: Props) {
  const [state, formAction, pending] = useActionState(action, INITIAL_FORM_STATE);
  const errors = state.fieldErrors ?? {};
  const reason = typeof state.values?.reason === "string" ? state.values.reason : "";
  return (
    <form action={formAction} className="form" aria-labelledby="reopen-review-heading" noValidate>
      <h2 id="reopen-review-heading">Reopen this review</h2>
      <p className="small muted">
        The {year} snapshot stays as it is until the review is completed again, which freezes a new one. The reopening
        is recorded with its reason.
      </p>
      <FormStatus state={state} />
      <Field id="reopen-reason" label="Reason" hint="Why the review needs to change." errors={errors.reason}>
        {(d, invalid) => (
          <textarea
            key={JSON.stringify(state.values ?? {}) + state.status}
            id="reopen-reason"
            name="reason"
            required
            maxLength={LIMITS.rationale}
            defaultValue={reason}
            aria-describedby={d}
            aria-invalid={invalid || undefined}
          />
        )}
      </Field>
      <div>
        <button type="submit" className="button secondary" disabled={pending}>
          {pending ? "Reopening…" : "Reopen this review"}
        </button>
      </div>
    </form>
  );
}
