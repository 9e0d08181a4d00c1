"use client";

import { useActionState } from "react";
import { Field } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import type { CreateWebhookState } from "@/lib/actions/webhook-actions";
import { INITIAL_FORM_STATE } from "@/lib/actions/form-state";
import { describe, remountKey, valueOf } from "@/lib/forms/form-values";
import { LIMITS } from "@/lib/validation/limits";
import { WEBHOOK_EVENT_LABELS, WEBHOOK_EVENTS } from "@/lib/webhooks/events";

type Action = (prev: CreateWebhookState, form: FormData) => Promise<CreateWebhookState>;

/** Registers a webhook; on success shows its signing secret, this once. */
export function WebhookForm({ action }: { action: Action }) {
  const [state, formAction, pending] = useActionState(action, INITIAL_FORM_STATE as CreateWebhookState);
  const errors = state.fieldErrors ?? {};
  const chosen = state.values?.events;
  const isChecked = (e: string) => (Array.isArray(chosen) ? chosen.includes(e) : state.status === "error" ? false : true);
  return (
    <div className="stack">
      <form action={formAction} className="form" aria-labelledby="register-webhook-heading" noValidate>
        <h2 id="register-webhook-heading">Register a webhook</h2>
        <FormStatus state={state} />
        <div key={remountKey(state)} className="form">
          <Field id="webhook-url" label="URL" hint="A full https:// (or http://) address that accepts POSTed JSON." errors={errors.url}>
            {(d, bad) => (
              <input id="webhook-url" name="url" type="url" inputMode="url" maxLength={LIMITS.url} required defaultValue={valueOf(state, "url")} {...describe(d, bad)} />
            )}
          </Field>
          <fieldset aria-describedby={errors.events ? "webhook-events-error" : undefined}>
            <legend>Events</legend>
            {WEBHOOK_EVENTS.map((e) => (
              <label key={e} className="checkbox" htmlFor={`webhook-event-${e}`}>
                <input id={`webhook-event-${e}`} type="checkbox" name="events" value={e} defaultChecked={isChecked(e)} />
                <span>
                  <code>{e}</code> <span className="small muted">{WEBHOOK_EVENT_LABELS[e]}</span>
                </span>
              </label>
            ))}
            {errors.events && (
              <p id="webhook-events-error" className="field-error">
                {errors.events.join(" ")}
              </p>
            )}
          </fieldset>
          <Field id="webhook-description" label="Description" hint="Optional: what receives it, so others can tell webhooks apart." errors={errors.description}>
            {(d, bad) => (
              <input id="webhook-description" name="description" type="text" maxLength={500} defaultValue={valueOf(state, "description")} {...describe(d, bad)} />
            )}
          </Field>
        </div>
        <div>
          <button type="submit" className="button" disabled={pending}>
            {pending ? "Registering…" : "Register webhook"}
          </button>
        </div>
      </form>
      {state.secret && (
        <section className="card" aria-label="The new webhook's secret">
          <div className="field">
            <label htmlFor="webhook-secret">
              Signing secret for {state.webhookUrl}
            </label>
            <span id="webhook-secret-hint" className="hint">
              Copy it now: it is not shown again. The receiver checks each delivery&apos;s X-Tracker-Signature header with it.
            </span>
            <input id="webhook-secret" type="text" readOnly autoFocus value={state.secret} aria-describedby="webhook-secret-hint" onFocus={(e) => e.currentTarget.select()} />
          </div>
        </section>
      )}
    </div>
  );
}
