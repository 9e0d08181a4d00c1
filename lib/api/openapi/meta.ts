// This document, describing itself.
import { z } from "zod";
import { operation, type RouteGroup } from "./common";

const TAG = "API description";

export const metaGroup: RouteGroup = {
  tag: { name: TAG, description: "This OpenAPI 3.1 document. It describes the API and holds no data, so it is public and cacheable." },
  paths: {
    "/api/openapi.json": {
      get: operation({
        operationId: "getOpenApiDocument",
        tag: TAG,
        summary: "The OpenAPI 3.1 document of this API",
        description: "The readable reference at /docs/api is rendered from the same document.",
        access: "public",
        success: {
          status: 200,
          description: "The document.",
          schema: z.looseObject({
            openapi: z.string().meta({ example: "3.1.0" }),
            info: z.looseObject({ title: z.string(), version: z.string() }),
            paths: z.record(z.string(), z.unknown()),
          }),
        },
      }),
    },
  },
};
