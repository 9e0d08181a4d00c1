"use client";

import { useActionState } from "react";
import { describe, remountKey, valueOf, type FormAction } from "@/lib/forms/form-values";
import { Field } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { INITIAL_FORM_STATE } from "@/lib/actions/form-state";
import { LIMITS } from "@/lib/validation/limits";

export function NameForm({ action, name }: { action: FormAction; name: string }) {
  const [state, formAction, pending] = useActionState(action, INITIAL_FORM_STATE);
  const errors = state.fieldErrors ?? {};
  return (
    <form action={formAction} className="form" aria-labelledby="name-form-heading" noValidate>
      <h3 id="name-form-heading">Your name</h3>
      <FormStatus state={state} />
      <div key={remountKey(state)} className="row">
        <Field id="acct-name" label="Name" hint="Shown on the evidence and verdicts you record from now on." errors={errors.name}>
          {(d, bad) => (
            <input id="acct-name" name="name" type="text" autoComplete="name" maxLength={LIMITS.name} required defaultValue={valueOf(state, "name", name)} {...describe(d, bad)} />
          )}
        </Field>
        <div>
          <button type="submit" className="button secondary" disabled={pending}>
            {pending ? "Saving…" : "Save name"}
          </button>
        </div>
      </div>
    </form>
  );
}

/** The fields are emptied after every answer: passwords never travel back to the page. */
export function PasswordForm({ action, email }: { action: FormAction; email: string }) {
  const [state, formAction, pending] = useActionState(action, INITIAL_FORM_STATE);
  const errors = state.fieldErrors ?? {};
  return (
    <form action={formAction} className="form" aria-labelledby="password-form-heading" noValidate>
      <h3 id="password-form-heading">Change your password</h3>
      <p className="small muted">Your other signed-in browsers are signed out; this one stays signed in.</p>
      <FormStatus state={state} />
      {/* Lets password managers file the new password under the right account. */}
      <input type="text" name="username" autoComplete="username" value={email} readOnly hidden />
      <div key={remountKey(state)} className="form">
        <Field id="acct-current" label="Current password" errors={errors.currentPassword}>
          {(d, bad) => <input id="acct-current" name="currentPassword" type="password" autoComplete="current-password" required {...describe(d, bad)} />}
        </Field>
        <Field id="acct-new" label="New password" hint="At least 10 characters." errors={errors.newPassword}>
          {(d, bad) => <input id="acct-new" name="newPassword" type="password" autoComplete="new-password" minLength={10} maxLength={200} required {...describe(d, bad)} />}
        </Field>
        <Field id="acct-confirm" label="New password again" errors={errors.confirmPassword}>
          {(d, bad) => <input id="acct-confirm" name="confirmPassword" type="password" autoComplete="new-password" maxLength={200} required {...describe(d, bad)} />}
        </Field>
      </div>
      <div>
        <button type="submit" className="button" disabled={pending}>
          {pending ? "Changing…" : "Change password"}
        </button>
      </div>
    </form>
  );
}
