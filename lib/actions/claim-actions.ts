"use server";

import { revalidatePath } from "next/cache";
import { ConflictError, InvalidReferenceError, NotFoundError } from "../db/errors";
import { createEvidence, createVerdict } from "../db/writes";
import { fieldErrorsOf } from "../validation/common";
import { createEvidenceSchema } from "../validation/evidence";
import { canLogEvidence, canRecordVerdict, canRetract, canRunReview } from "../auth/permissions";
import { reopenClaim } from "../db/review-queue";
import { retractEvidence, retractVerdict } from "../db/retractions";
import { reasonSchema } from "../validation/review";
import { text, type FormState } from "./form-state";
import { parseVerdictForm } from "./verdict-form";
import { FORBIDDEN_STATE, allowAction } from "./guard";

function refresh(predictionId: string) {
  revalidatePath(`/predictions/${predictionId}`);
  revalidatePath("/predictions");
  revalidatePath("/");
}

function failure(e: unknown, values: FormState["values"]): FormState {
  if (e instanceof NotFoundError) return { status: "error", message: "This claim no longer exists.", values };
  if (e instanceof InvalidReferenceError) {
    return { status: "error", message: e.message, fieldErrors: { [e.field]: [e.message] }, values };
  }
  console.error("Unhandled action error", e);
  return { status: "error", message: "Something went wrong on our side; nothing was saved.", values };
}

export async function logEvidence(predictionId: string, _prev: FormState, form: FormData): Promise<FormState> {
  const who = await allowAction(canLogEvidence, `/predictions/${predictionId}`);
  if (!who) return FORBIDDEN_STATE;
  const values = {
    title: text(form, "title") ?? "",
    url: text(form, "url") ?? "",
    observedOn: text(form, "observedOn") ?? "",
    stance: text(form, "stance") ?? "",
    strength: text(form, "strength") ?? "",
    summary: text(form, "summary") ?? "",
    excerpt: text(form, "excerpt") ?? "",
    archiveUrl: text(form, "archiveUrl") ?? "",
  };
  const parsed = createEvidenceSchema.safeParse(values);
  if (!parsed.success) {
    return { status: "error", message: "Please fix the highlighted fields.", fieldErrors: fieldErrorsOf(parsed.error), values };
  }
  let createdId: string;
  try {
    createdId = (await createEvidence(predictionId, parsed.data, who.audit)).id;
  } catch (e) {
    return failure(e, values);
  }
  refresh(predictionId);
  return { status: "success", message: `Evidence “${parsed.data.title}” logged.`, createdId };
}

export async function recordVerdict(predictionId: string, _prev: FormState, form: FormData): Promise<FormState> {
  const who = await allowAction(canRecordVerdict, `/predictions/${predictionId}`);
  if (!who) return FORBIDDEN_STATE;
  const parsed = parseVerdictForm(form);
  if (!parsed.ok) return parsed.state;
  const { values } = parsed;
  let createdId: string;
  try {
    createdId = (await createVerdict(predictionId, parsed.data, who.audit)).id;
  } catch (e) {
    return failure(e, values);
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
  const values = { reason: text(form, "reason") ?? "" };
  const parsed = reasonSchema.safeParse(values);
  if (!parsed.success) {
    return { status: "error", message: "Please give a reason.", fieldErrors: fieldErrorsOf(parsed.error), values };
  }
  try {
    if (kind === "evidence") await retractEvidence(id, parsed.data.reason, who.audit);
    else await retractVerdict(id, parsed.data.reason, who.audit);
  } catch (e) {
    if (e instanceof ConflictError) return { status: "error", message: e.message, values };
    return failure(e, values);
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
  const values = { reason: text(form, "reason") ?? "" };
  const parsed = reasonSchema.safeParse(values);
  if (!parsed.success) {
    return { status: "error", message: "Please give a reason.", fieldErrors: fieldErrorsOf(parsed.error), values };
  }
  try {
    await reopenClaim(predictionId, parsed.data.reason, who.audit);
  } catch (e) {
    if (e instanceof ConflictError) return { status: "error", message: e.message, values };
    return failure(e, values);
  }
  refresh(predictionId);
  return { status: "success", message: "Claim reopened: the next review will grade it again." };
}
