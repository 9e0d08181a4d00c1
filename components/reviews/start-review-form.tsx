"use client";

import { useActionState } from "react";
import { FormStatus } from "@/components/ui/form-status";
import { INITIAL_FORM_STATE, type FormState } from "@/lib/actions/form-state";

type Props = {
  year: number;
  action: (prev: FormState, form: FormData) => Promise<FormState>;
};

/** One button: opens this year's review and goes to it. */
export function StartReviewForm({ year, action }: Props) {
  const [state, formAction, pending] = useActionState(action, INITIAL_FORM_STATE);
  return (
    <form action={formAction} className="form" aria-label={`Start the ${year} review`}>
      <FormStatus state={state} />
      <div>
        <button type="submit" className="button" disabled={pending}>
          {pending ? "Starting…" : `Start the ${year} review`}
        </button>
      </div>
    </form>
  );
}
