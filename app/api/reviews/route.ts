import { NextResponse } from "next/server";
import { canRunReview } from "@/lib/auth/permissions";
import { auditActor, requireActor, requireReader } from "@/lib/api/guard";
import { parseJsonBody, withErrors } from "@/lib/api/respond";
import { toApiReview } from "@/lib/api/reviews";
import { listReviews, openReview } from "@/lib/db/reviews";
import { createReviewSchema } from "@/lib/validation/review";

export async function GET(request: Request) {
  return withErrors(async () => {
    await requireReader(request);
    return NextResponse.json({ reviews: (await listReviews()).map(toApiReview) });
  });
}

export async function POST(request: Request) {
  return withErrors(async () => {
    const actor = await requireActor(request, canRunReview);
    const parsed = await parseJsonBody(request, createReviewSchema);
    if (!parsed.ok) return parsed.response;
    const review = await openReview(parsed.data, auditActor(actor, request));
    return NextResponse.json({ review: toApiReview(review) }, { status: 201 });
  });
}
