import { z } from "zod";
import { GRADES } from "../domain";
import { LIMITS, STRICT, requiredText } from "./common";

export const createVerdictSchema = z.strictObject(
  {
    grade: z.enum(GRADES, { error: `Grade must be one of: ${GRADES.join(", ")}` }),
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
  },
  STRICT,
);

export type CreateVerdictInput = z.input<typeof createVerdictSchema>;
export type CreateVerdict = z.output<typeof createVerdictSchema>;
