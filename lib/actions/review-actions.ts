"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { canRunReview } from "../auth/permissions";
import { completeReview, findNextToGrade, openReview, recordReviewVerdict, reopenReview } from "../db/reviews";
import { createReviewSchema, reopenSchema } from "../validation/review";
import type { FormState } from "./form-state";
import { parseVerdictForm } from "./verdict-form";
import { allowAction } from "./guard";
import { FORBIDDEN_STATE, actionFailure, formToInput } from "./result";
import { checkReviewYear } from "./review-year";

function refresh(year: number, predictionId?: string) {
  revalidatePath("/reviews");
  revalidatePath(`/reviews/${year}`);
  revalidatePath("/");
  revalidatePath("/predictions");
  if (predictionId) revalidatePath(`/predictions/${predictionId}`);
}

/** Opens the review for the current UTC year, then goes to its guided review. */
export async function startReviewAction(_prev: FormState, _form: FormData): Promise<FormState> {
  const who = await allowAction(canRunReview, "/reviews");
  if (!who) return FORBIDDEN_STATE;
  const parsed = createReviewSchema.safeParse({ year: new Date().getUTCFullYear() });
  // The form has no fields: the year is this one, so its messages go above the button.
  if (!parsed.success) return { status: "error", message: parsed.error.issues.map((i) => i.message).join(" ") };
  const { year } = parsed.data;
  try {
    await openReview(parsed.data, who.audit);
  } catch (e) {
    return actionFailure(e);
  }
  refresh(year);
  redirect(`/reviews/${year}`);
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
  const checked = checkReviewYear(year);
  if (!checked.ok) return checked.state;
  const parsed = parseVerdictForm(form);
  if (!parsed.ok) return parsed.state;
  let nextId: string | undefined;
  try {
    await recordReviewVerdict(year, predictionId, parsed.data, who.audit);
    nextId = (await findNextToGrade(year, predictionId)) ?? undefined;
  } catch (e) {
    return actionFailure(e, { values: parsed.values });
  }
  refresh(year, predictionId);
  const params = new URLSearchParams(nextId ? { claim: nextId, recorded: predictionId } : { recorded: predictionId });
  redirect(`/reviews/${year}?${params}`);
}

/** Freezes the review's snapshot and shows the completed review. */
export async function completeReviewAction(year: number, _prev: FormState, _form: FormData): Promise<FormState> {
  const who = await allowAction(canRunReview, `/reviews/${year}`);
  if (!who) return FORBIDDEN_STATE;
  const checked = checkReviewYear(year);
  if (!checked.ok) return checked.state;
  try {
    await completeReview(year, who.audit);
  } catch (e) {
    return actionFailure(e);
  }
  refresh(year);
  redirect(`/reviews/${year}`);
}

/** Reopening a completed review is deliberate: it needs a reason, and it is recorded. */
export async function reopenReviewAction(year: number, _prev: FormState, form: FormData): Promise<FormState> {
  const who = await allowAction(canRunReview, `/reviews/${year}`);
  if (!who) return FORBIDDEN_STATE;
  const checked = checkReviewYear(year);
  if (!checked.ok) return checked.state;
  const parsed = formToInput(reopenSchema, form);
  if (!parsed.ok) return parsed.state;
  try {
    await reopenReview(year, parsed.data.reason, who.audit);
  } catch (e) {
    return actionFailure(e, { values: parsed.values });
  }
  refresh(year);
  redirect(`/reviews/${year}`);
}
