import { z } from "zod";
import { STANCES, STRENGTHS } from "../domain";
import { LIMITS, STRICT, httpUrl, pastDay, requiredText } from "./common";

export const createEvidenceSchema = z.strictObject(
  {
    title: requiredText("Title", LIMITS.title),
    url: httpUrl("URL"),
    observedOn: pastDay("Date observed"),
    stance: z.enum(STANCES, { error: "Stance must be supports, contradicts or mixed" }),
    strength: z.enum(STRENGTHS, { error: "Strength must be weak, moderate or strong" }),
    summary: requiredText("Summary", LIMITS.summary),
  },
  STRICT,
);

export type CreateEvidenceInput = z.input<typeof createEvidenceSchema>;
export type CreateEvidence = z.output<typeof createEvidenceSchema>;
