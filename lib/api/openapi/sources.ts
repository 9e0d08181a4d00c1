// Sources: where claims are quoted from, and their recorded corrections.
import { z } from "zod";
import { createSourceSchema, updateSourceSchema } from "../../validation/curation";
import { idPath, operation, pageTotal, type RouteGroup } from "./common";
import { revisionSchema, sourceListItemSchema, sourceSchema } from "./responses";

const TAG = "Sources";
const sourcePath = idPath("source");

export const sourcesGroup: RouteGroup = {
  tag: { name: TAG, description: "An essay, talk, report, paper, post or interview the claims are quoted from. Edits need a reason and are kept as revisions." },
  paths: {
    "/api/sources": {
      get: operation({
        operationId: "listSources",
        tag: TAG,
        summary: "Every source, oldest first, with its number of claims",
        access: "reader",
        success: { status: 200, description: "The sources.", schema: z.object({ sources: z.array(sourceListItemSchema) }) },
      }),
      post: operation({
        operationId: "createSource",
        tag: TAG,
        summary: "Add a source",
        access: "admin",
        body: createSourceSchema,
        success: { status: 201, description: "The new source.", schema: z.object({ source: sourceSchema }) },
        example: {
          body: {
            title: "The State of Machine Learning in 2022",
            author: "Daniel Langkilde",
            url: "https://example.org/essay",
            publishedOn: "2022-05-12",
            kind: "essay",
          },
        },
      }),
    },
    "/api/sources/{id}": {
      get: operation({
        operationId: "getSource",
        tag: TAG,
        summary: "A source and its latest revisions",
        access: "reader",
        path: sourcePath,
        success: {
          status: 200,
          description: "The source, its latest 50 revisions (oldest first) and how many there are.",
          schema: z.object({ source: sourceSchema, revisions: z.array(revisionSchema), revisionTotal: pageTotal }),
        },
        errors: { 404: ["not_found"] },
      }),
      patch: operation({
        operationId: "updateSource",
        tag: TAG,
        summary: "Correct a source's details with a reason",
        access: "admin",
        path: sourcePath,
        body: updateSourceSchema,
        success: {
          status: 200,
          description: "The source as it now reads, and the revision (only the fields that changed).",
          schema: z.object({ source: sourceSchema, revision: revisionSchema }),
        },
        errors: { 400: ["invalid_input"], 404: ["not_found"] },
        example: { body: { author: "D. Langkilde", reason: "The byline spells it this way." } },
      }),
    },
  },
};
