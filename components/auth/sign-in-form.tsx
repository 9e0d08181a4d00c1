"use client";

import { useActionState } from "react";
import { describe, remountKey, valueOf } from "@/lib/forms/form-values";
import { Field } from "@/components/ui/field";
import { INITIAL_FORM_STATE, type FormState } from "@/lib/actions/form-state";
import styles from "./auth.module.css";

type Props = {
  action: (prev: FormState, form: FormData) => Promise<FormState>;
  /** Where to return after signing in; the action checks it is a same-site path. */
  next: string;
};

export function SignInForm({ action, next }: Props) {
  const [state, formAction, pending] = useActionState(action, INITIAL_FORM_STATE);
  const errors = state.fieldErrors ?? {};
  return (
    <form action={formAction} className={`form ${styles.fields}`} aria-label="Sign in" noValidate>
      {state.status === "error" && state.message && (
        <p role="alert" className="alert error">
          {state.message}
        </p>
      )}
      <input type="hidden" name="next" value={next} />
      <div key={remountKey(state)} className="form">
        <Field id="sign-in-email" label="Email" errors={errors.email}>
          {(d, bad) => (
            <input
              id="sign-in-email"
              name="email"
              type="email"
              autoComplete="username"
              inputMode="email"
              required
              maxLength={254}
              defaultValue={valueOf(state, "email")}
              {...describe(d, bad)}
            />
          )}
        </Field>
        <Field id="sign-in-password" label="Password" errors={errors.password}>
          {(d, bad) => (
            <input id="sign-in-password" name="password" type="password" autoComplete="current-password" required maxLength={200} {...describe(d, bad)} />
          )}
        </Field>
      </div>
      <div>
        <button type="submit" className="button" disabled={pending}>
          {pending ? "Signing in…" : "Sign in"}
        </button>
      </div>
    </form>
  );
}
