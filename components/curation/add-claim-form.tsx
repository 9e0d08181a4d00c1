"use client";

import Link from "next/link";
import { useActionState, useState } from "react";
import { Field } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { INITIAL_FORM_STATE, type FormState } from "@/lib/actions/form-state";
import { NO_HORIZON_STATED, formatHorizon, readHorizon } from "@/lib/horizon";
import { LIMITS } from "@/lib/validation/limits";
import { QUOTE_MAX } from "@/lib/validation/limits";
import { describeCredence } from "./credence-hint";
import { describe, remountKey, valueOf, type FormAction } from "@/lib/forms/form-values";

type Props = {
  action: FormAction;
  /** Sections already used in this source, offered as suggestions. */
  sections: string[];
  /** This source's claims, any of which the new claim may sit under. */
  claims: { id: string; statement: string }[];
  /** The year new claims are made in (the source's publication year): horizons count from it. */
  madeYear: number;
};

export function AddClaimForm({ action, sections, claims, madeYear }: Props) {
  const [state, formAction, pending] = useActionState(action, INITIAL_FORM_STATE);
  const addedId = valueOf(state, "addedId");
  return (
    <form action={formAction} className="form" aria-labelledby="add-claim-heading" noValidate>
      <h2 id="add-claim-heading">Add a claim</h2>
      <p className="small muted">
        Paste the quote exactly as the source words it: once saved it changes only through a recorded correction. The
        statement and criteria are how the claim is made testable, and can be edited later with a reason.
      </p>
      <FormStatus state={state} />
      {state.status === "success" && addedId && (
        <p>
          <Link href={`/predictions/${addedId}`}>Open the new claim</Link>
        </p>
      )}
      <ClaimFields key={remountKey(state)} state={state} sections={sections} claims={claims} madeYear={madeYear} />
      <div>
        <button type="submit" className="button" disabled={pending}>
          {pending ? "Saving…" : "Add claim"}
        </button>
      </div>
    </form>
  );
}

