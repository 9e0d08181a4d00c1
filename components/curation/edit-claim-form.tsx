"use client";

import { useActionState } from "react";
import { Field } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { INITIAL_FORM_STATE } from "@/lib/actions/form-state";
import { LIMITS } from "@/lib/validation/limits";
import { describe, remountKey, valueOf, type FormAction } from "@/lib/forms/form-values";

type Props = {
  action: FormAction;
  claim: { statement: string; criteria: string; horizon: { from: number; to: number }; tags: string[] };
};

/** Statement, criteria, horizon and tags; each save is one revision with its reason. */
export function EditClaimForm({ action, claim }: Props) {
  const [state, formAction, pending] = useActionState(action, INITIAL_FORM_STATE);
  const errors = state.fieldErrors ?? {};
  const v = (key: string, current: string) => valueOf(state, key, current);
  const horizonErrors = [...(errors.horizon ?? []), ...(errors["horizon.from"] ?? [])];
  return (
    <form action={formAction} className="form" aria-labelledby="edit-claim-heading" noValidate>
      <h2 id="edit-claim-heading">Edit the claim</h2>
      <p className="small muted">
        Change what needs changing and say why. Only the fields that differ are recorded, with their old and new values.
      </p>
      <FormStatus state={state} />
      <div key={remountKey(state)} className="form">
        <Field id="ed-statement" label="Statement" errors={errors.statement}>
          {(d, bad) => (
            <textarea id="ed-statement" name="statement" maxLength={LIMITS.summary} required defaultValue={v("statement", claim.statement)} {...describe(d, bad)} />
          )}
        </Field>
        <Field id="ed-criteria" label="Resolution criteria" errors={errors.criteria}>
          {(d, bad) => (
            <textarea id="ed-criteria" name="criteria" maxLength={LIMITS.rationale} required rows={5} defaultValue={v("criteria", claim.criteria)} {...describe(d, bad)} />
          )}
        </Field>
        <div className="row">
          <Field id="ed-horizon-from" label="Horizon from (year)" errors={horizonErrors.length ? horizonErrors : undefined}>
            {(d, bad) => (
              <input id="ed-horizon-from" name="horizonFrom" type="number" inputMode="numeric" step={1} required defaultValue={v("horizonFrom", String(claim.horizon.from))} {...describe(d, bad)} />
            )}
          </Field>
          <Field id="ed-horizon-to" label="Horizon to (year)" errors={errors["horizon.to"]}>
            {(d, bad) => (
              <input id="ed-horizon-to" name="horizonTo" type="number" inputMode="numeric" step={1} required defaultValue={v("horizonTo", String(claim.horizon.to))} {...describe(d, bad)} />
            )}
          </Field>
        </div>
        <Field id="ed-tags" label="Tags" hint="Separated by commas. Leave empty for no tags." errors={errors.tags}>
          {(d, bad) => <input id="ed-tags" name="tags" type="text" defaultValue={v("tags", claim.tags.join(", "))} {...describe(d, bad)} />}
        </Field>
        <Field id="ed-reason" label="Reason for the change" hint="Required. Shown in the claim’s history." errors={errors.reason}>
          {(d, bad) => (
            <textarea id="ed-reason" name="reason" maxLength={LIMITS.rationale} required defaultValue={valueOf(state, "reason")} {...describe(d, bad)} />
          )}
        </Field>
      </div>
      <div>
        <button type="submit" className="button" disabled={pending}>
          {pending ? "Saving…" : "Save changes"}
        </button>
      </div>
    </form>
  );
}
