// Validates an answer of a route handler against the OpenAPI document (lib/api/openapi):
// its status must be documented for that path and method, its media type listed, and a JSON
// body must match the documented schema (Ajv, JSON Schema 2020-12, as OpenAPI 3.1 uses).
// tests/support/routes.ts runs it on every answer callRoute returns, so the whole integration
// suite checks the document against what the routes really answer.
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import { openApiDocument, toPathTemplate, type OpenApiDocument } from "@/lib/api/openapi/document";

const COMPONENT_BASE = "https://openapi.tracker.invalid/components/schemas/";
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const ISO_MOMENT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?Z$/;

/** A calendar day that exists (no 2023-02-30). */
export const isRealDay = (s: string) => ISO_DAY.test(s) && new Date(`${s}T00:00:00Z`).toISOString().slice(0, 10) === s;

/** An Ajv that knows OpenAPI 3.1's extra keyword and the formats the document uses, strictly. */
export function openApiAjv(doc: OpenApiDocument = openApiDocument()): Ajv2020 {
  const ajv = new Ajv2020({ strict: true, allErrors: true, allowUnionTypes: true });
  ajv.addKeyword({ keyword: "example" });
  ajv.addFormat("date", { type: "string", validate: isRealDay });
  ajv.addFormat("date-time", { type: "string", validate: (s: string) => ISO_MOMENT.test(s) && isRealDay(s.slice(0, 10)) && !Number.isNaN(Date.parse(s)) });
  ajv.addFormat("email", { type: "string", validate: (s: string) => /^[^\s@]+@[^\s@]+$/.test(s) });
  ajv.addFormat("uri", { type: "string", validate: (s: string) => URL.canParse(s) });
  for (const [name, schema] of Object.entries(doc.components?.schemas ?? {})) {
    ajv.addSchema({ ...(rewriteRefs(schema) as object), $id: COMPONENT_BASE + name });
  }
  return ajv;
}

/** `#/components/schemas/X` becomes an absolute id Ajv has registered. */
function rewriteRefs(schema: unknown): unknown {
  return JSON.parse(JSON.stringify(schema), (key, value) =>
    key === "$ref" && typeof value === "string" && value.startsWith("#/components/schemas/") ? COMPONENT_BASE + value.slice("#/components/schemas/".length) : value,
  );
}

type Media = { schema?: unknown };
type ResponseObject = { description?: string; content?: Record<string, Media>; $ref?: string };

export type ResponseCheck = { ok: true } | { ok: false; message: string } | { ok: "skipped"; reason: string };

export class ResponseValidator {
  private readonly ajv: Ajv2020;
  private readonly compiled = new Map<string, ValidateFunction>();

  constructor(private readonly doc: OpenApiDocument = openApiDocument()) {
    this.ajv = openApiAjv(doc);
  }

  /** The documented answer of `method pattern` for `status`, resolved; null when the operation is not in the document. */
  private responseOf(pattern: string, method: string, status: number): { op: boolean; response: ResponseObject | null; documented: string[] } {
    const item = this.doc.paths?.[toPathTemplate(pattern)] as Record<string, { responses?: Record<string, ResponseObject> }> | undefined;
    const op = item?.[method.toLowerCase()];
    if (!op) return { op: false, response: null, documented: [] };
    const responses = op.responses ?? {};
    let response: ResponseObject | null = responses[String(status)] ?? responses[`${String(status)[0]}XX`] ?? responses.default ?? null;
    if (response?.$ref) {
      const name = response.$ref.replace("#/components/responses/", "");
      response = (this.doc.components?.responses?.[name] as ResponseObject | undefined) ?? null;
    }
    return { op: true, response, documented: Object.keys(responses) };
  }

  private validatorFor(key: string, schema: unknown): ValidateFunction {
    let v = this.compiled.get(key);
    if (!v) {
      v = this.ajv.compile(rewriteRefs(schema) as object);
      this.compiled.set(key, v);
    }
    return v;
  }

  /** Checks one answer; `body` is the parsed JSON (or the text, for other media types). */
  check(pattern: string, method: string, status: number, contentType: string | null, body: unknown): ResponseCheck {
    const label = `${method} ${toPathTemplate(pattern)} → ${status}`;
    const { op, response, documented } = this.responseOf(pattern, method, status);
    if (!op) return { ok: "skipped", reason: `${method} ${toPathTemplate(pattern)} is not in the OpenAPI document` };
    if (!response) return { ok: false, message: `${label}: status ${status} is not documented (documented: ${documented.join(", ")})` };
    const content = response.content ?? {};
    const mediaType = (contentType ?? "").split(";")[0].trim().toLowerCase();
    if (Object.keys(content).length === 0) return { ok: true };
    const media = content[mediaType];
    if (!media) return { ok: false, message: `${label}: media type "${mediaType}" is not documented (documented: ${Object.keys(content).join(", ")})` };
    if (!media.schema || mediaType !== "application/json") return { ok: true };
    const validate = this.validatorFor(`${method} ${pattern} ${status} ${mediaType}`, media.schema);
    if (validate(body)) return { ok: true };
    const errors = (validate.errors ?? [])
      .slice(0, 8)
      .map((e) => `${e.instancePath || "(root)"} ${e.message}${e.params && Object.keys(e.params).length ? ` ${JSON.stringify(e.params)}` : ""}`)
      .join("; ");
    return { ok: false, message: `${label}: the body does not match the documented schema: ${errors}\nbody: ${JSON.stringify(body).slice(0, 600)}` };
  }
}

let shared: ResponseValidator | null = null;

/** Off only when OPENAPI_VALIDATE=0 (to look at a failing test without the document in the way). */
export const isResponseValidationOn = () => process.env.OPENAPI_VALIDATE !== "0";

/**
 * Throws when an answer does not match the document. The answer itself is left unread (a
 * clone is checked), so the caller reads it as usual.
 */
export async function assertDocumentedResponse(pattern: string, method: string, res: Response): Promise<void> {
  if (!pattern.startsWith("/api/")) return;
  shared ??= new ResponseValidator();
  const contentType = res.headers.get("content-type");
  const text = await res.clone().text();
  let body: unknown = text;
  if ((contentType ?? "").toLowerCase().startsWith("application/json")) {
    try {
      body = JSON.parse(text);
    } catch {
      throw new Error(`${method} ${pattern} → ${res.status}: the body is not valid JSON although it says application/json`);
    }
  }
  const result = shared.check(pattern, method, res.status, contentType, body);
  if (result.ok === false) throw new Error(`OpenAPI: ${result.message}`);
}
