"use client";

import { useActionState } from "react";
import { FormStatus } from "@/components/ui/form-status";
import { INITIAL_FORM_STATE, type FormState } from "@/lib/actions/form-state";

type Props = {
  action: (prev: FormState, form: FormData) => Promise<FormState>;
  ungraded: number;
};

/** Freezes the review's snapshot. Warns when some claims would keep their previous verdict. */
export function CompleteReviewForm({ action, ungraded }: Props) {
  const [state, formAction, pending] = useActionState(action, INITIAL_FORM_STATE);
  const warningId = "complete-review-warning";
  return (
    <form action={formAction} className="form" aria-labelledby="complete-review-heading">
      <h2 id="complete-review-heading">Complete the review</h2>
      <p className="small muted">
        Completing freezes a snapshot: every claim’s verdict and credence as they stand now, and the scorecard figures.
        Later edits never change it; reopening it is possible but recorded.
      </p>
      {ungraded > 0 && (
        <p id={warningId} className="alert" style={{ color: "#7d4e00", borderColor: "#d4a72c", background: "#fff8c5" }}>
          {ungraded === 1
            ? "1 claim not graded in this review will keep its previous verdict in the snapshot."
            : `${ungraded} claims not graded in this review will keep their previous verdict in the snapshot.`}
        </p>
      )}
      <FormStatus state={state} />
      <div>
        <button
          type="submit"
          className="button"
          disabled={pending}
          aria-describedby={ungraded > 0 ? warningId : undefined}
        >
          {pending ? "Completing…" : "Complete review"}
        </button>
      </div>
    </form>
  );
}
