import "server-only";
import type { NextResponse } from "next/server";
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
