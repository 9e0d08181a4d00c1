import { NextResponse } from "next/server";
import { requireReader } from "@/lib/api/guard";
import { withErrors } from "@/lib/api/respond";
import { verifyReviewSeals } from "@/lib/db/reviews";
import { REVIEW_HASH_FORMAT } from "@/lib/review-hash";

/**
 * Recomputes every completed review's seal from its stored snapshot and checks the chain:
 * `ok` is false, and the review's `problem` says why, when a snapshot no longer matches its
 * hash or a previousHash no longer matches the review before it. Read access like every
 * review route; a failed verification is still a 200 (the check itself succeeded).
 */
export async function GET(request: Request) {
  return withErrors(async () => {
    await requireReader(request);
    const check = await verifyReviewSeals();
    return NextResponse.json(
      {
        ok: check.ok,
        format: REVIEW_HASH_FORMAT,
        reviews: check.reviews.map((r) => ({
          year: r.year,
          status: r.status,
          hash: r.hash,
          previousHash: r.previousHash,
          recomputedHash: r.recomputedHash,
          ok: r.ok,
          problem: r.problem,
        })),
      },
      { headers: { "cache-control": "no-store" } },
    );
  });
}
