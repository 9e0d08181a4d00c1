"use client";

import { useActionState } from "react";
import { INITIAL_FORM_STATE, type FormState } from "@/lib/actions/form-state";
import { ROLES, type Role } from "@/lib/roles";
import { RowMessage } from "./row-message";

type Action = (prev: FormState, form: FormData) => Promise<FormState>;

type Props = {
  userId: string;
  email: string;
  role: Role;
  isDisabled: boolean;
  setRole: Action;
  setDisabled: Action;
};

/** Per-account controls: a role change and disable/enable, each its own form with its own message. */
export function UserRowActions({ userId, email, role, isDisabled, setRole, setDisabled }: Props) {
  const [roleState, roleAction, savingRole] = useActionState(setRole, INITIAL_FORM_STATE);
  const [disableState, disableAction, savingDisabled] = useActionState(setDisabled, INITIAL_FORM_STATE);
  const selectId = `user-${userId}-role`;
  const roleMessageId = `${selectId}-message`;
  const disableMessageId = `user-${userId}-disable-message`;
  // After an error the select keeps the role the action handed back; otherwise it shows the saved one.
  const kept = roleState.values?.role;
  const shownRole = roleState.status === "error" && typeof kept === "string" ? kept : role;
  return (
    <div className="form">
      <form action={roleAction} className="row">
        <input type="hidden" name="userId" value={userId} />
        <div className="field">
          <label htmlFor={selectId} className="visually-hidden">
            Role for {email}
          </label>
          <select
            key={`${roleState.status}-${shownRole}-${role}`}
            id={selectId}
            name="role"
            defaultValue={shownRole}
            aria-describedby={roleState.message ? roleMessageId : undefined}
            aria-invalid={roleState.status === "error" || undefined}
          >
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {r}
              </option>
            ))}
          </select>
        </div>
        <div>
          <button type="submit" className="button secondary" disabled={savingRole}>
            {savingRole ? "Saving…" : "Change role"}
            <span className="visually-hidden"> for {email}</span>
          </button>
        </div>
      </form>
      <RowMessage id={roleMessageId} state={roleState} />
      <form action={disableAction}>
        <input type="hidden" name="userId" value={userId} />
        <input type="hidden" name="disabled" value={isDisabled ? "false" : "true"} />
        <button
          type="submit"
          className="button secondary"
          disabled={savingDisabled}
          aria-describedby={disableState.message ? disableMessageId : undefined}
        >
          {savingDisabled ? "Saving…" : isDisabled ? "Enable" : "Disable"}
          <span className="visually-hidden"> {email}</span>
        </button>
      </form>
      <RowMessage id={disableMessageId} state={disableState} />
    </div>
  );
}
