import { NextResponse } from "next/server";
import { canRunReview } from "@/lib/auth/permissions";
import { auditActor, requireActor } from "@/lib/api/guard";
import { apiError, withErrors } from "@/lib/api/respond";
import { parseYear, toApiReviewDetail } from "@/lib/api/reviews";
import { completeReview } from "@/lib/db/reviews";

export async function POST(request: Request, ctx: RouteContext<"/api/reviews/[year]/complete">) {
  return withErrors(async () => {
    const actor = await requireActor(request, canRunReview);
    const { year: segment } = await ctx.params;
    const year = parseYear(segment);
    if (year === null) return apiError(404, "not_found", `There is no review for ${segment}`);
    return NextResponse.json({ review: toApiReviewDetail(await completeReview(year, auditActor(actor, request))) });
  });
}
