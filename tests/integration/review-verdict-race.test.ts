// A review's verdict and the review's completion, sent at the same moment. The "review is
// open" check runs inside the verdict's own transaction (lib/db/reviews/review.ts, holdOpenReview),
// so either the verdict lands first and is frozen into the snapshot, or the completion lands
// first and the verdict is refused: never a verdict filed under a review already sealed.
import { describe, expect, it } from "vitest";
import type { AuditActor } from "@/lib/db/audit";
import { prisma } from "@/lib/db/client";
import { completeReview, openReview, recordReviewVerdict } from "@/lib/db/reviews";
import { createVerdictSchema } from "@/lib/validation/verdict";
import { makeClaim, makeSource } from "../support/factories";

const ADA: AuditActor = { id: null, label: "Ada" };
const ROUNDS = 6;

describe("a review verdict racing the review's completion", () => {
  it(`lands in the frozen snapshot or is refused as "review_completed", in each of ${ROUNDS} races`, async () => {
    const source = await makeSource();
    const outcomes = new Set<string>();
    for (let round = 0; round < ROUNDS; round++) {
      // Reviews go forward in time, one per year: each round takes the next year.
      const year = 2001 + round;
      const claim = await makeClaim({ sourceId: source.id, horizonTo: 2100 });
      const review = await openReview({ year }, ADA);
      const input = createVerdictSchema.parse({ grade: "on_track", credence: 0.6, rationale: `Round ${round}.` });
      // Alternate which call starts first, so both orders are tried.
      const [verdict, completed] = await (round % 2
        ? Promise.allSettled([recordReviewVerdict(year, claim.id, input, ADA), completeReview(year, ADA)])
        : Promise.allSettled([completeReview(year, ADA), recordReviewVerdict(year, claim.id, input, ADA)]).then(([c, v]) => [v, c] as const));
      expect(completed.status, `round ${round}: the completion`).toBe("fulfilled");
      const filed = await prisma.verdict.findMany({ where: { predictionId: claim.id, reviewId: review.id }, select: { id: true } });
      const entry = await prisma.reviewEntry.findFirstOrThrow({ where: { reviewId: review.id, predictionId: claim.id } });
      if (verdict.status === "fulfilled") {
        outcomes.add("recorded, then completed");
        expect(filed.map((v) => v.id)).toEqual([verdict.value.id]);
        expect(entry.grade, `round ${round}: the snapshot holds the verdict`).toBe("on_track");
      } else {
        outcomes.add("completed, then refused");
        expect(verdict.reason).toMatchObject({ code: "review_completed" });
        expect(filed, `round ${round}: no verdict filed under the sealed review`).toEqual([]);
        expect(entry.grade).toBeNull();
      }
    }
    // Which order wins is up to the database; both are correct.
    console.info(`review verdict races: ${[...outcomes].join("; ")}`);
  });
});
