// Sessions: signing in and out with a password, and who the caller is.
import { z } from "zod";
import { signInSchema } from "../../validation/users";
import { operation, type RouteGroup } from "./common";
import { actorSchema } from "./responses";

const TAG = "Auth";

export const authGroup: RouteGroup = {
  tag: {
    name: TAG,
    description:
      "A browser signs in for a session cookie; scripts use a personal API token instead (see Tokens). Sign-in and sign-out refuse other origins.",
  },
  paths: {
    "/api/auth/sign-in": {
      post: operation({
        operationId: "signIn",
        tag: TAG,
        summary: "Sign in with email and password",
        description: "Sets the session cookie. After 5 failures in a minute for one account or one address, further attempts get 429.",
        access: "public",
        sameOrigin: true,
        body: signInSchema,
        success: {
          status: 200,
          description: "Signed in; the answer sets the session cookie.",
          schema: z.object({ user: z.object({ id: z.string(), name: z.string(), email: z.string() }) }),
        },
        errors: {
          401: { codes: ["invalid_credentials"], description: "Wrong email or password, or the account is disabled." },
          429: ["rate_limited"],
        },
        example: { body: { email: "admin@tracker.local", password: "dev-admin-password" } },
      }),
    },
    "/api/auth/sign-out": {
      post: operation({
        operationId: "signOut",
        tag: TAG,
        summary: "End the caller's own session, if any",
        description: "Takes no body.",
        access: "public",
        sameOrigin: true,
        success: { status: 200, description: "Signed out.", schema: z.object({ ok: z.literal(true) }) },
      }),
    },
    "/api/auth/session": {
      get: operation({
        operationId: "getSession",
        tag: TAG,
        summary: "Who the caller is",
        access: "public",
        success: {
          status: 200,
          description: "The caller's account and how it proved itself, or null for nobody.",
          schema: z.object({ actor: actorSchema.nullable() }),
        },
      }),
    },
  },
};
