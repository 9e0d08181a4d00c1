import "server-only";
import { NextResponse } from "next/server";
import type { z } from "zod";
import { AuthError } from "../auth/permissions";
import { ConflictError, InvalidReferenceError, NotFoundError } from "../db/errors";
import { fieldErrorsOf, type FieldErrors } from "../validation/common";

/** The one error envelope of the public API. */
export type ApiError = { error: { code: string; message: string; fields?: FieldErrors } };

export function apiError(status: number, code: string, message: string, fields?: FieldErrors) {
  const body: ApiError = { error: { code, message, ...(fields ? { fields } : {}) } };
  return NextResponse.json(body, { status });
}

export const MAX_BODY_BYTES = 64 * 1024;

type Parsed<T> = { ok: true; data: T } | { ok: false; response: NextResponse };

/** Reads a JSON body and validates it with the input's shared zod schema. */
export async function parseJsonBody<S extends z.ZodType>(request: Request, schema: S): Promise<Parsed<z.output<S>>> {
  const text = await request.text();
  if (Buffer.byteLength(text) > MAX_BODY_BYTES) {
    return { ok: false, response: apiError(413, "payload_too_large", `The body must be at most ${MAX_BODY_BYTES} bytes`) };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, response: apiError(400, "bad_json", "The body is not valid JSON") };
  }
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
    return { ok: false, response: apiError(400, "bad_json", "The body must be a JSON object") };
  }
  const result = schema.safeParse(raw);
  if (!result.success) {
    return {
      ok: false,
      response: apiError(400, "invalid_input", "Some fields are missing or invalid", fieldErrorsOf(result.error)),
    };
  }
  return { ok: true, data: result.data };
}

/**
 * Runs a handler and maps expected failures to 4xx. Anything else is logged on the server
 * and answered with a generic 500 that leaks no detail.
 */
export async function withErrors(handler: () => Promise<Response>): Promise<Response> {
  try {
    return await handler();
  } catch (e) {
    if (e instanceof AuthError) {
      return apiError(e.status, e.status === 401 ? "unauthorized" : "forbidden", e.message);
    }
    if (e instanceof NotFoundError) return apiError(404, "not_found", e.message);
    if (e instanceof ConflictError) return apiError(409, e.code, e.message);
    if (e instanceof InvalidReferenceError) {
      return apiError(400, "invalid_input", e.message, { [e.field]: [e.message] });
    }
    console.error("Unhandled API error", e);
    return apiError(500, "internal_error", "Something went wrong on our side");
  }
}

/** Decodes a URL segment, keeping it as-is when it is not valid percent-encoding. */
export function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
