"use server";

import { revalidatePath } from "next/cache";
import { canReceiveDigest } from "../auth/permissions";
import { setDigestOptIn } from "../db/digest";
import { isMailConfigured } from "../mail/mailer";
import { digestOptInSchema } from "../validation/webhooks";
import type { FormState } from "./form-state";
import { allowAction } from "./guard";
import { FORBIDDEN_STATE, actionFailure, formToInput } from "./result";

const RETURN_TO = "/account";

/** The weekly digest on or off (a checkbox: ticked is on). */
export async function setDigestOptInAction(_prev: FormState, form: FormData): Promise<FormState> {
  const who = await allowAction(canReceiveDigest, RETURN_TO);
  if (!who) return FORBIDDEN_STATE;
  const parsed = formToInput(digestOptInSchema, form);
  if (!parsed.ok) return parsed.state;
  try {
    await setDigestOptIn(who.actor.id, parsed.data.digestOptIn);
  } catch (e) {
    return actionFailure(e);
  }
  revalidatePath(RETURN_TO);
  const off = isMailConfigured() ? "" : " Email is not configured on this server yet, so nothing is sent until it is.";
  return {
    status: "success",
    message: (parsed.data.digestOptIn ? "Saved: you will get the weekly digest by email." : "Saved: no weekly digest.") + off,
  };
}
