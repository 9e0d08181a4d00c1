"use client";

import { ReasonForm } from "@/components/ui/reason-form";
import type { FormState } from "@/lib/actions/form-state";

type Props = {
  year: number;
  action: (prev: FormState, form: FormData) => Promise<FormState>;
};

/** Reopening a completed review is explicit: it takes a reason, which is recorded. */
export function ReopenReviewForm({ year, action }: Props) {
  return (
    <ReasonForm
      action={action}
      id="reopen"
      heading="Reopen this review"
      intro={`The ${year} snapshot stays as it is until the review is completed again, which freezes a new one. The reopening is recorded with its reason.`}
      label="Reason"
      hint="Why the review needs to change."
      submit="Reopen this review"
      pending="Reopening…"
    />
  );
}
