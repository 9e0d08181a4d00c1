"use server";

import { revalidatePath } from "next/cache";
import { createEvidence, retractEvidence } from "../db/evidence";
import { createVerdict, retractVerdict } from "../db/verdicts";
import { createEvidenceSchema } from "../validation/evidence";
import { canLogEvidence, canRecordVerdict, canRetract, canRunReview } from "../auth/permissions";
import { reopenClaim } from "../db/claims";
import { reasonSchema } from "../validation/review";
import type { FormState } from "./form-state";
import { parseVerdictForm } from "./verdict-form";
import { allowAction } from "./guard";
import { FORBIDDEN_STATE, actionFailure, formToInput } from "./result";

/** A form whose only field is the reason says so, rather than "the highlighted fields". */
const GIVE_A_REASON = { message: "Please give a reason." };

function refresh(predictionId: string) {
  revalidatePath(`/predictions/${predictionId}`);
  revalidatePath("/predictions");
  revalidatePath("/");
}

export async function logEvidence(predictionId: string, _prev: FormState, form: FormData): Promise<FormState> {
  const who = await allowAction(canLogEvidence, `/predictions/${predictionId}`);
  if (!who) return FORBIDDEN_STATE;
  const parsed = formToInput(createEvidenceSchema, form);
  if (!parsed.ok) return parsed.state;
  let createdId: string;
  try {
    createdId = (await createEvidence(predictionId, parsed.data, who.audit)).id;
  } catch (e) {
    return actionFailure(e, { values: parsed.values });
  }
  refresh(predictionId);
  return { status: "success", message: `Evidence “${parsed.data.title}” logged.`, createdId };
}

export async function recordVerdict(predictionId: string, _prev: FormState, form: FormData): Promise<FormState> {
  const who = await allowAction(canRecordVerdict, `/predictions/${predictionId}`);
  if (!who) return FORBIDDEN_STATE;
  const parsed = parseVerdictForm(form);
  if (!parsed.ok) return parsed.state;
  let createdId: string;
  try {
    createdId = (await createVerdict(predictionId, parsed.data, who.audit)).id;
  } catch (e) {
    return actionFailure(e, { values: parsed.values });
  }
  refresh(predictionId);
  return { status: "success", message: "Verdict recorded.", createdId };
}

async function retract(
  kind: "evidence" | "verdict",
  predictionId: string,
  id: string,
  form: FormData,
): Promise<FormState> {
  const who = await allowAction(canRetract, `/predictions/${predictionId}`);
  if (!who) return FORBIDDEN_STATE;
  const parsed = formToInput(reasonSchema, form, GIVE_A_REASON);
  if (!parsed.ok) return parsed.state;
  try {
    // Only an item of the claim in the URL: another claim's item is "not found" here.
    const scope = { predictionId };
    if (kind === "evidence") await retractEvidence(id, parsed.data.reason, who.audit, scope);
    else await retractVerdict(id, parsed.data.reason, who.audit, scope);
  } catch (e) {
    return actionFailure(e, { values: parsed.values });
  }
  refresh(predictionId);
  return { status: "success", message: `The ${kind} is retracted; it stays in the history, marked.` };
}

export async function retractEvidenceAction(predictionId: string, evidenceId: string, _prev: FormState, form: FormData) {
  return retract("evidence", predictionId, evidenceId, form);
}

export async function retractVerdictAction(predictionId: string, verdictId: string, _prev: FormState, form: FormData) {
  return retract("verdict", predictionId, verdictId, form);
}

/** Reopens a claim with a final verdict, with a reason, so the next review grades it again. */
export async function reopenClaimAction(predictionId: string, _prev: FormState, form: FormData): Promise<FormState> {
  const who = await allowAction(canRunReview, `/predictions/${predictionId}`);
  if (!who) return FORBIDDEN_STATE;
  const parsed = formToInput(reasonSchema, form, GIVE_A_REASON);
  if (!parsed.ok) return parsed.state;
  try {
    await reopenClaim(predictionId, parsed.data.reason, who.audit);
  } catch (e) {
    return actionFailure(e, { values: parsed.values });
  }
  refresh(predictionId);
  return { status: "success", message: "Claim reopened: the next review will grade it again." };
}
