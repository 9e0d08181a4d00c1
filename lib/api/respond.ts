import "server-only";
import { NextResponse } from "next/server";
import type { z } from "zod";
import { expectedFailureOf } from "../failures";
import { fieldErrorsOf, type FieldErrors } from "../validation/common";

/** The one error envelope of the public API. */
export type ApiError = { error: { code: string; message: string; fields?: FieldErrors } };

export function apiError(status: number, code: string, message: string, fields?: FieldErrors) {
  const body: ApiError = { error: { code, message, ...(fields ? { fields } : {}) } };
  return NextResponse.json(body, { status });
}

export const MAX_BODY_BYTES = 64 * 1024;

type Parsed<T> = { ok: true; data: T } | { ok: false; response: NextResponse };

const tooLarge = () => apiError(413, "payload_too_large", `The body must be at most ${MAX_BODY_BYTES} bytes`);

/** "application/json", with or without parameters such as charset. */
function isJsonContentType(value: string | null): boolean {
  return value?.split(";")[0].trim().toLowerCase() === "application/json";
}

/**
 * The body's bytes, or null once it passes `limit`. A declared Content-Length over the
 * limit is refused before anything is read; otherwise the stream is read chunk by chunk
 * and abandoned as soon as it passes the limit, so no body is ever held whole in memory.
 */
export async function readBodyWithin(request: Request, limit: number): Promise<Uint8Array | null> {
  const declared = request.headers.get("content-length");
  if (declared !== null && Number(declared) > limit) return null;
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks, size);
}

/**
 * Reads a JSON body and validates it with the input's shared zod schema. Only
 * `Content-Type: application/json` is accepted: an HTML form cannot send it, so a
 * cross-site form (even `enctype="text/plain"` shaped as JSON) never reaches a schema.
 */
export async function parseJsonBody<S extends z.ZodType>(
  request: Request,
  schema: S,
  limit: { maxBytes: number; tooLarge: () => NextResponse } = { maxBytes: MAX_BODY_BYTES, tooLarge },
): Promise<Parsed<z.output<S>>> {
  if (!isJsonContentType(request.headers.get("content-type"))) {
    return { ok: false, response: apiError(415, "unsupported_media_type", "Send the body as JSON with Content-Type: application/json") };
  }
  const bytes = await readBodyWithin(request, limit.maxBytes);
  if (bytes === null) return { ok: false, response: limit.tooLarge() };
  let raw: unknown;
  try {
    raw = JSON.parse(new TextDecoder().decode(bytes));
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
 * Runs a handler and maps expected failures (lib/failures.ts, shared with the forms'
 * actionFailure) to 4xx. Anything else is logged on the server and answered with a generic
 * 500 that leaks no detail.
 */
export async function withErrors(handler: () => Promise<Response>): Promise<Response> {
  try {
    return await handler();
  } catch (e) {
    const f = expectedFailureOf(e);
    if (f) {
      switch (f.kind) {
        case "auth":
          return apiError(f.status, f.status === 401 ? "unauthorized" : "forbidden", f.message);
        case "not_found":
          return apiError(404, "not_found", f.message);
        case "conflict":
          return apiError(409, f.code, f.message);
        case "invalid_reference":
          return apiError(400, "invalid_input", f.message, { [f.field]: [f.message] });
      }
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
