import { NextResponse } from "next/server";
import { canRunReview } from "@/lib/auth/permissions";
import { auditActor, requireActor } from "@/lib/api/guard";
import { apiError, withErrors } from "@/lib/api/respond";
import { parseYear, toApiReviewDetail } from "@/lib/api/reviews";
import { completeReview, getReview, listSnapshotEntries } from "@/lib/db/reviews";
import { API_PAGE_DEFAULT } from "@/lib/reviews";

/** Completes the review and answers like GET /api/reviews/{year}: the first page of its snapshot. */
export async function POST(request: Request, ctx: RouteContext<"/api/reviews/[year]/complete">) {
  return withErrors(async () => {
    const actor = await requireActor(request, canRunReview);
    const { year: segment } = await ctx.params;
    const year = parseYear(segment);
    if (year === null) return apiError(404, "not_found", `There is no review for ${segment}`);
    await completeReview(year, auditActor(actor, request));
    const review = (await getReview(year))!;
    const page = await listSnapshotEntries({ review, page: { limit: API_PAGE_DEFAULT } });
    return NextResponse.json({ review: toApiReviewDetail(review, page.items), total: page.total, nextCursor: page.nextCursor });
  });
}
