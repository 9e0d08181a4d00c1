import { z } from "zod";
import { GRADES } from "../domain";
import { LIMITS } from "./common";

export const HORIZON_FILTERS = ["past", "current", "future"] as const;
/** stale: not reviewed in over 12 months; final: past its horizon, ready for a final verdict. */
export const DUE_FILTERS = ["stale", "final"] as const;
export const SORTS = ["position", "made", "horizon", "evidence", "verdict"] as const;
export type Sort = (typeof SORTS)[number];

const optionalParam = <T extends z.ZodType>(inner: T) =>
  z.preprocess((v) => (Array.isArray(v) ? v[0] : v === "" ? undefined : v), inner.optional().catch(undefined));

/**
 * Filters for the claim list, read from URL search params. Unknown or malformed values are
 * dropped rather than rejected, so a hand-edited URL still shows a page.
 */
export const predictionFilterSchema = z.object({
  q: optionalParam(z.string().trim().max(LIMITS.search)),
  verdict: optionalParam(z.enum([...GRADES, "none"])),
  tag: optionalParam(z.string().trim().max(LIMITS.name)),
  source: optionalParam(z.string().trim().max(64)),
  horizon: optionalParam(z.enum(HORIZON_FILTERS)),
  due: optionalParam(z.enum(DUE_FILTERS)),
  sort: optionalParam(z.enum(SORTS)),
});

export type PredictionFilter = z.output<typeof predictionFilterSchema>;

/** `?page=` on a paged page: a whole number from 1; anything else shows the first page. */
export const pageNumberSchema = optionalParam(z.coerce.number().int().min(1).max(1_000_000)).transform((n) => n ?? 1);

export function parsePageNumber(params: Record<string, string | string[] | undefined>): number {
  return pageNumberSchema.parse(params.page);
}

/**
 * `?limit=` and `?cursor=` on the API's lists. Unlike the pages, the API rejects a malformed
 * value with a 400 that names the field, so a client never silently gets the wrong page.
 */
export const apiPageSchema = z.object({
  limit: z.coerce
    .number({ error: "limit must be a whole number from 1 to 500" })
    .int({ error: "limit must be a whole number from 1 to 500" })
    .min(1, { error: "limit must be at least 1" })
    .max(500, { error: "limit must be at most 500" })
    .default(50),
  cursor: z.string().min(1, { error: "cursor must not be empty" }).max(1000, { error: "cursor is too long" }).optional(),
});
export type ApiPage = z.output<typeof apiPageSchema>;

export function parsePredictionFilter(params: Record<string, string | string[] | undefined>): PredictionFilter {
  return predictionFilterSchema.parse(params);
}

/** `?tag=` and `?source=` on the scorecard; malformed values are dropped. */
export const scorecardScopeSchema = predictionFilterSchema.pick({ tag: true, source: true });
export type ScorecardScopeFilter = z.output<typeof scorecardScopeSchema>;

export function parseScorecardScope(params: Record<string, string | string[] | undefined>): ScorecardScopeFilter {
  const { tag, source } = scorecardScopeSchema.parse(params);
  return { ...(tag ? { tag } : {}), ...(source ? { source } : {}) };
}

export const auditFilterSchema = z.object({
  action: optionalParam(z.string().trim().max(60)),
  actor: optionalParam(z.string().trim().max(LIMITS.name)),
  entityType: optionalParam(z.string().trim().max(40)),
});

export function parseAuditFilter(params: Record<string, string | string[] | undefined>) {
  return auditFilterSchema.parse(params);
}
