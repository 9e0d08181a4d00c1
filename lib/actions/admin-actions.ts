"use server";

import { revalidatePath } from "next/cache";
import { canManageSettings, canManageUsers } from "../auth/permissions";
import { setReadAccess } from "../db/settings";
import { createUser, setUserDisabled, setUserRole } from "../db/users";
import { createUserSchema, setRoleSchema, settingsSchema } from "../validation/users";
import { text, type FormState } from "./form-state";
import { allowAction } from "./guard";
import { FORBIDDEN_STATE, actionFailure, formToInput, read } from "./result";

const USERS_PATH = "/admin/users";
const SETTINGS_PATH = "/admin/settings";
const ACCOUNT_GONE = "This account no longer exists.";

/** A user id from a hidden input; anything odd is treated as a missing account. */
function userIdOf(form: FormData): string | null {
  const id = text(form, "userId") ?? "";
  return id && id.length <= 64 ? id : null;
}

export async function createUserAction(_prev: FormState, form: FormData): Promise<FormState> {
  const who = await allowAction(canManageUsers, USERS_PATH);
  if (!who) return FORBIDDEN_STATE;
  // The password is never echoed back.
  const parsed = formToInput(createUserSchema, form, { fields: { name: read.optional(), password: read.secret() } });
  if (!parsed.ok) return parsed.state;
  const { values } = parsed;
  try {
    const user = await createUser(parsed.data, who.audit);
    revalidatePath(USERS_PATH);
    // The role stays selected for the next account.
    return { status: "success", message: `Account ${user.email} (${user.role}) created.`, values: { role: user.role } };
  } catch (e) {
    // The one conflict is an email already taken.
    return actionFailure(e, { values, conflictField: "email", notFound: ACCOUNT_GONE });
  }
}

export async function setUserRoleAction(_prev: FormState, form: FormData): Promise<FormState> {
  const who = await allowAction(canManageUsers, USERS_PATH);
  if (!who) return FORBIDDEN_STATE;
  const userId = userIdOf(form);
  if (!userId) return { status: "error", message: ACCOUNT_GONE };
  const parsed = formToInput(setRoleSchema, form);
  if (!parsed.ok) return parsed.state;
  const { values } = parsed;
  // Only another admin may demote an admin, so the last admin cannot lock everyone out.
  if (userId === who.actor.id && parsed.data.role !== "admin") {
    const message = "You cannot change your own role. Ask another admin to do it.";
    return { status: "error", message, fieldErrors: { role: [message] }, values: { role: who.actor.role } };
  }
  try {
    const user = await setUserRole(userId, parsed.data.role, who.audit);
    revalidatePath(USERS_PATH);
    return { status: "success", message: `${user.email} is now ${user.role}.`, values: { role: user.role } };
  } catch (e) {
    return actionFailure(e, { values });
  }
}

export async function setUserDisabledAction(_prev: FormState, form: FormData): Promise<FormState> {
  const who = await allowAction(canManageUsers, USERS_PATH);
  if (!who) return FORBIDDEN_STATE;
  const userId = userIdOf(form);
  if (!userId) return { status: "error", message: ACCOUNT_GONE };
  const flag = text(form, "disabled");
  if (flag !== "true" && flag !== "false") return { status: "error", message: "Choose to disable or enable the account." };
  const disabled = flag === "true";
  if (userId === who.actor.id && disabled) {
    return { status: "error", message: "You cannot disable your own account. Ask another admin to do it." };
  }
  try {
    const user = await setUserDisabled(userId, disabled, who.audit);
    revalidatePath(USERS_PATH);
    return { status: "success", message: `${user.email} is ${user.disabledAt ? "disabled; its sessions and tokens stopped working" : "enabled again"}.` };
  } catch (e) {
    return actionFailure(e);
  }
}

export async function setReadAccessAction(_prev: FormState, form: FormData): Promise<FormState> {
  const who = await allowAction(canManageSettings, SETTINGS_PATH);
  if (!who) return FORBIDDEN_STATE;
  const parsed = formToInput(settingsSchema, form);
  if (!parsed.ok) return parsed.state;
  const { values } = parsed;
  try {
    await setReadAccess(parsed.data.readAccess, who.audit);
  } catch (e) {
    return actionFailure(e, { values });
  }
  // Every page's access depends on this setting.
  revalidatePath("/", "layout");
  const message =
    parsed.data.readAccess === "public"
      ? "Saved: anyone can read the dashboard; signing in is needed to write."
      : "Saved: the dashboard is private; everyone must sign in to read it.";
  return { status: "success", message, values };
}
