// Tags: created, renamed, merged and deleted by admins.
import { z } from "zod";
import { createTagSchema, deleteTagSchema, mergeTagSchema, renameTagSchema } from "../../validation/curation";
import { operation, type RouteGroup, tagNamePath } from "./common";
import { tagDeletedSchema, tagMergedSchema, tagSchema } from "./responses";

const TAG = "Tags";

export const tagsGroup: RouteGroup = {
  tag: { name: TAG, description: "Tag names are stored lower-case." },
  paths: {
    "/api/tags": {
      get: operation({
        operationId: "listTags",
        tag: TAG,
        summary: "Every tag, with its number of claims",
        access: "reader",
        success: {
          status: 200,
          description: "The tags.",
          schema: z.object({ tags: z.array(tagSchema.extend({ claimCount: z.number().int().min(0) })) }),
        },
      }),
      post: operation({
        operationId: "createTag",
        tag: TAG,
        summary: "Create a tag",
        access: "admin",
        body: createTagSchema,
        success: { status: 201, description: "The new tag.", schema: z.object({ tag: tagSchema }) },
        errors: { 409: { codes: ["tag_exists"], description: "The tag exists already." } },
        example: { body: { name: "robotics" } },
      }),
    },
    "/api/tags/{name}": {
      patch: operation({
        operationId: "renameTag",
        tag: TAG,
        summary: "Rename a tag",
        access: "admin",
        path: tagNamePath,
        body: renameTagSchema,
        success: { status: 200, description: "The renamed tag.", schema: z.object({ tag: tagSchema }) },
        errors: { 404: ["not_found"], 409: { codes: ["tag_exists"], description: "A tag has the new name already: merge into it instead." } },
        example: { path: { name: "ml" }, body: { name: "machine learning" } },
      }),
      delete: operation({
        operationId: "deleteTag",
        tag: TAG,
        summary: "Delete a tag, unlinking it from its claims",
        description: "A tag still on claims needs `confirm: true`.",
        access: "admin",
        path: tagNamePath,
        body: deleteTagSchema,
        success: { status: 200, description: "The deleted tag.", schema: z.object({ deleted: tagDeletedSchema }) },
        errors: { 404: ["not_found"], 409: { codes: ["tag_in_use"], description: "The tag is still on claims and `confirm` is not true." } },
        example: { path: { name: "obsolete" }, body: { reason: "Nobody filters by it.", confirm: true } },
      }),
    },
    "/api/tags/{name}/merge": {
      post: operation({
        operationId: "mergeTag",
        tag: TAG,
        summary: "Merge a tag into another",
        description: "Its claims move to `into` (created if needed) and the tag is deleted, in one transaction.",
        access: "admin",
        path: tagNamePath,
        body: mergeTagSchema,
        success: { status: 200, description: "The tag merged into.", schema: z.object({ tag: tagMergedSchema }) },
        errors: { 400: ["invalid_input"], 404: ["not_found"] },
        example: { path: { name: "ml" }, body: { into: "machine learning" } },
      }),
    },
  },
};
