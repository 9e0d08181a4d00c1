"use server";

import { revalidatePath } from "next/cache";
import { canFollowClaims } from "../auth/permissions";
import { setFollowing } from "../db/follows";
import { text, type FormState } from "./form-state";
import { allowAction } from "./guard";
import { FORBIDDEN_STATE, actionFailure } from "./result";

/** Follows or unfollows a claim (bound to the claim page's id); `follow` is "true" or "false". */
export async function setFollowingAction(predictionId: string, _prev: FormState, form: FormData): Promise<FormState> {
  const who = await allowAction(canFollowClaims, `/predictions/${encodeURIComponent(String(predictionId))}`);
  if (!who) return FORBIDDEN_STATE;
  // A bound argument is whatever the client sends back.
  if (typeof predictionId !== "string" || !predictionId || predictionId.length > 64) return { status: "error", message: "This claim no longer exists." };
  const flag = text(form, "follow");
  if (flag !== "true" && flag !== "false") return { status: "error", message: "Choose to follow or unfollow the claim." };
  try {
    const { following } = await setFollowing(who.actor.id, predictionId, flag === "true");
    revalidatePath(`/predictions/${predictionId}`);
    return {
      status: "success",
      message: following ? "You follow this claim: its new evidence is in your weekly digest." : "You no longer follow this claim.",
    };
  } catch (e) {
    return actionFailure(e);
  }
}
