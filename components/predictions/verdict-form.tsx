"use client";

import { useActionState } from "react";
import { Field } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { INITIAL_FORM_STATE, type FormState } from "@/lib/actions/form-state";
import { GRADES, GRADE_LABELS, STANCE_LABELS, type Stance } from "@/lib/domain";
import { LIMITS } from "@/lib/validation/limits";

type Props = {
  action: (prev: FormState, form: FormData) => Promise<FormState>;
  /** The newest live evidence, offered for citing. */
  evidence: { id: string; title: string; observedOn: string; stance: Stance }[];
  /** All live evidence of the claim; more than `evidence` holds means only the newest are offered. */
  liveEvidenceCount?: number;
};

export function VerdictForm({ action, evidence, liveEvidenceCount = evidence.length }: Props) {
  const [state, formAction, pending] = useActionState(action, INITIAL_FORM_STATE);
  const errors = state.fieldErrors ?? {};
  const values = state.values ?? {};
  const str = (k: string) => (typeof values[k] === "string" ? (values[k] as string) : "");
  const cited = new Set(Array.isArray(values.evidenceIds) ? values.evidenceIds : []);
  const key = JSON.stringify(values) + state.status;
  return (
    <form action={formAction} className="form" aria-labelledby="verdict-form-heading" noValidate>
      <h2 id="verdict-form-heading">Record a verdict</h2>
      <p className="small muted">Verdicts are append-only: a new verdict becomes the current one, and the old ones stay in the history.</p>
      <FormStatus state={state} />
      <div key={key} className="form">
        <div className="row">
          <Field id="vd-grade" label="Grade" errors={errors.grade}>
            {(d, invalid) => (
              <select id="vd-grade" name="grade" required defaultValue={str("grade")} aria-describedby={d} aria-invalid={invalid || undefined}>
                <option value="">Choose…</option>
                {GRADES.map((g) => (
                  <option key={g} value={g}>
                    {GRADE_LABELS[g]}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field id="vd-credence" label="Credence (0–1)" hint="Optional: how likely the claim holds by its horizon." errors={errors.credence}>
            {(d, invalid) => (
              <input id="vd-credence" name="credence" type="number" min={0} max={1} step={0.01} inputMode="decimal" defaultValue={str("credence")} aria-describedby={d} aria-invalid={invalid || undefined} />
            )}
          </Field>
          <Field
            id="vd-resolved"
            label="Outcome known on (optional)"
            hint="Confirmed, partly or refuted only: the day the outcome became known, if before today."
            errors={errors.resolvedOn}
          >
            {(d, invalid) => (
              <input id="vd-resolved" name="resolvedOn" type="date" defaultValue={str("resolvedOn")} aria-describedby={d} aria-invalid={invalid || undefined} />
            )}
          </Field>
        </div>
        <Field id="vd-rationale" label="Rationale" hint="Why this grade, in a sentence or two." errors={errors.rationale}>
          {(d, invalid) => (
            <textarea id="vd-rationale" name="rationale" maxLength={LIMITS.rationale} required defaultValue={str("rationale")} aria-describedby={d} aria-invalid={invalid || undefined} />
          )}
        </Field>
        <fieldset aria-describedby={errors.evidenceIds ? "vd-evidence-error" : undefined}>
          <legend>Evidence cited</legend>
          {liveEvidenceCount > evidence.length && (
            <p className="small muted">
              The newest {evidence.length} of {liveEvidenceCount} items are offered here; the API accepts any of them.
            </p>
          )}
          {evidence.length === 0 ? (
            <p className="small muted">No evidence logged for this claim yet.</p>
          ) : (
            <div style={{ display: "grid", gap: "0.35rem", maxHeight: 220, overflowY: "auto" }}>
              {evidence.map((e) => (
                <label key={e.id} className="checkbox">
                  <input type="checkbox" name="evidenceIds" value={e.id} defaultChecked={cited.has(e.id)} />
                  <span>
                    {e.title} <span className="small muted">({STANCE_LABELS[e.stance].toLowerCase()}, {e.observedOn})</span>
                  </span>
                </label>
              ))}
            </div>
          )}
          {errors.evidenceIds && (
            <p id="vd-evidence-error" className="field-error">
              {errors.evidenceIds.join(" ")}
            </p>
          )}
        </fieldset>
      </div>
      <div>
        <button type="submit" className="button" disabled={pending}>
          {pending ? "Saving…" : "Record verdict"}
        </button>
      </div>
    </form>
  );
}
