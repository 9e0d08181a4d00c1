// The audit log: one row per write, for admins.
import { z } from "zod";
import { apiPageSchema, auditFilterSchema } from "../../validation/filters";
import { nextCursor, operation, pageTotal, type RouteGroup } from "./common";
import { auditEntrySchema } from "./responses";

const TAG = "Audit";

export const auditGroup: RouteGroup = {
  tag: { name: TAG, description: "Every write appends a row: who, when, what, and the before and after. Failed sign-ins too." },
  paths: {
    "/api/audit": {
      get: operation({
        operationId: "listAudit",
        tag: TAG,
        summary: "The audit log, newest first",
        description: "`action` and `entityType` match exactly; `actor` matches part of the actor's name.",
        access: "admin",
        query: auditFilterSchema.extend(apiPageSchema.shape),
        success: {
          status: 200,
          description: "One page of the log.",
          schema: z.object({ entries: z.array(auditEntrySchema), total: pageTotal, nextCursor }),
        },
        errors: { 400: ["invalid_input"] },
        example: { query: "?action=verdict.retract&limit=20" },
      }),
    },
  },
};
