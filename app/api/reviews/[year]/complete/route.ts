import { NextResponse } from "next/server";
import { apiError, withErrors } from "@/lib/api/respond";
import { parseYear, toApiReviewDetail } from "@/lib/api/reviews";
import { completeReview } from "@/lib/db/reviews";

export async function POST(_request: Request, ctx: RouteContext<"/api/reviews/[year]/complete">) {
  return withErrors(async () => {
    const { year: segment } = await ctx.params;
    const year = parseYear(segment);
    if (year === null) return apiError(404, "not_found", `There is no review for ${segment}`);
    return NextResponse.json({ review: toApiReviewDetail(await completeReview(year, "API")) });
  });
}
