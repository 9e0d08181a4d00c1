"use client";

import { useActionState } from "react";
import { Field } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { INITIAL_FORM_STATE } from "@/lib/actions/form-state";
import { LIMITS } from "@/lib/validation/limits";
import { QUOTE_MAX } from "@/lib/validation/limits";
import { describe, remountKey, valueOf, type FormAction } from "@/lib/forms/form-values";

export function QuoteCorrectionForm({ action, quote }: { action: FormAction; quote: string }) {
  const [state, formAction, pending] = useActionState(action, INITIAL_FORM_STATE);
  const errors = state.fieldErrors ?? {};
  return (
    <form action={formAction} className="form" aria-labelledby="quote-correction-heading" noValidate>
      <h2 id="quote-correction-heading">Correct the quote</h2>
      <p className="small muted">
        The quote is what the source said, so it never changes with an edit. If it was pasted wrongly, correct it here:
        the old and new wording and your reason are kept in the history, and the implied credence is re-read from the
        new wording unless it was overridden.
      </p>
      <FormStatus state={state} />
      <div key={remountKey(state)} className="form">
        <Field id="qc-quote" label="Corrected quote" errors={errors.quote}>
          {(d, bad) => (
            <textarea id="qc-quote" name="quote" maxLength={QUOTE_MAX} required rows={4} defaultValue={valueOf(state, "quote", quote)} {...describe(d, bad)} />
          )}
        </Field>
        <Field id="qc-reason" label="Reason for the correction" hint="Required, e.g. “a word was dropped when pasting”." errors={errors.reason}>
          {(d, bad) => (
            <input id="qc-reason" name="reason" type="text" maxLength={LIMITS.rationale} required defaultValue={valueOf(state, "reason")} {...describe(d, bad)} />
          )}
        </Field>
      </div>
      <div>
        <button type="submit" className="button secondary" disabled={pending}>
          {pending ? "Saving…" : "Record correction"}
        </button>
      </div>
    </form>
  );
}
