"use server";

import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { auth } from "../auth/auth";
import { canManageOwnAccount } from "../auth/permissions";
import { changeOwnPassword, renameUser } from "../db/users";
import { ConflictError, InvalidReferenceError, NotFoundError } from "../db/errors";
import { fieldErrorsOf } from "../validation/common";
import { changePasswordSchema, updateNameSchema } from "../validation/users";
import { text, type FormState } from "./form-state";
import { FORBIDDEN_STATE, allowAction } from "./guard";

const RETURN_TO = "/account";
const FIX = "Please fix the highlighted fields.";

/** Changes the signed-in account's display name. */
export async function updateOwnNameAction(_prev: FormState, form: FormData): Promise<FormState> {
  const who = await allowAction(canManageOwnAccount, RETURN_TO);
  if (!who) return FORBIDDEN_STATE;
  const values = { name: text(form, "name") ?? "" };
  const parsed = updateNameSchema.safeParse(values);
  if (!parsed.success) return { status: "error", message: FIX, fieldErrors: fieldErrorsOf(parsed.error), values };
  try {
    await renameUser(who.actor.id, parsed.data.name, who.audit);
  } catch (e) {
    if (e instanceof InvalidReferenceError) return { status: "error", message: e.message, fieldErrors: { [e.field]: [e.message] }, values };
    console.error("Unhandled account action error", e);
    return { status: "error", message: "Something went wrong on our side; your name was not changed.", values };
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
  const parsed = changePasswordSchema.safeParse({
    currentPassword: text(form, "currentPassword") ?? "",
    newPassword: text(form, "newPassword") ?? "",
    confirmPassword: text(form, "confirmPassword") ?? "",
  });
  if (!parsed.success) return { status: "error", message: FIX, fieldErrors: fieldErrorsOf(parsed.error) };
  let ended: number;
  try {
    const h = await headers();
    const session = await auth.api.getSession({ headers: h }).catch(() => null);
    ({ otherSessionsEnded: ended } = await changeOwnPassword(who.actor.id, parsed.data, who.audit, { keepSessionId: session?.session.id ?? null }));
  } catch (e) {
    if (e instanceof InvalidReferenceError) return { status: "error", message: e.message, fieldErrors: { [e.field]: [e.message] } };
    if (e instanceof ConflictError) return { status: "error", message: e.message };
    if (e instanceof NotFoundError) return { status: "error", message: "This account signs in without a password, so there is none to change." };
    console.error("Unhandled account action error", e);
    return { status: "error", message: "Something went wrong on our side; your password was not changed." };
  }
  return {
    status: "success",
    message: `Password changed.${ended > 0 ? ` ${ended} other ${ended === 1 ? "session was" : "sessions were"} signed out.` : ""}`,
  };
}
