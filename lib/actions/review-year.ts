import { createReviewSchema } from "../validation/review";
import type { FormState } from "./form-state";

/**
 * A review page binds its year into the actions it renders, and a bound argument is whatever
 * the client sends back: it is checked like the year of a new review (a whole year from 2000,
 * not in the future), and a bad one is a clear message rather than a failed query.
 */
export function checkReviewYear(year: unknown): { ok: true; year: number } | { ok: false; state: FormState } {
  const parsed = createReviewSchema.shape.year.safeParse(year);
  if (parsed.success) return { ok: true, year: parsed.data };
  return { ok: false, state: { status: "error", message: `There is no review for that year: ${parsed.error.issues.map((i) => i.message).join("; ")}.` } };
}
