import { z } from "zod";
import { SOURCE_KINDS } from "../domain";
import { LIMITS, STRICT, httpUrl, optionalText, pastDay, requiredText } from "./common";
import { QUOTE_MAX, TAG_MAX } from "./limits";

export { QUOTE_MAX, TAG_MAX };
export const TAGS_MAX = 20;
const YEAR_MIN = 1900;
const YEAR_MAX = 2200;

const year = (label: string) =>
  z
    .number({ error: `${label} must be a year` })
    .int(`${label} must be a whole year`)
    .min(YEAR_MIN, `${label} must be ${YEAR_MIN} or later`)
    .max(YEAR_MAX, `${label} must be ${YEAR_MAX} or earlier`);

export const horizonSchema = z
  .object(
    { from: year("Horizon start"), to: year("Horizon end") },
    { error: "Horizon must be { from, to } in years" },
  )
  .refine((h) => h.to >= h.from, { message: "Horizon must end in or after the year it starts", path: ["to"] });

export const tagName = z
  .string({ error: "Tag must be text" })
  .trim()
  .toLowerCase()
  .min(1, "Tag cannot be empty")
  .max(TAG_MAX, `Tag must be at most ${TAG_MAX} characters`)
  .regex(/^[\p{L}\p{N}][\p{L}\p{N} ._-]*$/u, "Tag may hold letters, digits, spaces, dots, dashes and underscores");

export const tagList = z
  .array(tagName, { error: "Tags must be a list of names" })
  .max(TAGS_MAX, `At most ${TAGS_MAX} tags`)
  .transform((tags) => [...new Set(tags)]);

const credence = z
  .number({ error: "Credence must be a number between 0 and 1" })
  .min(0, "Credence must be between 0 and 1")
  .max(1, "Credence must be between 0 and 1");

const reason = requiredText("Reason", LIMITS.rationale);

export const createSourceSchema = z.strictObject(
  {
    title: requiredText("Title", LIMITS.title),
    author: requiredText("Author", LIMITS.name * 2),
    url: httpUrl("URL"),
    publishedOn: pastDay("Date published"),
    kind: z.enum(SOURCE_KINDS, { error: `Kind must be one of: ${SOURCE_KINDS.join(", ")}` }),
  },
  STRICT,
);
export type CreateSourceInput = z.input<typeof createSourceSchema>;
export type CreateSource = z.output<typeof createSourceSchema>;

/**
 * PATCH /api/sources/{id}, the edit form and its action: any of the source's details, with a
 * required reason. Only the fields that differ are recorded.
 */
export const updateSourceSchema = createSourceSchema
  .partial()
  .extend({ reason })
  .refine((v) => v.title !== undefined || v.author !== undefined || v.url !== undefined || v.publishedOn !== undefined || v.kind !== undefined, {
    message: "Change at least one of title, author, url, publishedOn or kind",
    path: ["_"],
  });
export type UpdateSourceInput = z.input<typeof updateSourceSchema>;
export type UpdateSource = z.output<typeof updateSourceSchema>;

export const createPredictionSchema = z.strictObject(
  {
    sourceId: requiredText("Source", 64),
    quote: requiredText("Quote", QUOTE_MAX),
    section: optionalText("Section", LIMITS.title).default(""),
    statement: requiredText("Statement", LIMITS.summary),
    criteria: requiredText("Resolution criteria", LIMITS.rationale),
    horizon: horizonSchema,
    /** The source's wording the horizon was read from, if any. */
    horizonPhrase: optionalText("Horizon wording", LIMITS.title).optional(),
    /** Defaults to the source's publication date. */
    madeOn: pastDay("Date made").optional(),
    tags: tagList.optional().transform((t) => t ?? []),
    parentId: z.string({ error: "Parent must be a claim id" }).trim().min(1).max(64).optional(),
    /** Overrides the credence implied by the quote's hedge words; needs a reason. */
    credenceOverride: z.strictObject({ credence, reason }, STRICT).optional(),
  },
  STRICT,
);
export type CreatePredictionInput = z.input<typeof createPredictionSchema>;
export type CreatePrediction = z.output<typeof createPredictionSchema>;

export const QUOTE_IS_FROZEN =
  "The quote cannot be edited; it changes only through a recorded quote correction (POST /api/predictions/{id}/quote-correction)";

/** PATCH /api/predictions/{id}: any of statement, criteria, horizon, tags, with a required reason. */
export const updatePredictionSchema = z
  .strictObject(
    {
      statement: requiredText("Statement", LIMITS.summary).optional(),
      criteria: requiredText("Resolution criteria", LIMITS.rationale).optional(),
      horizon: horizonSchema.optional(),
      tags: tagList.optional(),
      reason,
      quote: z.never({ error: QUOTE_IS_FROZEN }).optional(),
    },
    STRICT,
  )
  .refine((v) => v.statement !== undefined || v.criteria !== undefined || v.horizon !== undefined || v.tags !== undefined, {
    message: "Change at least one of statement, criteria, horizon or tags",
    path: ["_"],
  });
export type UpdatePredictionInput = z.input<typeof updatePredictionSchema>;
export type UpdatePrediction = z.output<typeof updatePredictionSchema>;

export const quoteCorrectionSchema = z.strictObject(
  { quote: requiredText("Quote", QUOTE_MAX), reason },
  STRICT,
);
export type QuoteCorrectionInput = z.input<typeof quoteCorrectionSchema>;

export const credenceOverrideSchema = z.strictObject({ credence, reason }, STRICT);
export type CredenceOverrideInput = z.input<typeof credenceOverrideSchema>;

/** Attach a claim to a parent (sub-claim) or detach it (parentId null). */
export const setParentSchema = z.strictObject(
  {
    parentId: z.string({ error: "Parent must be a claim id or null" }).trim().min(1).max(64).nullable(),
    reason,
  },
  STRICT,
);
export type SetParentInput = z.input<typeof setParentSchema>;

export const createTagSchema = z.strictObject({ name: tagName }, STRICT);
export const renameTagSchema = z.strictObject({ name: tagName }, STRICT);
export const mergeTagSchema = z.strictObject({ into: tagName }, STRICT);

/** Deleting a tag needs a reason; a tag still on claims also needs `confirm: true`. */
export const deleteTagSchema = z.strictObject(
  {
    reason,
    confirm: z.boolean({ error: "confirm must be true or false" }).optional(),
  },
  STRICT,
);
export type DeleteTagInput = z.input<typeof deleteTagSchema>;

/** The parent picker's search: which claim it is for, and the text typed (may be empty). */
export const parentSearchSchema = z.strictObject(
  {
    claimId: z.string({ error: "Claim must be an id" }).trim().min(1, "Claim must be an id").max(64, "Claim must be an id"),
    query: z.string({ error: "Search must be text" }).max(200, "Search must be at most 200 characters"),
  },
  STRICT,
);
