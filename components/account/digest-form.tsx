"use client";

import { useActionState } from "react";
import { FormStatus } from "@/components/ui/form-status";
import { INITIAL_FORM_STATE, type FormState } from "@/lib/actions/form-state";

type Props = { action: (prev: FormState, form: FormData) => Promise<FormState>; isOptedIn: boolean };

/** The weekly digest's opt-in: one checkbox and Save. */
export function DigestForm({ action, isOptedIn }: Props) {
  const [state, formAction, pending] = useActionState(action, INITIAL_FORM_STATE);
  return (
    <form action={formAction} className="form" aria-label="Weekly digest">
      <FormStatus state={state} />
      <label className="checkbox" htmlFor="digest-opt-in">
        <input key={String(isOptedIn)} id="digest-opt-in" name="digestOptIn" type="checkbox" defaultChecked={isOptedIn} />
        <span>Email me the weekly digest</span>
      </label>
      <div>
        <button type="submit" className="button secondary" disabled={pending}>
          {pending ? "Saving…" : "Save digest setting"}
        </button>
      </div>
    </form>
  );
}
