"use client";

import { useActionState, useEffect, useRef, useState } from "react";
import { Field } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { INITIAL_FORM_STATE, type FormState } from "@/lib/actions/form-state";
import { CREDENCE_INPUT_HINT, formatCredenceInput } from "@/lib/credence";
import { GRADES, GRADE_DESCRIPTIONS, GRADE_LABELS, STANCE_LABELS, isGrade, type Grade, type Stance } from "@/lib/domain";
import { isReopening } from "@/lib/scoring";
import { LIMITS } from "@/lib/validation/limits";

/** The verdict form's id: the guided review's keys (Ctrl/⌘+Enter, 1–7) find it by this. */
export const VERDICT_FORM_ID = "verdict-form";
export const GRADE_SELECT_ID = "vd-grade";

type Props = {
  action: (prev: FormState, form: FormData) => Promise<FormState>;
  /** The newest live evidence, offered for citing. */
  evidence: { id: string; title: string; observedOn: string; stance: Stance }[];
  /** All live evidence of the claim; more than `evidence` holds means only the newest are offered. */
  liveEvidenceCount?: number;
  /** The grade that counts now: choosing one that takes the claim out of the hit rate warns first. */
  currentGrade?: Grade | null;
  /** The credence of the verdict before, offered as the starting point. */
  previousCredence?: number | null;
  /** Move focus to the grade when the form appears (the guided review, claim after claim). */
  focusGrade?: boolean;
};

/** "1 · Confirmed — Final: it came true as stated. Counts 1 in the hit rate." */
const optionLabel = (g: Grade, i: number) => `${i + 1} · ${GRADE_LABELS[g]} — ${GRADE_DESCRIPTIONS[g]}`;

export function VerdictForm({ action, evidence, liveEvidenceCount = evidence.length, currentGrade = null, previousCredence = null, focusGrade = false }: Props) {
  const [state, formAction, pending] = useActionState(action, INITIAL_FORM_STATE);
  const errors = state.fieldErrors ?? {};
  const values = state.values ?? {};
  const str = (k: string) => (typeof values[k] === "string" ? (values[k] as string) : "");
  const cited = new Set(Array.isArray(values.evidenceIds) ? values.evidenceIds : []);
  const key = JSON.stringify(values) + state.status;
  const typedGrade = str("grade");
  const [chosen, setChosen] = useState<Grade | null>(isGrade(typedGrade) ? typedGrade : null);
  useEffect(() => setChosen(isGrade(typedGrade) ? typedGrade : null), [typedGrade, key]);
  const gradeRef = useRef<HTMLSelectElement>(null);
  useEffect(() => {
    // Without scrolling: the claim and its evidence stay in view above the form.
    if (focusGrade) gradeRef.current?.focus({ preventScroll: true });
  }, [focusGrade]);

  const startCredence = state.status === "idle" ? formatCredenceInput(previousCredence) : str("credence");
  const reopens = chosen !== null && isReopening(currentGrade, chosen);
  const describedGrade = (d: string | undefined) => ["vd-grade-description", reopens ? "vd-grade-warning" : null, d].filter(Boolean).join(" ");

  return (
    <form id={VERDICT_FORM_ID} action={formAction} className="form" aria-labelledby="verdict-form-heading" noValidate>
      <h2 id="verdict-form-heading">Record a verdict</h2>
      <p className="small muted">Verdicts are append-only: a new verdict becomes the current one, and the old ones stay in the history.</p>
      <FormStatus state={state} />
      <div key={key} className="form">
        <Field id={GRADE_SELECT_ID} label="Grade" errors={errors.grade}>
          {(d, invalid) => (
            <>
              <select
                ref={gradeRef}
                id={GRADE_SELECT_ID}
                name="grade"
                required
                defaultValue={str("grade")}
                onChange={(e) => setChosen(isGrade(e.target.value) ? e.target.value : null)}
                aria-describedby={describedGrade(d)}
                aria-invalid={invalid || undefined}
              >
                <option value="">Choose…</option>
                {GRADES.map((g, i) => (
                  <option key={g} value={g}>
                    {optionLabel(g, i)}
                  </option>
                ))}
              </select>
              <span id="vd-grade-description" className="hint">
                {chosen ? GRADE_DESCRIPTIONS[chosen] : "Final grades settle the claim; interim ones are readings on the way there."}
              </span>
              {reopens && (
                <p id="vd-grade-warning" className="alert warning flush" role="status">
                  This reopens the claim: from {GRADE_LABELS[currentGrade!]} to {GRADE_LABELS[chosen!]} takes it out of the hit rate
                  (the rate can go up). Reviews show it as “reopened”, not as a move towards refuted.
                </p>
              )}
            </>
          )}
        </Field>
        <Field id="vd-rationale" label="Rationale" hint="Why this grade, in a sentence or two." errors={errors.rationale}>
          {(d, invalid) => (
            <textarea id="vd-rationale" name="rationale" maxLength={LIMITS.rationale} required defaultValue={str("rationale")} aria-describedby={d} aria-invalid={invalid || undefined} />
          )}
        </Field>
        <div className="row">
          <Field
            id="vd-credence"
            label="Credence (%)"
            hint={`Optional: how likely the claim holds by its horizon. ${CREDENCE_INPUT_HINT}${previousCredence !== null ? " It starts at the previous verdict’s." : ""}`}
            errors={errors.credence}
          >
            {(d, invalid) => (
              <input id="vd-credence" name="credence" type="text" inputMode="decimal" autoComplete="off" defaultValue={startCredence} aria-describedby={d} aria-invalid={invalid || undefined} />
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
            <div className="checkbox-scroll">
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
        <button type="submit" className="button" disabled={pending} aria-keyshortcuts="Control+Enter Meta+Enter">
          {pending ? "Saving…" : "Record verdict"}
        </button>
      </div>
    </form>
  );
}
