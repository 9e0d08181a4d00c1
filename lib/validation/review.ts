import { z } from "zod";
import { LIMITS, STRICT, optionalText, requiredText } from "./common";

export const FIRST_REVIEW_YEAR = 2000;

export const createReviewSchema = z.strictObject(
  {
    year: z
      .number({ error: "Year must be a whole number" })
      .int("Year must be a whole number")
      .min(FIRST_REVIEW_YEAR, `Year must be ${FIRST_REVIEW_YEAR} or later`)
      .refine((y) => y <= new Date().getUTCFullYear(), "A review cannot be for a future year"),
    title: optionalText("Title", LIMITS.title).optional(),
    notes: optionalText("Notes", LIMITS.rationale).optional(),
  },
  STRICT,
);
export type CreateReviewInput = z.input<typeof createReviewSchema>;

/** Deliberate acts (reopening a review or a settled claim, retracting) need a reason. */
export const reasonSchema = z.strictObject({ reason: requiredText("Reason", LIMITS.rationale) }, STRICT);
export const reopenSchema = reasonSchema;
export type ReopenInput = z.input<typeof reopenSchema>;
