// The building blocks every route group's description shares: who may call an operation
// (and how that maps to OpenAPI security), the one error envelope of lib/api/respond.ts with
// the statuses it comes with, path parameters and the paging answer. Pure: no I/O.
import { z } from "zod";
import type {
  ZodOpenApiOperationObject,
  ZodOpenApiParameters,
  ZodOpenApiResponseObject,
  ZodOpenApiResponsesObject,
} from "zod-openapi";
import { MAX_BODY_BYTES } from "../respond";

/**
 * Who may call an operation:
 * - `public`: anyone, signed in or not (starting or ending a session, who am I, this document);
 * - `reader`: anyone on a public instance, any signed-in account on a private one;
 * - a role: a signed-in account (session cookie or API token) with at least that role.
 */
export type Access = "public" | "reader" | "viewer" | "editor" | "admin";

export const ACCESS_DESCRIPTIONS: Record<Access, string> = {
  public: "No sign-in needed.",
  reader: "No sign-in needed on a public instance; any signed-in account when the instance is private.",
  viewer: "A signed-in account (any role).",
  editor: "An editor or admin: `Authorization: Bearer <token>` or the session cookie.",
  admin: "An admin: `Authorization: Bearer <token>` or the session cookie.",
};

export const SECURITY_SCHEMES = {
  bearerAuth: {
    type: "http",
    scheme: "bearer",
    description:
      "A personal API token (`pt_…`): create one on /account or with `npm run user -- token --email E`. Tokens are stored hashed and a revoked token stops working at once.",
  },
  sessionCookie: {
    type: "apiKey",
    in: "cookie",
    name: "better-auth.session_token",
    description:
      "The browser session that POST /api/auth/sign-in sets (httpOnly, SameSite=Lax; named `__Secure-better-auth.session_token` over https). A write sent with the cookie must come from the app's own origin.",
  },
} as const;

/** OpenAPI security requirements for an access level: `{}` marks authentication as optional. */
export function securityFor(access: Access): Record<string, string[]>[] {
  if (access === "public") return [];
  const schemes: Record<string, string[]>[] = [{ bearerAuth: [] }, { sessionCookie: [] }];
  return access === "reader" ? [{}, ...schemes] : schemes;
}

// ---- the error envelope ------------------------------------------------------------------

export const fieldErrorsSchema = z
  .record(z.string(), z.array(z.string()))
  .meta({
    id: "FieldErrors",
    description: 'Messages per field, e.g. `{ "url": ["URL must be a full http:// or https:// address"] }`; `_` holds those about the whole body, and an unknown field is reported under its own name.',
  });

/** `{ error: { code, message, fields? } }` (lib/api/respond.ts), with the codes one status may carry. */
export function apiErrorSchema(codes: readonly [string, ...string[]]) {
  return z.object({
    error: z.object({
      code: z.enum(codes).meta({ description: "Stable and machine-readable." }),
      message: z.string().meta({ description: "Readable by people; may change." }),
      fields: fieldErrorsSchema.optional(),
    }),
  });
}

/** The one envelope in its general form, listed among the components for reference. */
export const apiErrorEnvelope = z
  .object({
    error: z.object({ code: z.string(), message: z.string(), fields: fieldErrorsSchema.optional() }),
  })
  .meta({ id: "ApiError", description: "Every error of the API: `{ error: { code, message, fields? } }`." });

export type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 413 | 415 | 429 | 500;

const ERROR_TEXT: Record<ErrorStatus, string> = {
  400: "The input is invalid: `fields` names each problem.",
  401: "Not signed in (or the token is revoked, or the account disabled).",
  403: "Signed in, but the role is not enough; or a cookie-authenticated write from another origin.",
  404: "Not found.",
  409: "Conflicts with the current state.",
  413: `The body is larger than ${MAX_BODY_BYTES.toLocaleString("en")} bytes.`,
  415: "The body is not sent as `Content-Type: application/json`.",
  429: "Too many attempts; wait a minute.",
  500: "Something went wrong on the server; the answer holds no detail.",
};

const DEFAULT_CODES: Record<ErrorStatus, readonly [string, ...string[]]> = {
  400: ["invalid_input"],
  401: ["unauthorized"],
  403: ["forbidden"],
  404: ["not_found"],
  409: ["conflict"],
  413: ["payload_too_large"],
  415: ["unsupported_media_type"],
  429: ["rate_limited"],
  500: ["internal_error"],
};

