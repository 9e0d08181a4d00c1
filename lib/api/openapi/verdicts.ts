// Verdicts: graded, append-only judgements on a claim; the latest live one is the claim's current verdict.
import { z } from "zod";
import { apiPageSchema } from "../../validation/filters";
import { reasonSchema } from "../../validation/review";
import { createVerdictSchema } from "../../validation/verdict";
import { idPath, nextCursor, operation, pageTotal, type RouteGroup } from "./common";
import { retractedRowSchema, verdictSchema } from "./responses";

const TAG = "Verdicts";

export const verdictsGroup: RouteGroup = {
  tag: {
    name: TAG,
    description:
      "A verdict grades a claim as of a day, with a rationale and an optional credence (a JSON number from 0 to 1). History is append-only: a new verdict is a new row; a retracted one stops counting.",
  },
  paths: {
    "/api/predictions/{id}/verdicts": {
      get: operation({
        operationId: "listVerdicts",
        tag: TAG,
        summary: "A claim's verdict history, newest first",
        access: "reader",
        path: idPath("claim"),
        query: apiPageSchema,
        success: {
          status: 200,
          description: "One page of verdicts, retracted ones marked.",
          schema: z.object({ verdicts: z.array(verdictSchema), total: pageTotal, nextCursor }),
        },
        errors: { 400: ["invalid_input"], 404: ["not_found"] },
      }),
      post: operation({
        operationId: "createVerdict",
        tag: TAG,
        summary: "Record a verdict on a claim",
        description: "`resolvedOn` applies only to a resolving grade (confirmed, partly, refuted); blank means today.",
        access: "editor",
        path: idPath("claim"),
        body: createVerdictSchema,
        success: {
          status: 201,
          description: "The verdict as stored.",
          schema: z.object({ verdict: verdictSchema.extend({ predictionId: z.string() }) }),
        },
        errors: { 400: ["invalid_input"], 404: ["not_found"] },
        example: { body: { grade: "on_track", credence: 0.7, rationale: "Two of three large releases this year take images." } },
      }),
    },
    "/api/verdicts/{id}/retract": {
      post: operation({
        operationId: "retractVerdict",
        tag: TAG,
        summary: "Retract a verdict with a reason",
        description: "The previous live verdict becomes the claim's current one again.",
        access: "editor",
        path: idPath("verdict"),
        body: reasonSchema,
        success: { status: 200, description: "The retraction.", schema: z.object({ verdict: retractedRowSchema }) },
        errors: { 404: ["not_found"], 409: { codes: ["already_retracted"], description: "Already retracted." } },
        example: { body: { reason: "Recorded on the wrong claim." } },
      }),
    },
  },
};
