"use client";

import { useActionState } from "react";
import { Field } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { INITIAL_FORM_STATE, type FormState } from "@/lib/actions/form-state";
import { STANCES, STANCE_LABELS, STRENGTHS } from "@/lib/domain";
import { LIMITS } from "@/lib/validation/limits";

type Props = {
  action: (prev: FormState, form: FormData) => Promise<FormState>;
  today: string;
};

const value = (state: FormState, key: string) => {
  const v = state.values?.[key];
  return typeof v === "string" ? v : "";
};

export function EvidenceForm({ action, today }: Props) {
  const [state, formAction, pending] = useActionState(action, INITIAL_FORM_STATE);
  const errors = state.fieldErrors ?? {};
  // Remount the inputs after each answer so they take the returned values as defaults.
  const key = JSON.stringify(state.values ?? {}) + state.status;
  return (
    <form action={formAction} className="form" aria-labelledby="evidence-form-heading" noValidate>
      <h2 id="evidence-form-heading">Log evidence</h2>
      <FormStatus state={state} />
      <div key={key} className="form">
        <Field id="ev-title" label="Title" errors={errors.title}>
          {(d, invalid) => (
            <input id="ev-title" name="title" type="text" maxLength={LIMITS.title} required defaultValue={value(state, "title")} aria-describedby={d} aria-invalid={invalid || undefined} />
          )}
        </Field>
        <Field id="ev-url" label="Source URL" hint="A link to a primary or reputable source (http or https)." errors={errors.url}>
          {(d, invalid) => (
            <input id="ev-url" name="url" type="url" inputMode="url" required defaultValue={value(state, "url")} aria-describedby={d} aria-invalid={invalid || undefined} placeholder="https://" />
          )}
        </Field>
        <div className="row">
          <Field id="ev-observed" label="Date observed" hint="The day it happened; not in the future." errors={errors.observedOn}>
            {(d, invalid) => (
              <input id="ev-observed" name="observedOn" type="date" max={today} required defaultValue={value(state, "observedOn")} aria-describedby={d} aria-invalid={invalid || undefined} />
            )}
          </Field>
          <Field id="ev-stance" label="Stance" errors={errors.stance}>
            {(d, invalid) => (
              <select id="ev-stance" name="stance" required defaultValue={value(state, "stance")} aria-describedby={d} aria-invalid={invalid || undefined}>
                <option value="">Choose…</option>
                {STANCES.map((s) => (
                  <option key={s} value={s}>
                    {STANCE_LABELS[s]}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field id="ev-strength" label="Strength" errors={errors.strength}>
            {(d, invalid) => (
              <select id="ev-strength" name="strength" required defaultValue={value(state, "strength") || "moderate"} aria-describedby={d} aria-invalid={invalid || undefined}>
                {STRENGTHS.map((s) => (
                  <option key={s} value={s}>
                    {s[0].toUpperCase() + s.slice(1)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        <Field id="ev-summary" label="Summary" hint="What happened, and why it bears on the claim." errors={errors.summary}>
          {(d, invalid) => (
            <textarea id="ev-summary" name="summary" maxLength={LIMITS.summary} required defaultValue={value(state, "summary")} aria-describedby={d} aria-invalid={invalid || undefined} />
          )}
        </Field>
        <Field id="ev-excerpt" label="Excerpt (optional)" hint="The exact words from the source, so the item outlives its link." errors={errors.excerpt}>
          {(d, invalid) => (
            <textarea id="ev-excerpt" name="excerpt" maxLength={LIMITS.excerpt} defaultValue={value(state, "excerpt")} aria-describedby={d} aria-invalid={invalid || undefined} />
          )}
        </Field>
        <Field id="ev-archive" label="Archived copy (optional)" hint="A snapshot of the page, e.g. a Wayback Machine link (http or https)." errors={errors.archiveUrl}>
          {(d, invalid) => (
            <input id="ev-archive" name="archiveUrl" type="url" inputMode="url" defaultValue={value(state, "archiveUrl")} aria-describedby={d} aria-invalid={invalid || undefined} placeholder="https://web.archive.org/web/…" />
          )}
        </Field>
      </div>
      <div>
        <button type="submit" className="button" disabled={pending}>
          {pending ? "Saving…" : "Log evidence"}
        </button>
      </div>
    </form>
  );
}
