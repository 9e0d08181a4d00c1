"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { CROSS_SITE_MESSAGE, isSameOriginRequest, safeNextPath } from "../auth/same-origin";
import { signInWithPassword, signOut } from "../auth/sign-in";
import { signInSchema } from "../validation/users";
import { text, type FormState } from "./form-state";
import { formToInput, read } from "./result";

/**
 * Signing in and out are the two writes anyone may make, so they do not go through
 * authorizeAction; they do pass the one origin policy (no login or logout CSRF), and
 * signInWithPassword rate-limits and audits every attempt.
 */
export async function signInAction(_prev: FormState, form: FormData): Promise<FormState> {
  const h = await headers();
  if (!isSameOriginRequest(h)) return { status: "error", message: CROSS_SITE_MESSAGE, values: { email: text(form, "email") ?? "" } };
  // The password is never sent back to the form.
  const parsed = formToInput(signInSchema, form, { fields: { password: read.secret() } });
  if (!parsed.ok) return parsed.state;
  const outcome = await signInWithPassword(parsed.data.email, parsed.data.password, h);
  if (!outcome.ok) return { status: "error", message: outcome.message, values: parsed.values };
  redirect(safeNextPath(text(form, "next"), h));
}

export async function signOutAction(): Promise<void> {
  const h = await headers();
  if (isSameOriginRequest(h)) await signOut(h);
  redirect("/");
}
