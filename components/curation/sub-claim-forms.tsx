"use client";

import { useActionState } from "react";
import { Field } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { INITIAL_FORM_STATE, type FormState } from "@/lib/actions/form-state";
import { LIMITS } from "@/lib/validation/limits";
import type { ParentSearchResult } from "@/lib/actions/curation-picker-actions";
import { ClaimOptions, type ClaimOption } from "./claim-options";
import { ParentPicker, type PickedClaim } from "./parent-picker";
import { describe, remountKey, valueOf, type FormAction } from "@/lib/forms/form-values";

function ReasonAndName({ prefix, errors, state }: { prefix: string; errors: Record<string, string[]>; state: FormState }) {
  return (
    <div className="row">
      <Field id={`${prefix}-reason`} label="Reason" hint="Required; kept in the history." errors={errors.reason}>
        {(d, bad) => (
          <input id={`${prefix}-reason`} name="reason" type="text" maxLength={LIMITS.rationale} required defaultValue={valueOf(state, "reason")} {...describe(d, bad)} />
        )}
      </Field>
    </div>
  );
}

type SetParentProps = {
  action: FormAction;
  claimId: string;
  parent: PickedClaim | null;
  search: (claimId: string, query: string) => Promise<ParentSearchResult>;
};

/** Attaches this claim under a parent found by search, or (with none chosen) detaches it. */
export function SetParentForm({ action, claimId, parent, search }: SetParentProps) {
  const [state, formAction, pending] = useActionState(action, INITIAL_FORM_STATE);
  const errors = state.fieldErrors ?? {};
  const errorId = errors.parentId?.length ? "sp-parent-error" : undefined;
  return (
    <form action={formAction} className="form" aria-labelledby="set-parent-heading" noValidate>
      <h3 id="set-parent-heading">Parent claim</h3>
      <FormStatus state={state} />
      <div className="form">
        <ParentPicker
          claimId={claimId}
          name="parentId"
          inputId="sp-parent"
          label="Part of"
          hint="Type to search; claims from the same source come first. “Make it top-level instead” detaches it."
          initial={parent}
          search={search}
          describedBy={errorId}
          isInvalid={Boolean(errorId)}
        />
        {errorId && (
          <p id={errorId} className="field-error">
            {errors.parentId!.join(" ")}
          </p>
        )}
        <div key={remountKey(state)}>
          <ReasonAndName prefix="sp" errors={errors} state={state} />
        </div>
      </div>
      <div>
        <button type="submit" className="button secondary" disabled={pending}>
          {pending ? "Saving…" : "Save parent"}
        </button>
      </div>
    </form>
  );
}

/** On a parent claim: makes an existing claim one of its sub-claims. */
export function AddChildForm({ action, claims }: { action: FormAction; claims: ClaimOption[] }) {
  const [state, formAction, pending] = useActionState(action, INITIAL_FORM_STATE);
  const errors = state.fieldErrors ?? {};
  return (
    <form action={formAction} className="form" aria-labelledby="add-child-heading" noValidate>
      <h3 id="add-child-heading">Add a sub-claim</h3>
      <FormStatus state={state} />
      <div key={remountKey(state)} className="form">
        <Field id="ac-child" label="Existing claim" hint="It moves under this claim; if it had another parent it leaves it." errors={errors.childId}>
          {(d, bad) => (
            <select id="ac-child" name="childId" required defaultValue={valueOf(state, "childId")} {...describe(d, bad)}>
              <option value="">Choose…</option>
              <ClaimOptions claims={claims} />
            </select>
          )}
        </Field>
        <ReasonAndName prefix="ac" errors={errors} state={state} />
      </div>
      <div>
        <button type="submit" className="button secondary" disabled={pending}>
          {pending ? "Saving…" : "Add sub-claim"}
        </button>
      </div>
    </form>
  );
}

/** On a parent claim: detaches one of its sub-claims, which becomes a top-level claim. */
export function DetachChildForm({ action, subClaims }: { action: FormAction; subClaims: { id: string; statement: string }[] }) {
  const [state, formAction, pending] = useActionState(action, INITIAL_FORM_STATE);
  const errors = state.fieldErrors ?? {};
  return (
    <form action={formAction} className="form" aria-labelledby="detach-child-heading" noValidate>
      <h3 id="detach-child-heading">Detach a sub-claim</h3>
      <FormStatus state={state} />
      {subClaims.length === 0 ? (
        <p className="small muted">This claim has no sub-claims to detach.</p>
      ) : (
        <>
          <div key={remountKey(state)} className="form">
            <Field id="dc-child" label="Sub-claim" hint="It stays tracked as a top-level claim." errors={errors.childId}>
              {(d, bad) => (
                <select id="dc-child" name="childId" required defaultValue={valueOf(state, "childId")} {...describe(d, bad)}>
                  <option value="">Choose…</option>
                  {subClaims.map((c) => (
                    <option key={c.id} value={c.id}>
                      {c.statement}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <ReasonAndName prefix="dc" errors={errors} state={state} />
          </div>
          <div>
            <button type="submit" className="button secondary" disabled={pending}>
              {pending ? "Saving…" : "Detach sub-claim"}
            </button>
          </div>
        </>
      )}
    </form>
  );
}
