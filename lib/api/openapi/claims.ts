// Claims (predictions): the list, one claim, and the curation routes that edit it with a reason.
import { z } from "zod";
import { CLAIM_CSV_COLUMNS, EVIDENCE_CSV_COLUMNS, VERDICT_CSV_COLUMNS } from "../../csv/tables";
import { predictionListFormatSchema } from "../../validation/csv";
import { apiPageSchema, predictionFilterSchema } from "../../validation/filters";
import {
  createPredictionSchema,
  credenceOverrideSchema,
  quoteCorrectionSchema,
  setParentSchema,
  updatePredictionSchema,
} from "../../validation/curation";
import { reopenSchema } from "../../validation/review";
import { idPath, isoDateTime, nextCursor, operation, pageTotal, type RouteGroup } from "./common";
import { predictionDetailSchema, predictionSchema, revisionSchema } from "./responses";

const TAG = "Claims";

const columns = (list: { header: string }[]) => list.map((c) => `\`${c.header}\``).join(", ");
const CSV_DESCRIPTION = `Every matching claim as CSV (\`?format=csv\`, or an \`Accept\` header that prefers \`text/csv\`), ignoring \`limit\` and \`cursor\`. \`table=claims\` (the default) has the columns ${columns(CLAIM_CSV_COLUMNS)}; \`table=evidence\` ${columns(EVIDENCE_CSV_COLUMNS)}; \`table=verdicts\` ${columns(VERDICT_CSV_COLUMNS)}. Cells that a spreadsheet would read as a formula are escaped.`;
const claimPath = idPath("claim");
const revisionAnswer = z.object({ revision: revisionSchema });

export const claimsGroup: RouteGroup = {
  tag: {
    name: TAG,
    description:
      "A claim (prediction) keeps its verbatim quote, its source, the day it was made and its horizon. Edits need a reason and are kept as revisions; the quote changes only through a quote correction.",
  },
  paths: {
    "/api/predictions": {
      get: operation({
        operationId: "listPredictions",
        tag: TAG,
        summary: "List claims, a page at a time",
        description:
          "The claim list's filters and sort, with paging. Unknown or malformed filter values are ignored (as on the page); a malformed `limit`, `cursor`, `format` or `table` gets 400. As CSV, the whole filtered list (or its evidence or verdicts) in one download.",
        access: "reader",
        query: predictionFilterSchema.extend(apiPageSchema.shape).extend(predictionListFormatSchema.shape),
        success: {
          status: 200,
          description: "One page of claims, with the total and the cursor to the next page; or, as CSV, every matching row.",
          schema: z.object({ predictions: z.array(predictionSchema), total: pageTotal, nextCursor }),
          alternatives: { "text/csv": { schema: z.string().meta({ description: CSV_DESCRIPTION }) } },
        },
        errors: { 400: ["invalid_input"] },
        example: { query: "?verdict=on_track&sort=horizon&limit=20" },
      }),
      post: operation({
        operationId: "createPrediction",
        tag: TAG,
        summary: "Add a claim to a source",
        access: "admin",
        body: createPredictionSchema,
        success: { status: 201, description: "The new claim.", schema: z.object({ prediction: predictionDetailSchema }) },
        errors: { 400: ["invalid_input"] },
        example: {
          body: {
            sourceId: "<source id>",
            quote: "Within a few years most models will be multimodal.",
            statement: "Most new large models are multimodal by 2027.",
            criteria: "More than half of the large models released in 2027 take images and text.",
            horizon: { from: 2024, to: 2027 },
            tags: ["multimodal"],
          },
        },
      }),
    },
    "/api/predictions/{id}": {
      get: operation({
        operationId: "getPrediction",
        tag: TAG,
        summary: "One claim, with its newest evidence and verdicts",
        access: "reader",
        path: claimPath,
        success: { status: 200, description: "The claim.", schema: z.object({ prediction: predictionDetailSchema }) },
        errors: { 404: ["not_found"] },
      }),
      patch: operation({
        operationId: "updatePrediction",
        tag: TAG,
        summary: "Edit a claim's statement, criteria, horizon or tags",
        description: "Needs a reason; records a revision with the changed fields. Sending `quote` gets 400: use the quote correction.",
        access: "admin",
        path: claimPath,
        body: updatePredictionSchema,
        success: {
          status: 200,
          description: "The claim as it now reads, and the revision recorded.",
          schema: z.object({ prediction: predictionDetailSchema, revision: revisionSchema }),
        },
        errors: { 400: ["invalid_input"], 404: ["not_found"] },
        example: { body: { criteria: "Clearer criteria.", reason: "The old criteria could not be checked." } },
      }),
    },
    "/api/predictions/{id}/revisions": {
      get: operation({
        operationId: "listPredictionRevisions",
        tag: TAG,
        summary: "A claim's revisions, oldest first",
        access: "reader",
        path: claimPath,
        success: { status: 200, description: "Every revision.", schema: z.object({ revisions: z.array(revisionSchema) }) },
        errors: { 404: ["not_found"] },
      }),
    },
    "/api/predictions/{id}/quote-correction": {
      post: operation({
        operationId: "correctQuote",
        tag: TAG,
        summary: "Correct a claim's quote",
        description: "The only way a saved quote changes; kept as a revision.",
        access: "admin",
        path: claimPath,
        body: quoteCorrectionSchema,
        success: { status: 200, description: "The revision recorded.", schema: revisionAnswer },
        errors: { 400: ["invalid_input"], 404: ["not_found"] },
        example: { body: { quote: "The exact words.", reason: "A typo in the transcription." } },
      }),
    },
    "/api/predictions/{id}/credence": {
      post: operation({
        operationId: "overrideCredence",
        tag: TAG,
        summary: "Override the credence implied by the quote's hedge words",
        access: "admin",
        path: claimPath,
        body: credenceOverrideSchema,
        success: { status: 200, description: "The revision recorded.", schema: revisionAnswer },
        errors: { 400: ["invalid_input"], 404: ["not_found"] },
        example: { body: { credence: 0.6, reason: "The author hedges in the next sentence." } },
      }),
    },
    "/api/predictions/{id}/parent": {
      post: operation({
        operationId: "setParent",
        tag: TAG,
        summary: "Attach a claim as a sub-claim, or detach it",
        description: "`parentId: null` detaches the claim.",
        access: "admin",
        path: claimPath,
        body: setParentSchema,
        success: { status: 200, description: "The revision recorded.", schema: revisionAnswer },
        errors: { 400: ["invalid_input"], 404: ["not_found"] },
        example: { body: { parentId: "<parent claim id>", reason: "One of the essay's listed companies." } },
      }),
    },
    "/api/predictions/{id}/reopen": {
      post: operation({
        operationId: "reopenPrediction",
        tag: TAG,
        summary: "Reopen a claim with a final verdict",
        description: "The next review grades it again; its next verdict settles the reopening.",
        access: "editor",
        path: claimPath,
        body: reopenSchema,
        success: {
          status: 200,
          description: "When it was reopened, and why.",
          schema: z.object({ reopened: z.object({ reopenedAt: isoDateTime, reason: z.string() }) }),
        },
        errors: {
          404: ["not_found"],
          409: { codes: ["not_final", "already_reopened"], description: "The current verdict is not final, or the claim is already reopened." },
        },
        example: { body: { reason: "New evidence contradicts the confirmation." } },
      }),
    },
  },
};
