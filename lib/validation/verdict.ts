import { z } from "zod";
import { GRADES } from "../domain";
import { LIMITS, STRICT, isIsoDay, requiredText, todayIso } from "./common";

const RESOLVING_GRADES: readonly string[] = ["confirmed", "partly", "refuted"];

export const createVerdictSchema = z.strictObject(
  {
    grade: z.enum(GRADES, { error: `Grade must be one of: ${GRADES.join(", ")}` }),
    /**
     * A probability from 0 to 1, as a JSON number: API bodies are typed. The forms take a
     * percentage as typed ("85", "85%", "0.85") and turn it into this number with
     * parseCredence (lib/credence.ts) before the schema sees it.
     */
    credence: z
      .number({ error: "Credence must be a number between 0 and 1" })
      .min(0, "Credence must be between 0 and 1")
      .max(1, "Credence must be between 0 and 1")
      .nullish()
      .transform((v) => v ?? null),
    rationale: requiredText("Rationale", LIMITS.rationale),
    evidenceIds: z
      .array(z.string({ error: "Evidence ids must be text" }).min(1).max(64), {
        error: "evidenceIds must be a list of evidence ids",
      })
      .max(LIMITS.citations, `Cite at most ${LIMITS.citations} evidence items`)
      .optional()
      .transform((ids) => [...new Set(ids ?? [])]),
    /**
     * For a resolving grade: the day the outcome became known, when it is earlier than the
     * verdict's own date (today). Blank means today. Credences entered on or after it are not
     * forecasts.
     */
    resolvedOn: z
      .preprocess(
        (v) => (v === undefined || v === null || (typeof v === "string" && v.trim() === "") ? null : typeof v === "string" ? v.trim() : v),
        z
          .string({ error: "Resolved on must be a date written YYYY-MM-DD" })
          .refine(isIsoDay, "Resolved on must be a real date written YYYY-MM-DD")
          .refine((v) => !isIsoDay(v) || v <= todayIso(), "Resolved on cannot be in the future")
          .nullable(),
      )
      .optional()
      .transform((v) => v ?? null),
  },
  STRICT,
).superRefine((v, ctx) => {
  if (v.resolvedOn !== null && !RESOLVING_GRADES.includes(v.grade)) {
    ctx.addIssue({
      code: "custom",
      path: ["resolvedOn"],
      message: "Resolved on applies only to a resolving grade (confirmed, partly or refuted)",
    });
  }
});

export type CreateVerdictInput = z.input<typeof createVerdictSchema>;
export type CreateVerdict = z.output<typeof createVerdictSchema>;
