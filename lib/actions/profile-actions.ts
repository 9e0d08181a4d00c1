"use server";

import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { auth } from "../auth/auth";
import { canManageOwnAccount } from "../auth/permissions";
import { changeOwnPassword, renameUser } from "../db/users";
import { changePasswordSchema, updateNameSchema } from "../validation/users";
import type { FormState } from "./form-state";
import { allowAction } from "./guard";
import { FORBIDDEN_STATE, actionFailure, formToInput, read } from "./result";

const RETURN_TO = "/account";

/** Changes the signed-in account's display name. */
export async function updateOwnNameAction(_prev: FormState, form: FormData): Promise<FormState> {
  const who = await allowAction(canManageOwnAccount, RETURN_TO);
  if (!who) return FORBIDDEN_STATE;
  const parsed = formToInput(updateNameSchema, form);
  if (!parsed.ok) return parsed.state;
  const { values } = parsed;
  try {
    await renameUser(who.actor.id, parsed.data.name, who.audit);
  } catch (e) {
    return actionFailure(e, { values, unexpected: "Something went wrong on our side; your name was not changed." });
  }
  revalidatePath("/", "layout");
  return { status: "success", message: `Your name is now “${parsed.data.name}”. What you logged before keeps the name it was logged under.`, values };
}

/**
 * Changes the signed-in account's password: the current one must be right. This session stays
 * signed in; every other session of the account ends. Passwords are never sent back to the form.
 */
export async function changeOwnPasswordAction(_prev: FormState, form: FormData): Promise<FormState> {
  const who = await allowAction(canManageOwnAccount, RETURN_TO);
  if (!who) return FORBIDDEN_STATE;
  const parsed = formToInput(changePasswordSchema, form, {
    fields: { currentPassword: read.secret(), newPassword: read.secret(), confirmPassword: read.secret() },
  });
  if (!parsed.ok) return parsed.state;
  let ended: number;
  try {
    const h = await headers();
    const session = await auth.api.getSession({ headers: h }).catch(() => null);
    ({ otherSessionsEnded: ended } = await changeOwnPassword(who.actor.id, parsed.data, who.audit, { keepSessionId: session?.session.id ?? null }));
  } catch (e) {
    return actionFailure(e, {
      notFound: "This account signs in without a password, so there is none to change.",
      unexpected: "Something went wrong on our side; your password was not changed.",
    });
  }
  return {
    status: "success",
    message: `Password changed.${ended > 0 ? ` ${ended} other ${ended === 1 ? "session was" : "sessions were"} signed out.` : ""}`,
  };
}
