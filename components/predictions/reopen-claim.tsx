"use client";

import { ReasonForm } from "@/components/ui/reason-form";
import type { FormState } from "@/lib/actions/form-state";

type Props = { action: (prev: FormState, form: FormData) => Promise<FormState> };

/**
 * Reopening a claim with a final verdict: the verdict stays in the history, and the next
 * review lists the claim again to be graded. A reason is required and audited.
 */
export function ReopenClaimForm({ action }: Props) {
  return (
    <ReasonForm
      action={action}
      id="reopen-claim"
      heading="Reopen this claim"
      headingLevel={3}
      intro="Its final verdict stays in the history; the next yearly review lists the claim again to be graded."
      label="Reason for reopening"
      hint="What makes the final verdict worth another look."
      submit="Reopen claim"
      pending="Reopening…"
    />
  );
}
