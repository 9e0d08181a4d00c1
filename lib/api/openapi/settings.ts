// The instance's settings: who may read.
import { z } from "zod";
import { settingsSchema } from "../../validation/users";
import { operation, type RouteGroup } from "./common";

const TAG = "Settings";
const readAccess = z.object({ readAccess: z.enum(["public", "private"]).meta({ description: "public: anyone may read; private: sign in to read." }) });

export const settingsGroup: RouteGroup = {
  tag: { name: TAG, description: "Instance settings, for admins." },
  paths: {
    "/api/settings": {
      get: operation({
        operationId: "getSettings",
        tag: TAG,
        summary: "The read-access setting",
        access: "admin",
        success: { status: 200, description: "The settings.", schema: readAccess },
      }),
      put: operation({
        operationId: "putSettings",
        tag: TAG,
        summary: "Make the instance public or private to read",
        access: "admin",
        body: settingsSchema,
        success: { status: 200, description: "The settings as saved.", schema: readAccess },
        example: { body: { readAccess: "private" } },
      }),
    },
  },
};