function buildErrorResponse(status: ErrorStatus, codes: readonly [string, ...string[]], description: string, id?: string): ZodOpenApiResponseObject {
  return {
    description: `${description} Codes: ${codes.map((c) => `\`${c}\``).join(", ")}.`,
    content: { "application/json": { schema: apiErrorSchema(codes) } },
    ...(id ? { id } : {}),
  };
}

/** The errors many operations share, each one component (`#/components/responses/…`). */
const SHARED_ERRORS = {
  BadRequest: buildErrorResponse(400, ["bad_json", "invalid_input"], "The body is not a JSON object, or a field is missing or invalid: `fields` names each problem.", "BadRequest"),
  Unauthorized: buildErrorResponse(401, DEFAULT_CODES[401], ERROR_TEXT[401], "Unauthorized"),
  PrivateInstance: buildErrorResponse(401, DEFAULT_CODES[401], "The instance is private and the caller is not signed in.", "PrivateInstance"),
  Forbidden: buildErrorResponse(403, DEFAULT_CODES[403], ERROR_TEXT[403], "Forbidden"),
  OtherOrigin: buildErrorResponse(403, DEFAULT_CODES[403], "The request comes from another origin.", "OtherOrigin"),
  NotFound: buildErrorResponse(404, DEFAULT_CODES[404], ERROR_TEXT[404], "NotFound"),
  PayloadTooLarge: buildErrorResponse(413, DEFAULT_CODES[413], ERROR_TEXT[413], "PayloadTooLarge"),
  UnsupportedMediaType: buildErrorResponse(415, DEFAULT_CODES[415], ERROR_TEXT[415], "UnsupportedMediaType"),
  InternalError: buildErrorResponse(500, DEFAULT_CODES[500], ERROR_TEXT[500], "InternalError"),
} as const;

/** An error response: a shared component when it is the usual one, else described here with its codes. */
export function errorResponse(status: ErrorStatus, codes?: readonly [string, ...string[]], description?: string): ZodOpenApiResponseObject {
  if (!codes && !description) {
    const shared = { 401: SHARED_ERRORS.Unauthorized, 403: SHARED_ERRORS.Forbidden, 404: SHARED_ERRORS.NotFound, 413: SHARED_ERRORS.PayloadTooLarge, 415: SHARED_ERRORS.UnsupportedMediaType, 500: SHARED_ERRORS.InternalError }[status as 401];
    if (shared) return shared;
  }
  if (status === 404 && codes?.length === 1 && codes[0] === "not_found" && !description) return SHARED_ERRORS.NotFound;
  return buildErrorResponse(status, codes ?? DEFAULT_CODES[status], description ?? ERROR_TEXT[status]);
}

// ---- parameters and common shapes ----------------------------------------------------------

/** `{id}`; its example is a placeholder to replace (CLAIM_ID), as the curl examples show it. */
export const idPath = (what: string) =>
  z.object({ id: z.string().min(1).meta({ description: `The ${what}'s id.`, example: `${what.toUpperCase().replace(/\W+/g, "_")}_ID` }) });

export const yearPath = z.object({
  year: z.string().meta({ description: "The review's year, four digits.", example: "2025", pattern: "^\\d{4}$" }),
});

export const tagNamePath = z.object({
  name: z.string().min(1).meta({ description: "The tag's name (URL-encoded; matched lower-case).", example: "agi" }),
});

// Answers are described by format rather than zod's long date patterns: the document stays
// readable, and the response validation in the tests checks both formats strictly.
/** A moment, as `Date.toISOString()` writes it. */
export const isoDateTime = z.string().meta({ format: "date-time", example: "2025-12-15T09:30:00.000Z" });
/** A calendar day, YYYY-MM-DD. */
export const isoDay = z.string().meta({ format: "date", example: "2025-12-15" });

export const nextCursor = z
  .string()
  .nullable()
  .meta({ description: "Pass it back as `cursor`, with the same filters and sort, for the next page; null on the last page." });

export const pageTotal = z.number().int().min(0).meta({ description: "How many items match, across every page." });

// ---- operations ---------------------------------------------------------------------------

type Success = {
  status: 200 | 201 | 202;
  description: string;
  /** The JSON answer; leave it out when the answer is only another media type (`alternatives`). */
  schema?: z.ZodType;
  /** Other representations of the same answer, e.g. `text/csv`. */
  alternatives?: Record<string, { schema?: z.ZodType; description?: string }>;
  headers?: z.ZodObject;
};

export type OperationSpec = {
  operationId: string;
  tag: string;
  summary: string;
  description?: string;
  access: Access;
  path?: z.ZodObject;
  query?: z.ZodObject;
  header?: z.ZodObject;
  /** The route's own input schema (lib/validation), read with parseJsonBody. */
  body?: z.ZodType;
  bodyDescription?: string;
  /** A request body in another media type (e.g. text/csv), described by hand. */
  rawBody?: { mediaType: string; description: string; schema?: z.ZodType };
  success: Success;
  /** A second success status (e.g. 200 for a dry run beside 201 for the write). */
  otherSuccess?: Success;
  /** Error statuses beyond the ones implied by the access level and the body, with their codes. */
  errors?: Partial<Record<ErrorStatus, readonly [string, ...string[]] | { codes: readonly [string, ...string[]]; description: string }>>;
  /** The session cookie's writes are checked against the origin even when the route is public. */
  sameOrigin?: boolean;
  /** A `curl` example for the reference page: the body to send, if any. */
  example?: { query?: string; body?: unknown; path?: Record<string, string> };
};

