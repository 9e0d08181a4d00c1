import "server-only";
import { NextResponse } from "next/server";
import type { Page, PageRequest } from "../db/keyset";
import { predictionExists } from "../db/claims";
import { fieldErrorsOf } from "../validation/common";
import { apiPageSchema, type ApiPage } from "../validation/filters";
import { apiError } from "./respond";

/** `limit` (1–500, default 50) and `cursor` from a list endpoint's query string, or a 400. */
export function parseApiPage(request: Request): { ok: true; page: ApiPage } | { ok: false; response: NextResponse } {
  const params = new URL(request.url).searchParams;
  const result = apiPageSchema.safeParse({
    limit: params.get("limit") ?? undefined,
    cursor: params.get("cursor") ?? undefined,
  });
  if (!result.success) {
    return { ok: false, response: apiError(400, "invalid_input", "The paging parameters are invalid", fieldErrorsOf(result.error)) };
  }
  return { ok: true, page: result.data };
}

/** GET of one of a claim's paged histories: 400 for bad paging, 404 for an unknown claim, else `{ [key], total, nextCursor }`. */
export async function claimHistoryResponse<T>(
  request: Request,
  predictionId: string,
  key: "evidence" | "verdicts",
  load: (id: string, page: Partial<PageRequest>) => Promise<Page<T>>,
): Promise<NextResponse> {
  const paging = parseApiPage(request);
  if (!paging.ok) return paging.response;
  if (!(await predictionExists(predictionId))) return apiError(404, "not_found", `Prediction ${predictionId} was not found`);
  const page = await load(predictionId, paging.page);
  return NextResponse.json({ [key]: page.items, total: page.total, nextCursor: page.nextCursor });
}
