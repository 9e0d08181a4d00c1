"use client";

import { useActionState } from "react";
import { FormStatus } from "@/components/ui/form-status";
import { INITIAL_FORM_STATE, type FormState } from "@/lib/actions/form-state";

type Props = {
  action: (prev: FormState, form: FormData) => Promise<FormState>;
  /** Claims in the review still without this review's verdict: they carry their previous verdict over. */
  ungraded: number;
};

/** The last step of the confirm panel: freezes and seals the review's snapshot. */
export function CompleteReviewForm({ action, ungraded }: Props) {
  const [state, formAction, pending] = useActionState(action, INITIAL_FORM_STATE);
  const label = ungraded > 0 ? `Complete anyway (${ungraded.toLocaleString("en")} carry over)` : "Complete review";
  return (
    <form action={formAction} aria-label="Complete the review">
      <FormStatus state={state} />
      <button type="submit" className="button" disabled={pending}>
        {pending ? "Completing…" : label}
      </button>
    </form>
  );
}
