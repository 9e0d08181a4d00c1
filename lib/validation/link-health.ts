import { z } from "zod";
import { LINK_PROBLEMS } from "../links/assess";
import { pageNumberSchema } from "./filters";

/**
 * `?problem=` and `?page=` on the link-health list. A malformed value is dropped rather than
 * rejected, so a hand-edited URL still shows a page.
 */
export const linkHealthQuerySchema = z.object({
  problem: z.preprocess((v) => (Array.isArray(v) ? v[0] : v), z.enum(LINK_PROBLEMS).optional().catch(undefined)),
  page: pageNumberSchema,
});

export type LinkHealthQuery = z.output<typeof linkHealthQuerySchema>;

export function parseLinkHealthQuery(params: Record<string, string | string[] | undefined>): LinkHealthQuery {
  return linkHealthQuerySchema.parse(params);
}
