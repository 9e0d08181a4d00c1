"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { signInWithPassword, signOut } from "../auth/sign-in";
import { fieldErrorsOf } from "../validation/common";
import { signInSchema } from "../validation/users";
import { text, type FormState } from "./form-state";

/**
 * Where to go after signing in: only a same-site path. "//evil.example" and "/\evil.example"
 * are protocol-relative to a browser, so they (and anything with control characters) fall back to "/".
 */
function safeNextPath(raw: string | undefined): string {
  if (!raw || !raw.startsWith("/") || raw.startsWith("//") || raw.startsWith("/\\")) return "/";
  if (/[\u0000-\u001f\u007f\\]/.test(raw)) return "/";
  return raw;
}

/**
 * Signing in and out are the two writes anyone may make, so they do not go through
 * authorizeAction; signInWithPassword rate-limits and audits every attempt.
 */
export async function signInAction(_prev: FormState, form: FormData): Promise<FormState> {
  const email = text(form, "email") ?? "";
  // The password is never sent back to the form.
  const values = { email };
  const parsed = signInSchema.safeParse({ email, password: text(form, "password") ?? "" });
  if (!parsed.success) {
    return { status: "error", message: "Please fix the highlighted fields.", fieldErrors: fieldErrorsOf(parsed.error), values };
  }
  const outcome = await signInWithPassword(parsed.data.email, parsed.data.password, await headers());
  if (!outcome.ok) return { status: "error", message: outcome.message, values };
  redirect(safeNextPath(text(form, "next")));
}

export async function signOutAction(): Promise<void> {
  await signOut(await headers());
  redirect("/");
}
