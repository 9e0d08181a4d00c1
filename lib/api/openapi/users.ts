// Accounts, administered by admins.
import { z } from "zod";
import { createUserSchema, updateUserSchema } from "../../validation/users";
import { idPath, operation, type RouteGroup } from "./common";
import { userSchema } from "./responses";

const TAG = "Users";

export const usersGroup: RouteGroup = {
  tag: { name: TAG, description: "Roles: viewer (read), editor (also log evidence, record verdicts, run reviews), admin (also curate and administer)." },
  paths: {
    "/api/users": {
      get: operation({
        operationId: "listUsers",
        tag: TAG,
        summary: "Every account, oldest first",
        access: "admin",
        success: { status: 200, description: "The accounts.", schema: z.object({ users: z.array(userSchema) }) },
      }),
      post: operation({
        operationId: "createUser",
        tag: TAG,
        summary: "Create an account",
        access: "admin",
        body: createUserSchema,
        success: { status: 201, description: "The new account.", schema: z.object({ user: userSchema }) },
        errors: { 409: { codes: ["user_exists"], description: "An account has that email already." } },
        example: { body: { email: "editor@example.org", password: "a long passphrase", role: "editor" } },
      }),
    },
    "/api/users/{id}": {
      patch: operation({
        operationId: "updateUser",
        tag: TAG,
        summary: "Change an account's role, or disable or re-enable it",
        access: "admin",
        path: idPath("account"),
        body: updateUserSchema,
        success: { status: 200, description: "The account as it now is.", schema: z.object({ user: userSchema }) },
        errors: { 404: ["not_found"], 409: { codes: ["last_admin"], description: "It is the last active admin." } },
        example: { body: { role: "viewer" } },
      }),
    },
  },
};
