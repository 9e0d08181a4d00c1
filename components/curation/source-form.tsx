"use client";

import { useActionState } from "react";
import { Field } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { INITIAL_FORM_STATE } from "@/lib/actions/form-state";
import { SOURCE_KINDS } from "@/lib/domain";
import { LIMITS } from "@/lib/validation/limits";
import { describe, remountKey, valueOf, type FormAction } from "./form-values";

/** Adds a source; on success the action goes to the new source's page to add its claims. */
export function NewSourceForm({ action, today }: { action: FormAction; today: string }) {
  const [state, formAction, pending] = useActionState(action, INITIAL_FORM_STATE);
  const errors = state.fieldErrors ?? {};
  return (
    <form action={formAction} className="form" aria-labelledby="source-form-heading" noValidate>
      <h2 id="source-form-heading">Source details</h2>
      <FormStatus state={state} />
      <div key={remountKey(state)} className="form">
        <Field id="src-title" label="Title" errors={errors.title}>
          {(d, bad) => (
            <input id="src-title" name="title" type="text" maxLength={LIMITS.title} required defaultValue={valueOf(state, "title")} {...describe(d, bad)} />
          )}
        </Field>
        <Field id="src-author" label="Author" hint="Who made the claims, as the source names them." errors={errors.author}>
          {(d, bad) => (
            <input id="src-author" name="author" type="text" maxLength={LIMITS.name * 2} required defaultValue={valueOf(state, "author")} {...describe(d, bad)} />
          )}
        </Field>
        <Field id="src-url" label="URL" hint="A full http:// or https:// address where the source can be read." errors={errors.url}>
          {(d, bad) => (
            <input id="src-url" name="url" type="url" inputMode="url" required placeholder="https://" defaultValue={valueOf(state, "url")} {...describe(d, bad)} />
          )}
        </Field>
        <div className="row">
          <Field id="src-published" label="Date published" hint="New claims count as made on this day." errors={errors.publishedOn}>
            {(d, bad) => (
              <input id="src-published" name="publishedOn" type="date" max={today} required defaultValue={valueOf(state, "publishedOn")} {...describe(d, bad)} />
            )}
          </Field>
          <Field id="src-kind" label="Kind" errors={errors.kind}>
            {(d, bad) => (
              <select id="src-kind" name="kind" required defaultValue={valueOf(state, "kind", "essay")} {...describe(d, bad)}>
                {SOURCE_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {k[0].toUpperCase() + k.slice(1)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
      </div>
      <div>
        <button type="submit" className="button" disabled={pending}>
          {pending ? "Saving…" : "Add source"}
        </button>
      </div>
    </form>
  );
}
