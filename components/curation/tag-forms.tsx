"use client";

import { useActionState } from "react";
import { Field } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { INITIAL_FORM_STATE } from "@/lib/actions/form-state";
import { TAG_MAX } from "@/lib/validation/limits";
import { describe, remountKey, valueOf, type FormAction } from "./form-values";

const TAG_HINT = "Letters, digits, spaces, dots, dashes and underscores; stored in lower case.";

export function CreateTagForm({ action }: { action: FormAction }) {
  const [state, formAction, pending] = useActionState(action, INITIAL_FORM_STATE);
  const errors = state.fieldErrors ?? {};
  return (
    <form action={formAction} className="form" aria-labelledby="create-tag-heading" noValidate>
      <h2 id="create-tag-heading">Create a tag</h2>
      <FormStatus state={state} />
      <div key={remountKey(state)} className="row">
        <Field id="tag-new" label="Tag name" hint={TAG_HINT} errors={errors.name}>
          {(d, bad) => <input id="tag-new" name="name" type="text" maxLength={TAG_MAX} required defaultValue={valueOf(state, "name")} {...describe(d, bad)} />}
        </Field>
        <div>
          <button type="submit" className="button" disabled={pending}>
            {pending ? "Saving…" : "Create tag"}
          </button>
        </div>
      </div>
    </form>
  );
}

type RowProps = { tagId: string; name: string; otherTags: string[]; rename: FormAction; merge: FormAction };

/** Rename and merge-into forms for one tag. Ids use the tag's id, which survives a rename. */
export function TagActions({ tagId, name, otherTags, rename, merge }: RowProps) {
  const [renameState, renameAction, renaming] = useActionState(rename, INITIAL_FORM_STATE);
  const [mergeState, mergeAction, merging] = useActionState(merge, INITIAL_FORM_STATE);
  const renameErrors = renameState.fieldErrors ?? {};
  const mergeErrors = mergeState.fieldErrors ?? {};
  const r = `tag-${tagId}-rename`;
  const m = `tag-${tagId}-merge`;
  return (
    <div className="grid grid-2">
      <form action={renameAction} className="form" aria-label={`Rename “${name}”`} noValidate>
        <FormStatus state={renameState} />
        <div key={remountKey(renameState)} className="row">
          <Field id={r} label={`Rename “${name}” to`} errors={renameErrors.name}>
            {(d, bad) => (
              <input id={r} name="name" type="text" maxLength={TAG_MAX} required defaultValue={valueOf(renameState, "name", name)} {...describe(d, bad)} />
            )}
          </Field>
          <div>
            <button type="submit" className="button secondary" disabled={renaming}>
              {renaming ? "Saving…" : "Rename"}
            </button>
          </div>
        </div>
      </form>
      <form action={mergeAction} className="form" aria-label={`Merge “${name}”`} noValidate>
        <FormStatus state={mergeState} />
        <div key={remountKey(mergeState)} className="row">
          <Field id={m} label={`Merge “${name}” into`} errors={mergeErrors.into}>
            {(d, bad) => (
              <select id={m} name="into" required defaultValue={valueOf(mergeState, "into")} disabled={otherTags.length === 0} {...describe(d, bad)}>
                <option value="">Choose a tag…</option>
                {otherTags.map((t) => (
                  <option key={t} value={t}>
                    {t}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <div>
            <button type="submit" className="button secondary" disabled={merging || otherTags.length === 0}>
              {merging ? "Merging…" : "Merge"}
            </button>
          </div>
        </div>
      </form>
    </div>
  );
}
