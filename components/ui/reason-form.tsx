"use client";

import { useActionState, type ReactNode } from "react";
import { Field } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { INITIAL_FORM_STATE, type FormState } from "@/lib/actions/form-state";
import { LIMITS } from "@/lib/validation/limits";

type Props = {
  action: (prev: FormState, form: FormData) => Promise<FormState>;
  /** Prefixes the ids of the heading and the field. */
  id: string;
  heading: string;
  headingLevel?: 2 | 3;
  /** What the step does, under the heading. */
  intro: ReactNode;
  label: string;
  hint: string;
  submit: string;
  pending: string;
};

/**
 * A deliberate step that needs a recorded reason (reopening a claim or a review): one
 * required reason field, its error beside it, and the reason kept after a failed attempt.
 */
export function ReasonForm({ action, id, heading, headingLevel = 2, intro, label, hint, submit, pending: pendingLabel }: Props) {
  const [state, formAction, pending] = useActionState(action, INITIAL_FORM_STATE);
  const errors = state.fieldErrors ?? {};
  const reason = state.status !== "success" && typeof state.values?.reason === "string" ? state.values.reason : "";
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <form action={formAction} className="form" aria-labelledby={`${id}-heading`} noValidate>
      <Heading id={`${id}-heading`}>{heading}</Heading>
      <p className="small muted">{intro}</p>
      <FormStatus state={state} />
      <Field id={`${id}-reason`} label={label} hint={hint} errors={errors.reason}>
        {(d, invalid) => (
          <textarea
            key={JSON.stringify(state.values ?? {}) + state.status}
            id={`${id}-reason`}
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
          {pending ? pendingLabel : submit}
        </button>
      </div>
    </form>
  );
}
