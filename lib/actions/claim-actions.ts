"use server";

import { revalidatePath } from "next/cache";
import { InvalidReferenceError, NotFoundError } from "../db/errors";
import { createEvidence, createVerdict } from "../db/writes";
import { fieldErrorsOf } from "../validation/common";
import { createEvidenceSchema } from "../validation/evidence";
import { createVerdictSchema } from "../validation/verdict";
import { text, type FormState } from "./form-state";

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
  const values = {
    title: text(form, "title") ?? "",
    url: text(form, "url") ?? "",
    observedOn: text(form, "observedOn") ?? "",
    stance: text(form, "stance") ?? "",
    strength: text(form, "strength") ?? "",
    summary: text(form, "summary") ?? "",
    loggedBy: text(form, "loggedBy") ?? "",
  };
  const parsed = createEvidenceSchema.safeParse(values);
  if (!parsed.success) {
    return { status: "error", message: "Please fix the highlighted fields.", fieldErrors: fieldErrorsOf(parsed.error), values };
  }
  try {
    await createEvidence(predictionId, parsed.data);
  } catch (e) {
    return failure(e, values);
  }
  refresh(predictionId);
  return { status: "success", message: `Evidence “${parsed.data.title}” logged.`, values: { loggedBy: values.loggedBy } };
}

export async function recordVerdict(predictionId: string, _prev: FormState, form: FormData): Promise<FormState> {
  const credenceText = (text(form, "credence") ?? "").trim();
  const evidenceIds = form.getAll("evidenceIds").filter((v): v is string => typeof v === "string");
  const values = {
    grade: text(form, "grade") ?? "",
    credence: credenceText,
    rationale: text(form, "rationale") ?? "",
    evidenceIds,
    madeBy: text(form, "madeBy") ?? "",
  };
  const parsed = createVerdictSchema.safeParse({
    ...values,
    // The form sends text; the shared schema takes a number (or nothing) like the API does.
    credence: credenceText === "" ? null : Number(credenceText),
  });
  if (!parsed.success) {
    return { status: "error", message: "Please fix the highlighted fields.", fieldErrors: fieldErrorsOf(parsed.error), values };
  }
  try {
    await createVerdict(predictionId, parsed.data);
  } catch (e) {
    return failure(e, values);
  }
  refresh(predictionId);
  return { status: "success", message: "Verdict recorded.", values: { madeBy: values.madeBy } };
}
