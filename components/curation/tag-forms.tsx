"use client";

import { useActionState } from "react";
import { Field } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { INITIAL_FORM_STATE } from "@/lib/actions/form-state";
import { TAG_MAX } from "@/lib/validation/limits";
import { describe, remountKey, valueOf, type FormAction } from "@/lib/forms/form-values";

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

