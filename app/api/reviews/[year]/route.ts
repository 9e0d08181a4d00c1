import { NextResponse } from "next/server";
import { requireReader } from "@/lib/api/guard";
import { parseApiPage } from "@/lib/api/paging";
import { apiError, withErrors } from "@/lib/api/respond";
import { parseYear, toApiReviewDetail } from "@/lib/api/reviews";
import { getReview, listSnapshotEntries } from "@/lib/db/reviews";
import { fieldErrorsOf } from "@/lib/validation/common";
import { reviewEntriesFilterSchema } from "@/lib/validation/review-query";

/**
 * A review with one page of its frozen snapshot: `limit` (≤ 500) and `cursor`, filtered by
 * `grade` (or `none`) and `changed` (`1`, `up`, `down`, `changed`, `new`), with the total
 * and `nextCursor` (null on the last page). An open review has no entries yet.
 */
export async function GET(request: Request, ctx: RouteContext<"/api/reviews/[year]">) {
  return withErrors(async () => {
    await requireReader(request);
    const paging = parseApiPage(request);
    if (!paging.ok) return paging.response;
    const params = new URL(request.url).searchParams;
    const filter = reviewEntriesFilterSchema.safeParse({
      grade: params.get("grade") ?? undefined,
      changed: params.get("changed") ?? undefined,
    });
    if (!filter.success) {
      return apiError(400, "invalid_input", "The filters are invalid", fieldErrorsOf(filter.error));
    }
    const { year: segment } = await ctx.params;
    const year = parseYear(segment);
    const review = year === null ? null : await getReview(year);
    if (!review) return apiError(404, "not_found", `There is no review for ${segment}`);
    const page =
      review.status === "completed"
        ? await listSnapshotEntries({ review, filter: filter.data, page: paging.page })
        : { items: [], total: 0, nextCursor: null };
    return NextResponse.json({ review: toApiReviewDetail(review, page.items), total: page.total, nextCursor: page.nextCursor });
  });
}
