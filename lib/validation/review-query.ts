import { z } from "zod";
import { GRADES } from "../domain";
import { CHANGE_FILTERS } from "../reviews";

/** Evidence shown per list in the guided review at first, per "show older", and at most. */
export const CONTEXT_EVIDENCE = { first: 10, step: 20, max: 50 } as const;

const optionalParam = <T extends z.ZodType>(inner: T) =>
  z.preprocess((v) => (Array.isArray(v) ? v[0] : v === "" ? undefined : v), inner.optional().catch(undefined));

const pageNumber = z.coerce.number().int().min(1).max(1_000_000);
const evidenceLimit = z.coerce.number().int().min(1).max(CONTEXT_EVIDENCE.max);
const id = z.string().trim().regex(/^[\w-]{1,64}$/);

/**
 * A completed review's page: `?page=2&grade=refuted&changed=1`. Like the claim list's
 * filters, malformed values are dropped rather than rejected, so a hand-edited URL still
 * shows a page.
 */
export const snapshotViewSchema = z.object({
  page: optionalParam(pageNumber),
  grade: optionalParam(z.enum([...GRADES, "none"])),
  changed: optionalParam(z.enum(CHANGE_FILTERS)),
});
export type SnapshotView = z.output<typeof snapshotViewSchema>;

/**
 * The guided review of an open review: the claim on screen, the queue's page and filter
 * (`show=ungraded`), how much of each evidence list is shown (`since`, `older`), and whether
 * the completion's confirm step is open.
 */
export const guidedViewSchema = z.object({
  claim: optionalParam(id),
  recorded: optionalParam(id),
  page: optionalParam(pageNumber),
  show: optionalParam(z.enum(["ungraded"])),
  since: optionalParam(evidenceLimit),
  older: optionalParam(evidenceLimit),
  /** `confirm=complete`: the step before completing, listing what is still ungraded (works without JavaScript). */
  confirm: optionalParam(z.enum(["complete"])),
});
export type GuidedView = z.output<typeof guidedViewSchema>;

type Params = Record<string, string | string[] | undefined>;

export const parseSnapshotView = (params: Params): SnapshotView => snapshotViewSchema.parse(params);
export const parseGuidedView = (params: Params): GuidedView => guidedViewSchema.parse(params);

/**
 * `GET /api/reviews/{year}` filters (its `limit` and `cursor` are the API's own, see
 * lib/api/paging.ts). Unlike the pages, the API answers a malformed value with 400, so a
 * client never silently gets another list.
 */
export const reviewEntriesFilterSchema = z.object({
  grade: z.enum([...GRADES, "none"], { error: `grade must be one of ${[...GRADES, "none"].join(", ")}` }).optional(),
  changed: z.enum(CHANGE_FILTERS, { error: `changed must be one of ${CHANGE_FILTERS.join(", ")}` }).optional(),
});
export type ReviewEntriesFilter = z.output<typeof reviewEntriesFilterSchema>;