function ClaimFields({ state, sections, claims, madeYear }: Omit<Props, "action"> & { state: FormState }) {
  const errors = state.fieldErrors ?? {};
  const [quote, setQuote] = useState(valueOf(state, "quote"));
  const [wording, setWording] = useState(valueOf(state, "horizonPhrase"));
  const initial = readHorizon(wording, madeYear);
  const [from, setFrom] = useState(valueOf(state, "horizonFrom", String(initial.from)));
  const [to, setTo] = useState(valueOf(state, "horizonTo", String(initial.to)));
  const suggested = readHorizon(wording, madeYear);
  const credence = describeCredence(quote);

  function onWording(next: string) {
    setWording(next);
    const h = readHorizon(next, madeYear);
    setFrom(String(h.from));
    setTo(String(h.to));
  }

  const horizonErrors = [...(errors.horizon ?? []), ...(errors["horizon.from"] ?? [])];
  const overrideErrors = errors.credenceOverride;
  return (
    <div className="form">
      <Field id="cl-quote" label="Quote" hint="Verbatim from the source." errors={errors.quote}>
        {(d, bad) => (
          <>
            <textarea
              id="cl-quote"
              name="quote"
              maxLength={QUOTE_MAX}
              required
              value={quote}
              onChange={(e) => setQuote(e.target.value)}
              aria-describedby={[d, "cl-credence"].filter(Boolean).join(" ")}
              aria-invalid={bad || undefined}
            />
            <p className="small flush">
              <output id="cl-credence" htmlFor="cl-quote" aria-live="polite">
                {credence.line}
              </output>{" "}
              <span className="muted">{credence.basis}</span>
            </p>
          </>
        )}
      </Field>
      <Field id="cl-section" label="Section" hint="Where in the source the quote appears; earlier sections are suggested." errors={errors.section}>
        {(d, bad) => (
          <>
            <input id="cl-section" name="section" type="text" list="cl-section-options" maxLength={LIMITS.title} defaultValue={valueOf(state, "section")} {...describe(d, bad)} />
            <datalist id="cl-section-options">
              {sections.map((s) => (
                <option key={s} value={s} />
              ))}
            </datalist>
          </>
        )}
      </Field>
      <Field id="cl-statement" label="Statement" hint="The claim in one testable sentence." errors={errors.statement}>
        {(d, bad) => (
          <textarea id="cl-statement" name="statement" maxLength={LIMITS.summary} required defaultValue={valueOf(state, "statement")} {...describe(d, bad)} />
        )}
      </Field>
      <Field id="cl-criteria" label="Resolution criteria" hint="What would count as confirmed, partly true or refuted." errors={errors.criteria}>
        {(d, bad) => (
          <textarea id="cl-criteria" name="criteria" maxLength={LIMITS.rationale} required defaultValue={valueOf(state, "criteria")} {...describe(d, bad)} />
        )}
      </Field>
      <Field
        id="cl-horizon-wording"
        label="Horizon wording (optional)"
        hint={`The source’s words for when, e.g. “within five years”; they fill in the years below, counted from ${madeYear}.`}
        errors={errors.horizonPhrase}
      >
        {(d, bad) => (
          <input
            id="cl-horizon-wording"
            name="horizonPhrase"
            type="text"
            maxLength={LIMITS.title}
            value={wording}
            onChange={(e) => onWording(e.target.value)}
            {...describe(d, bad)}
          />
        )}
      </Field>
      <p className="small muted flush" id="cl-horizon-suggestion" aria-live="polite">
        {suggested.rule === NO_HORIZON_STATED
          ? `No horizon wording recognised: suggested ${formatHorizon(suggested)}, the five-year default.`
          : `Suggested horizon: ${formatHorizon(suggested)} (read as “${suggested.rule}”).`}
      </p>
      <div className="row">
        <Field id="cl-horizon-from" label="Horizon from (year)" errors={horizonErrors.length ? horizonErrors : undefined}>
          {(d, bad) => (
            <input id="cl-horizon-from" name="horizonFrom" type="number" inputMode="numeric" step={1} required value={from} onChange={(e) => setFrom(e.target.value)} {...describe(d, bad)} />
          )}
        </Field>
        <Field id="cl-horizon-to" label="Horizon to (year)" errors={errors["horizon.to"]}>
          {(d, bad) => (
            <input id="cl-horizon-to" name="horizonTo" type="number" inputMode="numeric" step={1} required value={to} onChange={(e) => setTo(e.target.value)} {...describe(d, bad)} />
          )}
        </Field>
      </div>
      <Field id="cl-tags" label="Tags" hint="Optional, separated by commas, e.g. “ai, labour market”." errors={errors.tags}>
        {(d, bad) => <input id="cl-tags" name="tags" type="text" defaultValue={valueOf(state, "tags")} {...describe(d, bad)} />}
      </Field>
      <Field id="cl-parent" label="Part of (optional)" hint="Make this a sub-claim of one of this source’s claims." errors={errors.parentId}>
        {(d, bad) => (
          <select id="cl-parent" name="parentId" defaultValue={valueOf(state, "parentId")} {...describe(d, bad)}>
            <option value="">None: a top-level claim</option>
            {claims.map((c) => (
              <option key={c.id} value={c.id}>
                {c.statement}
              </option>
            ))}
          </select>
        )}
      </Field>
      <fieldset aria-describedby={overrideErrors ? "cl-override-error" : "cl-override-hint"}>
        <legend>Credence override (optional)</legend>
        <p id="cl-override-hint" className="small muted">
          Leave blank to use the suggested credence. An override needs a reason, and both are recorded.
        </p>
        {overrideErrors && (
          <p id="cl-override-error" className="field-error">
            {overrideErrors.join(" ")}
          </p>
        )}
        <div className="row">
          <Field id="cl-override" label="Credence (0–1)" errors={errors["credenceOverride.credence"]}>
            {(d, bad) => (
              <input id="cl-override" name="overrideCredence" type="number" min={0} max={1} step={0.01} inputMode="decimal" defaultValue={valueOf(state, "overrideCredence")} {...describe(d, bad)} />
            )}
          </Field>
          <Field id="cl-override-reason" label="Reason for the override" errors={errors["credenceOverride.reason"]}>
            {(d, bad) => (
              <input id="cl-override-reason" name="overrideReason" type="text" maxLength={LIMITS.rationale} defaultValue={valueOf(state, "overrideReason")} {...describe(d, bad)} />
            )}
          </Field>
        </div>
      </fieldset>
    </div>
  );
}
