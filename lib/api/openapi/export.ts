// The whole record as one data document, for admins: the same document as `npm run data -- export`.
import { dataDocumentSchema, exportQuerySchema } from "../../validation/data-document";
import { operation, type RouteGroup } from "./common";

const TAG = "Export";

export const exportGroup: RouteGroup = {
  tag: {
    name: TAG,
    description:
      "A lossless, versioned JSON document of everything the tracker holds; `npm run data -- import` loads it into another database. Never password or token hashes.",
  },
  paths: {
    "/api/export": {
      get: operation({
        operationId: "exportData",
        tag: TAG,
        summary: "Export everything as one data document",
        description:
          "Streamed as it is read, as a download. `users=1` adds the accounts (without any credential), claim follows and the audit log. The document is validated on import by the same schema as this answer.",
        access: "admin",
        query: exportQuerySchema,
        success: { status: 200, description: "The data document.", schema: dataDocumentSchema.meta({ id: "DataDocument" }) },
        errors: { 400: ["invalid_input"] },
        example: { query: "?users=1" },
      }),
    },
  },
};
