"use client";

import { useActionState } from "react";
import { Field } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { INITIAL_FORM_STATE, type FormState } from "@/lib/actions/form-state";
import { SOURCE_KINDS } from "@/lib/domain";
import { LIMITS } from "@/lib/validation/limits";
import { describe, remountKey, valueOf, type FormAction } from "@/lib/forms/form-values";

type SourceValues = { title: string; author: string; url: string; publishedOn: string; kind: string };

/** The source's details, shared by the add and edit forms; `current` fills them when editing. */
function SourceFields({ state, today, current, hint }: { state: FormState; today: string; current?: SourceValues; hint: string }) {
  const errors = state.fieldErrors ?? {};
  const v = (key: keyof SourceValues, fallback = "") => valueOf(state, key, current?.[key] ?? fallback);
  return (
    <>
      <Field id="src-title" label="Title" errors={errors.title}>
        {(d, bad) => <input id="src-title" name="title" type="text" maxLength={LIMITS.title} required defaultValue={v("title")} {...describe(d, bad)} />}
      </Field>
      <Field id="src-author" label="Author" hint="Who made the claims, as the source names them." errors={errors.author}>
        {(d, bad) => (
          <input id="src-author" name="author" type="text" maxLength={LIMITS.name * 2} required defaultValue={v("author")} {...describe(d, bad)} />
        )}
      </Field>
      <Field id="src-url" label="URL" hint="A full http:// or https:// address where the source can be read." errors={errors.url}>
        {(d, bad) => (
          <input id="src-url" name="url" type="url" inputMode="url" required placeholder="https://" defaultValue={v("url")} {...describe(d, bad)} />
        )}
      </Field>
      <div className="row">
        <Field id="src-published" label="Date published" hint={hint} errors={errors.publishedOn}>
          {(d, bad) => (
            <input id="src-published" name="publishedOn" type="date" max={today} required defaultValue={v("publishedOn")} {...describe(d, bad)} />
          )}
        </Field>
        <Field id="src-kind" label="Kind" errors={errors.kind}>
          {(d, bad) => (
            <select id="src-kind" name="kind" required defaultValue={v("kind", "essay")} {...describe(d, bad)}>
              {SOURCE_KINDS.map((k) => (
                <option key={k} value={k}>
                  {k[0].toUpperCase() + k.slice(1)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
    </>
  );
}

/** Adds a source; on success the action goes to the new source's page to add its claims. */
export function NewSourceForm({ action, today }: { action: FormAction; today: string }) {
  const [state, formAction, pending] = useActionState(action, INITIAL_FORM_STATE);
  return (
    <form action={formAction} className="form" aria-labelledby="source-form-heading" noValidate>
      <h2 id="source-form-heading">Source details</h2>
      <FormStatus state={state} />
      <div key={remountKey(state)} className="form">
        <SourceFields state={state} today={today} hint="New claims count as made on this day." />
      </div>
      <div>
        <button type="submit" className="button" disabled={pending}>
          {pending ? "Saving…" : "Add source"}
        </button>
      </div>
    </form>
  );
}

/** Edits a source's details; each save is one revision with its reason, listing only what changed. */
export function EditSourceForm({ action, today, source }: { action: FormAction; today: string; source: SourceValues }) {
  const [state, formAction, pending] = useActionState(action, INITIAL_FORM_STATE);
  const errors = state.fieldErrors ?? {};
  return (
    <form action={formAction} className="form" aria-labelledby="edit-source-heading" noValidate>
      <h2 id="edit-source-heading">Edit the source</h2>
      <p className="small muted">Change what needs changing and say why. Only the fields that differ are recorded, with their old and new values.</p>
      <FormStatus state={state} />
      <div key={remountKey(state)} className="form">
        <SourceFields state={state} today={today} current={source} hint="Its claims keep the dates they were made." />
        <Field id="src-reason" label="Reason for the change" hint="Required. Shown in the source’s history." errors={errors.reason}>
          {(d, bad) => (
            <textarea id="src-reason" name="reason" maxLength={LIMITS.rationale} required defaultValue={valueOf(state, "reason")} {...describe(d, bad)} />
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
