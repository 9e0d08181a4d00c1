"use server";

import { revalidatePath } from "next/cache";
import { canManageOwnTokens } from "../auth/permissions";
import { createApiToken, revokeApiToken } from "../auth/tokens";
import { createTokenSchema } from "../validation/users";
import { text, type FormState } from "./form-state";
import { allowAction } from "./guard";
import { FORBIDDEN_STATE, actionFailure, formToInput } from "./result";

const RETURN_TO = "/account";
const TOKEN_GONE = "This token no longer exists.";

/** A token form's answer; `token` carries the new plain token, which is shown this once. */
export type CreateTokenState = FormState & { token?: string; tokenName?: string };

export async function createTokenAction(_prev: CreateTokenState, form: FormData): Promise<CreateTokenState> {
  const who = await allowAction(canManageOwnTokens, RETURN_TO);
  if (!who) return FORBIDDEN_STATE;
  const parsed = formToInput(createTokenSchema, form);
  if (!parsed.ok) return parsed.state;
  try {
    const { token } = await createApiToken(who.actor.id, parsed.data.name, who.audit);
    revalidatePath(RETURN_TO);
    return { status: "success", message: `Token “${parsed.data.name}” created.`, token, tokenName: parsed.data.name };
  } catch (e) {
    return actionFailure(e, { values: parsed.values, unexpected: "Something went wrong on our side; no token was created." });
  }
}

export async function revokeTokenAction(_prev: FormState, form: FormData): Promise<FormState> {
  const who = await allowAction(canManageOwnTokens, RETURN_TO);
  if (!who) return FORBIDDEN_STATE;
  const tokenId = text(form, "tokenId") ?? "";
  if (!tokenId || tokenId.length > 64) return { status: "error", message: TOKEN_GONE };
  try {
    // Scoped to the signed-in account: someone else's token id is simply "not found".
    await revokeApiToken(who.actor.id, tokenId, who.audit);
  } catch (e) {
    return actionFailure(e, { notFound: TOKEN_GONE, unexpected: "Something went wrong on our side; the token was not revoked." });
  }
  revalidatePath(RETURN_TO);
  return { status: "success", message: "Token revoked. It stopped working at once." };
}
