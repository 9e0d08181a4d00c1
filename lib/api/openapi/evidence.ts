// Evidence: a claim's dated, sourced observations, logged by editors and retracted (never deleted).
import { z } from "zod";
import { createEvidenceSchema } from "../../validation/evidence";
import { apiPageSchema } from "../../validation/filters";
import { reasonSchema } from "../../validation/review";
import { idPath, nextCursor, operation, pageTotal, type RouteGroup } from "./common";
import { evidenceSchema, retractedRowSchema } from "./responses";

const TAG = "Evidence";

export const evidenceGroup: RouteGroup = {
  tag: {
    name: TAG,
    description:
      "Evidence supports or contradicts a claim as of a day (`observedOn`); `recordedAt` is when it was entered. Retracted items stay in the history, marked.",
  },
  paths: {
    "/api/predictions/{id}/evidence": {
      get: operation({
        operationId: "listEvidence",
        tag: TAG,
        summary: "A claim's evidence, newest first",
        access: "reader",
        path: idPath("claim"),
        query: apiPageSchema,
        success: {
          status: 200,
          description: "One page of evidence, retracted items marked.",
          schema: z.object({ evidence: z.array(evidenceSchema), total: pageTotal, nextCursor }),
        },
        errors: { 400: ["invalid_input"], 404: ["not_found"] },
        example: { query: "?limit=20" },
      }),
      post: operation({
        operationId: "createEvidence",
        tag: TAG,
        summary: "Log evidence on a claim",
        access: "editor",
        path: idPath("claim"),
        body: createEvidenceSchema,
        success: {
          status: 201,
          description: "The evidence as stored.",
          schema: z.object({ evidence: evidenceSchema.extend({ predictionId: z.string() }) }),
        },
        errors: { 404: ["not_found"] },
        example: {
          body: {
            title: "Model card lists image input",
            url: "https://example.org/model-card",
            observedOn: "2025-03-01",
            stance: "supports",
            strength: "moderate",
            summary: "The new release takes images and text.",
          },
        },
      }),
    },
    "/api/evidence/{id}/retract": {
      post: operation({
        operationId: "retractEvidence",
        tag: TAG,
        summary: "Retract an evidence item with a reason",
        access: "editor",
        path: idPath("evidence item"),
        body: reasonSchema,
        success: { status: 200, description: "The retraction.", schema: z.object({ evidence: retractedRowSchema }) },
        errors: { 404: ["not_found"], 409: { codes: ["already_retracted"], description: "Already retracted." } },
        example: { body: { reason: "The page was about another model." } },
      }),
    },
  },
};
