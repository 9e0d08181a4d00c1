import { NextResponse } from "next/server";
import { requireReader } from "@/lib/api/guard";
import { apiError, withErrors } from "@/lib/api/respond";
import { parseYear, toApiReviewDetail } from "@/lib/api/reviews";
import { getReview } from "@/lib/db/reviews";

export async function GET(request: Request, ctx: RouteContext<"/api/reviews/[year]">) {
  return withErrors(async () => {
    await requireReader(request);
    const { year: segment } = await ctx.params;
    const year = parseYear(segment);
    const review = year === null ? null : await getReview(year);
    if (!review) return apiError(404, "not_found", `There is no review for ${segment}`);
    return NextResponse.json({ review: toApiReviewDetail(review) });
  });
}
