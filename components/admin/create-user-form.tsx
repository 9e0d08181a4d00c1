"use client";

import { useActionState } from "react";
import styles from "@/components/auth/auth.module.css";
import { describe, remountKey, valueOf } from "@/lib/forms/form-values";
import { Field } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { INITIAL_FORM_STATE, type FormState } from "@/lib/actions/form-state";
import { ROLE_HINTS, ROLES } from "@/lib/roles";
import { LIMITS } from "@/lib/validation/limits";

type Props = { action: (prev: FormState, form: FormData) => Promise<FormState> };

export function CreateUserForm({ action }: Props) {
  const [state, formAction, pending] = useActionState(action, INITIAL_FORM_STATE);
  const errors = state.fieldErrors ?? {};
  return (
    <form action={formAction} className={`form ${styles.fields}`} aria-labelledby="create-user-heading" noValidate>
      <h2 id="create-user-heading">Create an account</h2>
      <FormStatus state={state} />
      <div key={remountKey(state)} className="form">
        <div className="row">
          <Field id="new-user-email" label="Email" errors={errors.email}>
            {(d, bad) => (
              <input id="new-user-email" name="email" type="email" autoComplete="off" maxLength={254} required defaultValue={valueOf(state, "email")} {...describe(d, bad)} />
            )}
          </Field>
          <Field id="new-user-name" label="Name" hint="Shown on what they log. Optional: defaults to the part of the email before @." errors={errors.name}>
            {(d, bad) => (
              <input id="new-user-name" name="name" type="text" autoComplete="off" maxLength={LIMITS.name} defaultValue={valueOf(state, "name")} {...describe(d, bad)} />
            )}
          </Field>
        </div>
        <div className="row">
          <Field id="new-user-password" label="Password" hint="At least 10 characters. Share it with them privately." errors={errors.password}>
            {(d, bad) => (
              <input id="new-user-password" name="password" type="password" autoComplete="new-password" minLength={10} maxLength={200} required {...describe(d, bad)} />
            )}
          </Field>
          <Field id="new-user-role" label="Role" hint={ROLE_HINTS} errors={errors.role}>
            {(d, bad) => (
              <select id="new-user-role" name="role" required defaultValue={valueOf(state, "role", "editor")} {...describe(d, bad)}>
                {ROLES.map((r) => (
                  <option key={r} value={r}>
                    {r}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
      </div>
      <div>
        <button type="submit" className="button" disabled={pending}>
          {pending ? "Creating…" : "Create account"}
        </button>
      </div>
    </form>
  );
}
