import { z } from "zod";
import { LIMITS, STRICT, optionalText, pastDay, requiredText } from "./common";
import { createSourceSchema, horizonSchema, tagList } from "./curation";
import { QUOTE_MAX } from "./limits";

/**
 * The longest text the finder reads, in characters. The API's JSON body is capped at 64 kB
 * (lib/api/respond.ts), and 60,000 characters of ordinary prose fit in it with room for
 * JSON escapes; the page's action takes the same limit so both behave alike.
 */
export const FINDER_TEXT_MAX = 60_000;
/** The most claims one save may create. */
export const FINDER_CLAIMS_MAX = 200;
export const FINDER_FORMATS = ["markdown", "html", "text"] as const;

const finderText = (label: string) =>
  z
    .string({ error: `${label} is required` })
    .refine((v) => v.trim().length > 0, `${label} is required`)
    .refine((v) => v.length <= FINDER_TEXT_MAX, `${label} must be at most ${FINDER_TEXT_MAX.toLocaleString("en")} characters`)
    .refine((v) => v.isWellFormed(), `${label} contains characters that are not valid text`);

/** POST /api/finder and the finder page: the text to read and when it was published. */
export const finderInputSchema = z.strictObject(
  {
    text: finderText("Text"),
    publishedOn: pastDay("Date published"),
    /** Markdown unless given; HTML is recognised by its tags. */
    format: z.enum(FINDER_FORMATS, { error: `Format must be one of: ${FINDER_FORMATS.join(", ")}` }).optional(),
  },
  STRICT,
);
export type FinderInput = z.input<typeof finderInputSchema>;

const offset = (label: string) =>
  z.number({ error: `${label} must be a number` }).int(`${label} must be a whole number`).min(0, `${label} cannot be negative`);

const credence = z
  .number({ error: "Credence must be a number between 0 and 1" })
  .min(0, "Credence must be between 0 and 1")
  .max(1, "Credence must be between 0 and 1");

export const foundClaimSchema = z.strictObject(
  {
    start: offset("Quote start"),
    end: offset("Quote end"),
    quote: requiredText("Quote", QUOTE_MAX),
    section: optionalText("Section", LIMITS.title).default(""),
    statement: requiredText("Statement", LIMITS.summary),
    criteria: requiredText("Resolution criteria", LIMITS.rationale),
    horizon: horizonSchema,
    horizonPhrase: optionalText("Horizon wording", LIMITS.title).optional(),
    tags: tagList.optional().transform((t) => t ?? []),
    /** Index of an earlier claim in the list that this one is a sub-claim of. */
    parent: z.number({ error: "Parent must be the index of an earlier claim" }).int().min(0).optional(),
    /** Overrides the credence implied by the quote's hedge words; needs a reason. */
    credenceOverride: z.strictObject({ credence, reason: requiredText("Reason", LIMITS.rationale) }, STRICT).optional(),
  },
  STRICT,
);

/**
 * Saving from the finder page: the source, the plain text the offsets refer to, and the
 * accepted claims. Each quote must be exactly the text between its offsets.
 */
export const saveFoundClaimsSchema = z
  .strictObject(
    {
      source: createSourceSchema,
      text: finderText("Text"),
      /** false keeps only the text's SHA-256 and length (when its licence forbids storing it). */
      keepText: z.boolean({ error: "keepText must be true or false" }),
      claims: z
        .array(foundClaimSchema, { error: "Claims must be a list" })
        .min(1, "Accept at least one claim before saving")
        .max(FINDER_CLAIMS_MAX, `At most ${FINDER_CLAIMS_MAX} claims in one save`),
    },
    STRICT,
  )
  .superRefine((v, ctx) => {
    v.claims.forEach((c, i) => {
      if (c.end <= c.start || v.text.slice(c.start, c.end) !== c.quote) {
        ctx.addIssue({ code: "custom", path: ["claims", i, "quote"], message: `Claim ${i + 1}: the quote must be exactly the text between its offsets` });
      }
      if (c.parent !== undefined && c.parent >= i) {
        ctx.addIssue({ code: "custom", path: ["claims", i, "parent"], message: `Claim ${i + 1}: its parent must come before it in the list` });
      }
      if (c.parent !== undefined && v.claims[c.parent]?.parent !== undefined) {
        ctx.addIssue({ code: "custom", path: ["claims", i, "parent"], message: `Claim ${i + 1}: a sub-claim cannot have sub-claims of its own here` });
      }
    });
  });
export type SaveFoundClaimsInput = z.input<typeof saveFoundClaimsSchema>;
export type SaveFoundClaims = z.output<typeof saveFoundClaimsSchema>;
