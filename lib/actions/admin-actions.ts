"use server";

import { revalidatePath } from "next/cache";
import { canManageSettings, canManageUsers } from "../auth/permissions";
import { ConflictError, NotFoundError } from "../db/errors";
import { setReadAccess } from "../db/settings";
import { createUser, setUserDisabled, setUserRole } from "../db/users";
import { fieldErrorsOf } from "../validation/common";
import { createUserSchema, setRoleSchema, settingsSchema } from "../validation/users";
import { text, type FormState } from "./form-state";
import { FORBIDDEN_MESSAGE, allowAction } from "./guard";

const USERS_PATH = "/admin/users";
const SETTINGS_PATH = "/admin/settings";
const FIX_FIELDS = "Please fix the highlighted fields.";
const FORBIDDEN: FormState = { status: "error", message: FORBIDDEN_MESSAGE };

function failure(e: unknown, values?: FormState["values"]): FormState {
  if (e instanceof NotFoundError) return { status: "error", message: "This account no longer exists.", values };
  if (e instanceof ConflictError) return { status: "error", message: e.message, values };
  console.error("Unhandled admin action error", e);
  return { status: "error", message: "Something went wrong on our side; nothing was saved.", values };
}

/** A user id from a hidden input; anything odd is treated as a missing account. */
function userIdOf(form: FormData): string | null {
  const id = text(form, "userId") ?? "";
  return id && id.length <= 64 ? id : null;
}

export async function createUserAction(_prev: FormState, form: FormData): Promise<FormState> {
  const who = await allowAction(canManageUsers, USERS_PATH);
  if (!who) return FORBIDDEN;
  const values = { email: text(form, "email") ?? "", name: text(form, "name") ?? "", role: text(form, "role") ?? "" };
  const parsed = createUserSchema.safeParse({
    ...values,
    name: values.name.trim() === "" ? undefined : values.name,
    password: text(form, "password") ?? "",
  });
  if (!parsed.success) return { status: "error", message: FIX_FIELDS, fieldErrors: fieldErrorsOf(parsed.error), values };
  try {
    const user = await createUser(parsed.data, who.audit);
    revalidatePath(USERS_PATH);
    // The password is never echoed back; the role stays selected for the next account.
    return { status: "success", message: `Account ${user.email} (${user.role}) created.`, values: { role: values.role } };
  } catch (e) {
    if (e instanceof ConflictError) {
      return { status: "error", message: FIX_FIELDS, fieldErrors: { email: [e.message] }, values };
    }
    return failure(e, values);
  }
}

export async function setUserRoleAction(_prev: FormState, form: FormData): Promise<FormState> {
  const who = await allowAction(canManageUsers, USERS_PATH);
  if (!who) return FORBIDDEN;
  const userId = userIdOf(form);
  if (!userId) return { status: "error", message: "This account no longer exists." };
  const values = { role: text(form, "role") ?? "" };
  const parsed = setRoleSchema.safeParse(values);
  if (!parsed.success) return { status: "error", message: FIX_FIELDS, fieldErrors: fieldErrorsOf(parsed.error), values };
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
    return failure(e, values);
  }
}

export async function setUserDisabledAction(_prev: FormState, form: FormData): Promise<FormState> {
  const who = await allowAction(canManageUsers, USERS_PATH);
  if (!who) return FORBIDDEN;
  const userId = userIdOf(form);
  if (!userId) return { status: "error", message: "This account no longer exists." };
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
    return failure(e);
  }
}

export async function setReadAccessAction(_prev: FormState, form: FormData): Promise<FormState> {
  const who = await allowAction(canManageSettings, SETTINGS_PATH);
  if (!who) return FORBIDDEN;
  const values = { readAccess: text(form, "readAccess") ?? "" };
  const parsed = settingsSchema.safeParse(values);
  if (!parsed.success) return { status: "error", message: FIX_FIELDS, fieldErrors: fieldErrorsOf(parsed.error), values };
  try {
    await setReadAccess(parsed.data.readAccess, who.audit);
  } catch (e) {
    return failure(e, values);
  }
  // Every page's access depends on this setting.
  revalidatePath("/", "layout");
  const message =
    parsed.data.readAccess === "public"
      ? "Saved: anyone can read the dashboard; signing in is needed to write."
      : "Saved: the dashboard is private; everyone must sign in to read it.";
  return { status: "success", message, values };
}
