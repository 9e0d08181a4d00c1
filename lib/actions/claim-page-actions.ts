"use server";

// The claim page's forms: the same writes as claim-actions.ts, then a redirect to the claim's
// newest items with `?added=<id>`, so the page highlights, scrolls to and announces what was
// just saved (with or without JavaScript: the redirect is a plain 303 for a no-JS post).
import { redirect } from "next/navigation";
import { canLogEvidence, canRecordVerdict } from "../auth/permissions";
import { logEvidence, recordVerdict } from "./claim-actions";
import type { FormState } from "./form-state";
import { allowAction } from "./guard";
import { FORBIDDEN_STATE } from "./result";
import { claimAddedHref } from "../claim-added";

export async function logEvidenceOnClaimPage(predictionId: string, prev: FormState, form: FormData): Promise<FormState> {
  const who = await allowAction(canLogEvidence, `/predictions/${predictionId}`);
  if (!who) return FORBIDDEN_STATE;
  const state = await logEvidence(predictionId, prev, form);
  if (state.status === "success" && state.createdId) redirect(claimAddedHref(predictionId, "evidence", state.createdId));
  return state;
}

export async function recordVerdictOnClaimPage(predictionId: string, prev: FormState, form: FormData): Promise<FormState> {
  const who = await allowAction(canRecordVerdict, `/predictions/${predictionId}`);
  if (!who) return FORBIDDEN_STATE;
  const state = await recordVerdict(predictionId, prev, form);
  if (state.status === "success" && state.createdId) redirect(claimAddedHref(predictionId, "verdict", state.createdId));
  return state;
}
