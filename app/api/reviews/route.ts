import { NextResponse } from "next/server";
import { parseJsonBody, withErrors } from "@/lib/api/respond";
import { toApiReview } from "@/lib/api/reviews";
import { listReviews, openReview } from "@/lib/db/reviews";
import { createReviewSchema } from "@/lib/validation/review";

export async function GET() {
  return withErrors(async () => NextResponse.json({ reviews: (await listReviews()).map(toApiReview) }));
}

export async function POST(request: Request) {
  return withErrors(async () => {
    const parsed = await parseJsonBody(request, createReviewSchema);
    if (!parsed.ok) return parsed.response;
    const review = await openReview(parsed.data, "API");
    return NextResponse.json({ review: toApiReview(review) }, { status: 201 });
  });
}
