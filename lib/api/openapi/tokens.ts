// Personal API tokens: the caller's own, created and revoked by editors and admins.
import { z } from "zod";
import { createTokenSchema } from "../../validation/users";
import { idPath, operation, type RouteGroup } from "./common";
import { tokenSchema } from "./responses";

const TAG = "Tokens";

export const tokensGroup: RouteGroup = {
  tag: { name: TAG, description: "Send a token as `Authorization: Bearer <token>`. Only its hash is stored: the plain value is shown once, when it is created." },
  paths: {
    "/api/tokens": {
      get: operation({
        operationId: "listTokens",
        tag: TAG,
        summary: "The caller's tokens, newest first",
        access: "editor",
        success: { status: 200, description: "The tokens (never their values).", schema: z.object({ tokens: z.array(tokenSchema) }) },
      }),
      post: operation({
        operationId: "createToken",
        tag: TAG,
        summary: "Create a token",
        access: "editor",
        body: createTokenSchema,
        success: {
          status: 201,
          description: "The token's id and its plain value, shown this once.",
          schema: z.object({ id: z.string(), token: z.string().meta({ description: "Starts with `pt_`." }) }),
        },
        example: { body: { name: "Scripts on my laptop" } },
      }),
    },
    "/api/tokens/{id}": {
      delete: operation({
        operationId: "revokeToken",
        tag: TAG,
        summary: "Revoke one of the caller's tokens",
        description: "It stops working at once. Revoking a revoked token changes nothing.",
        access: "editor",
        path: idPath("token"),
        success: { status: 200, description: "The revoked token's id.", schema: z.object({ revoked: z.string() }) },
        errors: { 404: ["not_found"] },
      }),
    },
  },
};
