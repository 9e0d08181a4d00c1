// The scorecard's figures and forecast scores.
import { scorecardScopeSchema } from "../../validation/filters";
import { operation, type RouteGroup } from "./common";
import { scorecardSchema } from "./responses";

const TAG = "Scorecard";

export const scorecardGroup: RouteGroup = {
  tag: {
    name: TAG,
    description:
      "Claims by current verdict, the hit rate, the due counts, and the Brier and log scores with calibration, for the implied credences and for the credences reviewers entered before the outcome was known.",
  },
  paths: {
    "/api/scorecard": {
      get: operation({
        operationId: "getScorecard",
        tag: TAG,
        summary: "Headline figures and forecast scores",
        description: "`tag` and `source` narrow the claims scored; a malformed value is ignored.",
        access: "reader",
        query: scorecardScopeSchema,
        success: { status: 200, description: "The scorecard.", schema: scorecardSchema },
        example: { query: "?tag=agi" },
      }),
    },
  },
};
