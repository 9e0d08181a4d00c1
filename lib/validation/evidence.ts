import { z } from "zod";
import { STANCES, STRENGTHS } from "../domain";
import { LIMITS, STRICT, httpUrl, optionalText, pastDay, requiredText } from "./common";

/** An optional field: absent, null or blank all mean "none" (forms send blanks). */
const blankToNull = (v: unknown) => (v === undefined || v === null || (typeof v === "string" && v.trim() === "") ? null : v);

export const createEvidenceSchema = z.strictObject(
  {
    title: requiredText("Title", LIMITS.title),
    url: httpUrl("URL"),
    observedOn: pastDay("Date observed"),
    stance: z.enum(STANCES, { error: "Stance must be supports, contradicts or mixed" }),
    strength: z.enum(STRENGTHS, { error: "Strength must be weak, moderate or strong" }),
    summary: requiredText("Summary", LIMITS.summary),
    /** The exact words from the source, so the item outlives its link. */
    excerpt: z.preprocess(blankToNull, optionalText("Excerpt", LIMITS.excerpt).nullable()).optional().transform((v) => v ?? null),
    /** A snapshot of the page (the Wayback Machine's or similar). */
    archiveUrl: z.preprocess(blankToNull, httpUrl("Archive URL").nullable()).optional().transform((v) => v ?? null),
  },
  STRICT,
);

export type CreateEvidenceInput = z.input<typeof createEvidenceSchema>;
export type CreateEvidence = z.output<typeof createEvidenceSchema>;