/** Extension fields this document adds to an operation. */
export type OperationExtensions = {
  "x-access": Access;
  "x-example"?: OperationSpec["example"];
};

/** One operation: the security its access level implies, and every status it may answer. */
export function operation(spec: OperationSpec): ZodOpenApiOperationObject & OperationExtensions {
  const responses: ZodOpenApiResponsesObject = {};
  for (const success of [spec.success, ...(spec.otherSuccess ? [spec.otherSuccess] : [])].sort((a, b) => a.status - b.status)) {
    const content: Record<string, { schema?: z.ZodType }> = success.schema ? { "application/json": { schema: success.schema } } : {};
    for (const [type, alt] of Object.entries(success.alternatives ?? {})) content[type] = alt.schema ? { schema: alt.schema } : {};
    responses[String(success.status) as "200"] = {
      description: success.description,
      content,
      ...(success.headers ? { headers: success.headers } : {}),
    };
  }

  const errors = new Map<ErrorStatus, ZodOpenApiResponseObject>();
  if (spec.body || spec.rawBody) {
    errors.set(400, SHARED_ERRORS.BadRequest);
    errors.set(413, SHARED_ERRORS.PayloadTooLarge);
    errors.set(415, SHARED_ERRORS.UnsupportedMediaType);
  }
  if (spec.access === "reader") errors.set(401, SHARED_ERRORS.PrivateInstance);
  if (spec.access !== "public" && spec.access !== "reader") {
    errors.set(401, SHARED_ERRORS.Unauthorized);
    errors.set(403, SHARED_ERRORS.Forbidden);
  }
  if (spec.sameOrigin) errors.set(403, SHARED_ERRORS.OtherOrigin);
  for (const [key, value] of Object.entries(spec.errors ?? {})) {
    const status = Number(key) as ErrorStatus;
    if (!value) continue;
    const { codes, description } = Array.isArray(value) ? { codes: value as readonly [string, ...string[]], description: undefined } : (value as { codes: readonly [string, ...string[]]; description: string });
    if (status === 400 && errors.has(400)) {
      // The body's 400 already says invalid_input; a referenced row that is missing is one too.
      const extra = codes.filter((c) => c !== "bad_json" && c !== "invalid_input");
      if (extra.length === 0 && !description) continue;
      errors.set(400, errorResponse(400, [...new Set(["bad_json", "invalid_input", ...codes])] as [string, ...string[]], description));
      continue;
    }
    errors.set(status, errorResponse(status, codes, description));
  }
  errors.set(500, SHARED_ERRORS.InternalError);
  for (const status of [...errors.keys()].sort()) responses[String(status) as "400"] = errors.get(status)!;

  const requestParams: ZodOpenApiParameters = {};
  if (spec.path) requestParams.path = spec.path;
  if (spec.query) requestParams.query = spec.query;
  if (spec.header) requestParams.header = spec.header;

  const bodyContent: Record<string, { schema?: z.ZodType }> = {};
  if (spec.rawBody) bodyContent[spec.rawBody.mediaType] = spec.rawBody.schema ? { schema: spec.rawBody.schema } : {};
  if (spec.body) bodyContent["application/json"] = { schema: spec.body };
  const bodyDescription = [spec.bodyDescription, spec.rawBody?.description].filter(Boolean).join(" ");
  const requestBody = Object.keys(bodyContent).length
    ? { required: true, ...(bodyDescription ? { description: bodyDescription } : {}), content: bodyContent }
    : undefined;

  return {
    operationId: spec.operationId,
    tags: [spec.tag],
    summary: spec.summary,
    description: [spec.description, `**Access:** ${ACCESS_DESCRIPTIONS[spec.access]}`].filter(Boolean).join("\n\n"),
    security: securityFor(spec.access),
    ...(Object.keys(requestParams).length ? { requestParams } : {}),
    ...(requestBody ? { requestBody } : {}),
    responses,
    "x-access": spec.access,
    ...(spec.example ? { "x-example": spec.example } : {}),
  };
}

/** A route group: its tag (a heading on /docs/api) and its paths, keyed by OpenAPI template. */
export type RouteGroup = {
  tag: { name: string; description: string };
  paths: Record<string, Partial<Record<"get" | "post" | "put" | "patch" | "delete", ZodOpenApiOperationObject>>>;
};
