// Yearly reviews: opening one, its frozen and sealed snapshot, completing and reopening, and
// the check of every seal.
import { z } from "zod";
import { apiPageSchema } from "../../validation/filters";
import { createReviewSchema, reopenSchema } from "../../validation/review";
import { reviewEntriesFilterSchema } from "../../validation/review-query";
import { operation, type RouteGroup, yearPath } from "./common";
import { reviewPageSchema, reviewSchema, reviewSealCheckSchema } from "./responses";

const TAG = "Reviews";

export const reviewsGroup: RouteGroup = {
  tag: {
    name: TAG,
    description:
      "One review per year, one open at a time. Completing a review freezes each claim's verdict and the scorecard into a snapshot and seals it with a SHA-256 chained to the previous review's.",
  },
  paths: {
    "/api/reviews": {
      get: operation({
        operationId: "listReviews",
        tag: TAG,
        summary: "Every review, newest first",
        access: "reader",
        success: { status: 200, description: "The reviews.", schema: z.object({ reviews: z.array(reviewSchema) }) },
      }),
      post: operation({
        operationId: "openReview",
        tag: TAG,
        summary: "Open the review of a year",
        access: "editor",
        body: createReviewSchema,
        success: { status: 201, description: "The new, open review.", schema: z.object({ review: reviewSchema }) },
        errors: {
          409: {
            codes: ["review_exists", "review_open", "review_out_of_order", "review_conflict"],
            description: "The year has a review already, another review is open, or a later year's review exists.",
          },
        },
        example: { body: { year: 2026 } },
      }),
    },
    "/api/reviews/verify": {
      get: operation({
        operationId: "verifyReviews",
        tag: TAG,
        summary: "Recompute every completed review's seal and check the chain",
        description: "A failed check is still a 200: see `ok`, and each review's `problem`.",
        access: "reader",
        success: {
          status: 200,
          description: "The result of the check.",
          schema: z.object({ ok: z.boolean(), format: z.string(), reviews: z.array(reviewSealCheckSchema) }),
        },
      }),
    },
    "/api/reviews/{year}": {
      get: operation({
        operationId: "getReview",
        tag: TAG,
        summary: "A review with one page of its frozen snapshot",
        description: "An open review has no entries yet. `grade` and `changed` filter the entries; a malformed value gets 400.",
        access: "reader",
        path: yearPath,
        query: reviewEntriesFilterSchema.extend(apiPageSchema.shape),
        success: { status: 200, description: "The review and one page of its entries.", schema: reviewPageSchema },
        errors: { 400: ["invalid_input"], 404: ["not_found"] },
        example: { path: { year: "2025" }, query: "?changed=1" },
      }),
    },
    "/api/reviews/{year}/complete": {
      post: operation({
        operationId: "completeReview",
        tag: TAG,
        summary: "Complete the open review: freeze and seal its snapshot",
        description: "Takes no body. Answers like GET /api/reviews/{year}, with the first page of the snapshot.",
        access: "editor",
        path: yearPath,
        success: { status: 200, description: "The completed review.", schema: reviewPageSchema },
        errors: { 404: ["not_found"], 409: { codes: ["review_completed"], description: "The review is already completed." } },
        example: { path: { year: "2026" } },
      }),
    },
    "/api/reviews/{year}/reopen": {
      post: operation({
        operationId: "reopenReview",
        tag: TAG,
        summary: "Reopen a completed review with a reason",
        description: "Only the latest review, and only while no other is open; its seal is set aside on the reopening event.",
        access: "editor",
        path: yearPath,
        body: reopenSchema,
        success: { status: 200, description: "The review, open again.", schema: z.object({ review: reviewSchema }) },
        errors: {
          404: ["not_found"],
          409: { codes: ["review_open", "review_out_of_order"], description: "The review (or another) is open, or a later review exists." },
        },
        example: { path: { year: "2025" }, body: { reason: "Two verdicts were recorded on the wrong claims." } },
      }),
    },
  },
};
