"use server";

import { revalidatePath } from "next/cache";
import { canManageOwnTokens } from "../auth/permissions";
import { createApiToken, revokeApiToken } from "../auth/tokens";
import { NotFoundError } from "../db/errors";
import { fieldErrorsOf } from "../validation/common";
import { createTokenSchema } from "../validation/users";
import { text, type FormState } from "./form-state";
import { FORBIDDEN_MESSAGE, allowAction } from "./guard";

const RETURN_TO = "/account";
const FORBIDDEN: FormState = { status: "error", message: FORBIDDEN_MESSAGE };

/** A token form's answer; `token` carries the new plain token, which is shown this once. */
export type CreateTokenState = FormState & { token?: string; tokenName?: string };

export async function createTokenAction(_prev: CreateTokenState, form: FormData): Promise<CreateTokenState> {
  const who = await allowAction(canManageOwnTokens, RETURN_TO);
  if (!who) return FORBIDDEN;
  const values = { name: text(form, "name") ?? "" };
  const parsed = createTokenSchema.safeParse(values);
  if (!parsed.success) {
    return { status: "error", message: "Please fix the highlighted fields.", fieldErrors: fieldErrorsOf(parsed.error), values };
  }
  try {
    const { token } = await createApiToken(who.actor.id, parsed.data.name, who.audit);
    revalidatePath(RETURN_TO);
    return { status: "success", message: `Token “${parsed.data.name}” created.`, token, tokenName: parsed.data.name };
  } catch (e) {
    console.error("Unhandled token action error", e);
    return { status: "error", message: "Something went wrong on our side; no token was created.", values };
  }
}

export async function revokeTokenAction(_prev: FormState, form: FormData): Promise<FormState> {
  const who = await allowAction(canManageOwnTokens, RETURN_TO);
  if (!who) return FORBIDDEN;
  const tokenId = text(form, "tokenId") ?? "";
  if (!tokenId || tokenId.length > 64) return { status: "error", message: "This token no longer exists." };
  try {
    // Scoped to the signed-in account: someone else's token id is simply "not found".
    await revokeApiToken(who.actor.id, tokenId, who.audit);
  } catch (e) {
    if (e instanceof NotFoundError) return { status: "error", message: "This token no longer exists." };
    console.error("Unhandled token action error", e);
    return { status: "error", message: "Something went wrong on our side; the token was not revoked." };
  }
  revalidatePath(RETURN_TO);
  return { status: "success", message: "Token revoked. It stopped working at once." };
}
