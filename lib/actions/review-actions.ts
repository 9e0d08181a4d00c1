"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { canRunReview } from "../auth/permissions";
import { ConflictError, InvalidReferenceError, NotFoundError } from "../db/errors";
import { findNextToGrade } from "../db/review-queue";
import { completeReview, openReview, recordReviewVerdict, reopenReview } from "../db/reviews";
import { fieldErrorsOf } from "../validation/common";
import { createReviewSchema, reopenSchema } from "../validation/review";
import { text, type FormState } from "./form-state";
import { parseVerdictForm } from "./verdict-form";
import { FORBIDDEN_STATE, allowAction } from "./guard";

function refresh(year: number, predictionId?: string) {
  revalidatePath("/reviews");
  revalidatePath(`/reviews/${year}`);
  revalidatePath("/");
  revalidatePath("/predictions");
  if (predictionId) revalidatePath(`/predictions/${predictionId}`);
}

function failure(e: unknown, values: FormState["values"]): FormState {
  if (e instanceof ConflictError) return { status: "error", message: e.message, values };
  if (e instanceof NotFoundError) {
    const message = e.entity === "Review" ? "This review no longer exists." : "This claim no longer exists.";
    return { status: "error", message, values };
  }
  if (e instanceof InvalidReferenceError) {
    return { status: "error", message: e.message, fieldErrors: { [e.field]: [e.message] }, values };
  }
  console.error("Unhandled review action error", e);
  return { status: "error", message: "Something went wrong on our side; nothing was saved.", values };
}

/** Opens the review for the current UTC year, then goes to its guided review. */
export async function startReviewAction(_prev: FormState, _form: FormData): Promise<FormState> {
  const who = await allowAction(canRunReview, "/reviews");
  if (!who) return FORBIDDEN_STATE;
  const parsed = createReviewSchema.safeParse({ year: new Date().getUTCFullYear() });
  if (!parsed.success) {
    return { status: "error", message: Object.values(fieldErrorsOf(parsed.error)).flat().join(" ") };
  }
  try {
    await openReview(parsed.data, who.audit);
  } catch (e) {
    return failure(e, {});
  }
  refresh(parsed.data.year);
  redirect(`/reviews/${parsed.data.year}`);
}

/**
 * Records this review's verdict for one claim, parsed exactly like `recordVerdict`, then moves
 * on to the next claim not yet graded in this review (after this one, wrapping around).
 */
export async function recordReviewVerdictAction(
  year: number,
  predictionId: string,
  _prev: FormState,
  form: FormData,
): Promise<FormState> {
  const who = await allowAction(canRunReview, `/reviews/${year}?claim=${encodeURIComponent(predictionId)}`);
  if (!who) return FORBIDDEN_STATE;
  const parsed = parseVerdictForm(form);
  if (!parsed.ok) return parsed.state;
  const { values } = parsed;
  let nextId: string | undefined;
  try {
    await recordReviewVerdict(year, predictionId, parsed.data, who.audit);
    nextId = (await findNextToGrade(year, predictionId)) ?? undefined;
  } catch (e) {
    return failure(e, values);
  }
  refresh(year, predictionId);
  const params = new URLSearchParams(nextId ? { claim: nextId, recorded: predictionId } : { recorded: predictionId });
  redirect(`/reviews/${year}?${params}`);
}

/** Freezes the review's snapshot and shows the completed review. */
export async function completeReviewAction(year: number, _prev: FormState, _form: FormData): Promise<FormState> {
  const who = await allowAction(canRunReview, `/reviews/${year}`);
  if (!who) return FORBIDDEN_STATE;
  try {
    await completeReview(year, who.audit);
  } catch (e) {
    return failure(e, {});
  }
  refresh(year);
  redirect(`/reviews/${year}`);
}

/** Reopening a completed review is deliberate: it needs a reason, and it is recorded. */
export async function reopenReviewAction(year: number, _prev: FormState, form: FormData): Promise<FormState> {
  const who = await allowAction(canRunReview, `/reviews/${year}`);
  if (!who) return FORBIDDEN_STATE;
  const values = { reason: text(form, "reason") ?? "" };
  const parsed = reopenSchema.safeParse(values);
  if (!parsed.success) {
    return { status: "error", message: "Please fix the highlighted fields.", fieldErrors: fieldErrorsOf(parsed.error), values };
  }
  try {
    await reopenReview(year, parsed.data.reason, who.audit);
  } catch (e) {
    return failure(e, values);
  }
  refresh(year);
  redirect(`/reviews/${year}`);
}
