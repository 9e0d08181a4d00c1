"use client";

import { useActionState } from "react";
import { Field } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { INITIAL_FORM_STATE } from "@/lib/actions/form-state";
import { UNHEDGED } from "@/lib/credence";
import { LIMITS } from "@/lib/validation/limits";
import { describe, remountKey, valueOf, type FormAction } from "@/lib/forms/form-values";

type Props = {
  action: FormAction;
  current: number | null;
  /** The hedge word the current credence was read from, if it was not overridden. */
  word: string | null;
  /** Why the current credence was set by hand, if it was. */
  overrideReason: string | null;
};

const hedgeNote = (word: string) => (word === UNHEDGED.word ? "(no hedge word: read as unhedged)" : `(read from “${word}”)`);

export function CredenceOverrideForm({ action, current, word, overrideReason }: Props) {
  const [state, formAction, pending] = useActionState(action, INITIAL_FORM_STATE);
  const errors = state.fieldErrors ?? {};
  return (
    <form action={formAction} className="form" aria-labelledby="credence-override-heading" noValidate>
      <h2 id="credence-override-heading">Override the implied credence</h2>
      <p className="small muted">
        Currently {current === null ? "none" : `${Math.round(current * 100)}%`}
        {overrideReason ? `, set by hand (“${overrideReason}”)` : word ? ` ${hedgeNote(word)}` : ""}. Override it when the
        hedge-word table misreads the quote; the scorecard scores the author against this figure.
      </p>
      <FormStatus state={state} />
      <div key={remountKey(state)} className="form">
        <Field id="co-credence" label="Credence (0–1)" hint="For example 0.75 for 75%." errors={errors.credence}>
          {(d, bad) => (
            <input id="co-credence" name="credence" type="number" min={0} max={1} step={0.01} inputMode="decimal" required defaultValue={valueOf(state, "credence")} {...describe(d, bad)} />
          )}
        </Field>
        <Field id="co-reason" label="Reason for the override" hint="Required." errors={errors.reason}>
          {(d, bad) => (
            <input id="co-reason" name="reason" type="text" maxLength={LIMITS.rationale} required defaultValue={valueOf(state, "reason")} {...describe(d, bad)} />
          )}
        </Field>
      </div>
      <div>
        <button type="submit" className="button secondary" disabled={pending}>
          {pending ? "Saving…" : "Override credence"}
        </button>
      </div>
    </form>
  );
}
