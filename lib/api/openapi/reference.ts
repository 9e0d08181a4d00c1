// The readable reference (/docs/api) as plain data, read from the OpenAPI document itself:
// groups by tag, each operation with its access, parameters, body fields, responses and one
// curl example, and the named schemas the answers refer to. Pure: the page only renders it.
import type { Access, OperationExtensions } from "./common";
import { ACCESS_DESCRIPTIONS } from "./common";
import { openApiDocument, type OpenApiDocument } from "./document";

/** A type as text, with the named schemas in it kept apart so the page can link them. */
export type TypePart = string | { ref: string };

export type FieldRow = { name: string; type: TypePart[]; required: boolean; notes: string[] };
export type ParameterRow = FieldRow & { in: string };
export type ResponseRow = {
  status: string;
  description: string;
  mediaTypes: string[];
  type: TypePart[];
  fields: FieldRow[];
  /** Other representations (e.g. text/csv), with what their schema says about them. */
  alternatives: { mediaType: string; description: string }[];
};

export type OperationView = {
  anchor: string;
  method: string;
  path: string;
  summary: string;
  description: string;
  access: Access;
  accessText: string;
  parameters: ParameterRow[];
  body: { mediaType: string; type: TypePart[]; fields: FieldRow[]; description: string; otherMediaTypes: string[] } | null;
  responses: ResponseRow[];
  curl: string;
};

export type GroupView = { name: string; anchor: string; description: string; operations: OperationView[] };
export type SchemaView = { name: string; anchor: string; description: string; type: TypePart[]; fields: FieldRow[] };
export type SecurityView = { name: string; description: string; how: string };
/** What a registered webhook receives for one event. */
export type WebhookEventView = { name: string; anchor: string; summary: string; description: string; headers: ParameterRow[]; fields: FieldRow[]; dataFields: FieldRow[] };
export type ApiReference = {
  title: string;
  version: string;
  description: string;
  security: SecurityView[];
  groups: GroupView[];
  webhookEvents: WebhookEventView[];
  schemas: SchemaView[];
};

/** Where the examples send their requests; the page says to use the instance's own address. */
export const EXAMPLE_ORIGIN = "http://localhost:3000";

type Schema = {
  $ref?: string;
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  additionalProperties?: Schema | boolean;
  propertyNames?: Schema;
  description?: string;
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  default?: unknown;
  example?: unknown;
  not?: Schema;
};

type Parameter = { name: string; in: string; required?: boolean; description?: string; schema?: Schema };
type Media = { schema?: Schema };
type Response = { $ref?: string; description?: string; content?: Record<string, Media> };
type Operation = OperationExtensions & {
  operationId?: string;
  tags?: string[];
  summary?: string;
  description?: string;
  parameters?: Parameter[];
  requestBody?: { description?: string; content?: Record<string, Media> };
  responses?: Record<string, Response>;
};

const METHODS = ["get", "post", "put", "patch", "delete"] as const;

export const anchorOf = (kind: string, name: string) => `${kind}-${name.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "")}`;

const refName = (ref: string) => ref.slice(ref.lastIndexOf("/") + 1);

function join(parts: TypePart[][], sep: string): TypePart[] {
  return parts.flatMap((p, i) => (i === 0 ? p : [sep, ...p]));
}

/** A schema as a short type: `string (date)`, `Evidence[]`, `"supports" | "contradicts"`, `Grade | null`. */
export function typeOf(s: Schema | boolean | undefined): TypePart[] {
  if (s === undefined || s === true) return ["any"];
  if (s === false) return ["never"];
  if (s.$ref) return [{ ref: refName(s.$ref) }];
  if (s.not && Object.keys(s.not).length === 0) return ["never (refused)"];
  if (s.const !== undefined) return [JSON.stringify(s.const)];
  if (s.enum) return [s.enum.map((v) => JSON.stringify(v)).join(" | ")];
  const union = s.anyOf ?? s.oneOf;
  if (union) return join(union.map(typeOf), " | ");
  if (s.allOf) return join(s.allOf.map(typeOf), " & ");
  const types = Array.isArray(s.type) ? s.type : s.type ? [s.type] : [];
  if (types.length === 0) return ["any"];
  return join(
    types.map((t): TypePart[] => {
      if (t === "array") {
        const inner = typeOf(s.items);
        return inner.length > 1 ? ["(", ...inner, ")[]"] : [...inner, "[]"];
      }
      if (t === "object" && !s.properties && s.additionalProperties && typeof s.additionalProperties === "object") {
        return ["map of ", ...typeOf(s.additionalProperties)];
      }
      if (t === "string" && s.format) return [`string (${s.format})`];
      return [t];
    }),
    " | ",
  );
}

/** Limits and defaults worth saying, in words. */
function notesOf(s: Schema | undefined, description?: string): string[] {
  if (!s) return description ? [description] : [];
  const inner = s.anyOf?.find((x) => x.type !== "null") ?? s;
  const notes: string[] = [];
  const text = description ?? s.description ?? inner.description;
  if (text) notes.push(text);
  const range = (lo: number | undefined, hi: number | undefined, unit: string) =>
    lo !== undefined && hi !== undefined
      ? `${lo}–${hi}${unit}`
      : lo !== undefined
        ? `at least ${lo}${lo === 1 ? unit.replace(/s$/, "") : unit}`
        : hi !== undefined
          ? `at most ${hi}${unit}`
          : null;
  const length = range(inner.minLength, inner.maxLength, " characters");
  if (length) notes.push(length);
  const value = range(inner.minimum, inner.maximum, "");
  if (value) notes.push(value);
  const items = range(inner.minItems, inner.maxItems, " items");
  if (items) notes.push(items);
  if (inner.pattern && inner.pattern.length <= 60) notes.push(`matches \`${inner.pattern}\``);
  if (s.default !== undefined) notes.push(`default ${JSON.stringify(s.default)}`);
  return notes;
}

/** The inline object a field holds (itself, in a list, or nullable), whose fields are listed under it. */
function nestedObject(prop: Schema): { schema: Schema; suffix: string } | null {
  const inner = prop.anyOf?.find((x) => x.type !== "null") ?? prop;
  if (inner.properties && !inner.$ref) return { schema: inner, suffix: "." };
  if (inner.type === "array" && inner.items?.properties && !inner.items.$ref) return { schema: inner.items, suffix: "[]." };
  return null;
}

/** The fields of an object, and those of the inline objects in it (`verdict.grade`, `rows[].row`), two levels deep. */
function fieldsOf(s: Schema | undefined, doc: OpenApiDocument, prefix = "", depth = 0): FieldRow[] {
  const resolved = prefix === "" ? resolveSchema(s, doc) : s;
  if (!resolved?.properties) return [];
  const required = new Set(resolved.required ?? []);
  return Object.entries(resolved.properties).flatMap(([name, prop]) => {
    const row: FieldRow = { name: prefix + name, type: typeOf(prop), required: required.has(name), notes: notesOf(prop) };
    const nested = depth < 2 ? nestedObject(prop) : null;
    return nested ? [row, ...fieldsOf(nested.schema, doc, `${prefix}${name}${nested.suffix}`, depth + 1)] : [row];
  });
}

function resolveSchema(s: Schema | undefined, doc: OpenApiDocument): Schema | undefined {
  if (s?.$ref) return (doc.components?.schemas as Record<string, Schema> | undefined)?.[refName(s.$ref)];
  return s;
}

function resolveResponse(r: Response, doc: OpenApiDocument): Response {
  return r.$ref ? ((doc.components?.responses as Record<string, Response> | undefined)?.[refName(r.$ref)] ?? r) : r;
}

const shellQuote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

/** One runnable request: the example's path values, query and body, and a token when a role is needed. */
export function curlOf(method: string, path: string, op: Operation): string {
  const example = op["x-example"] ?? {};
  const filled = path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const fromExample = example.path?.[name];
    const param = op.parameters?.find((p) => p.in === "path" && p.name === name);
    return encodeURIComponent(fromExample ?? String(param?.schema?.example ?? name.toUpperCase()));
  });
  const lines = [`curl${method === "get" ? "" : ` -X ${method.toUpperCase()}`} "${EXAMPLE_ORIGIN}${filled}${example.query ?? ""}"`];
  const access = op["x-access"];
  if (access !== "public" && access !== "reader") lines.push(`-H "Authorization: Bearer $TRACKER_TOKEN"`);
  if (op.operationId === "signIn") lines.push("-c cookies.txt");
  if (example.body !== undefined) {
    lines.push(`-H "Content-Type: application/json"`);
    lines.push(`-d ${shellQuote(JSON.stringify(example.body))}`);
  }
  return lines.join(" \\\n  ");
}

function operationView(method: string, path: string, op: Operation, doc: OpenApiDocument): OperationView {
  const access = op["x-access"];
  const bodyTypes = Object.entries(op.requestBody?.content ?? {});
  const bodyEntry = bodyTypes.find(([type]) => type === "application/json") ?? bodyTypes[0];
  return {
    anchor: anchorOf("op", op.operationId ?? `${method}-${path}`),
    method: method.toUpperCase(),
    path,
    summary: op.summary ?? "",
    // The access sentence is shown on its own line; the rest of the description stays.
    description: (op.description ?? "").replace(/\n*\*\*Access:\*\*.*$/s, "").trim(),
    access,
    accessText: ACCESS_DESCRIPTIONS[access],
    parameters: (op.parameters ?? []).map((p) => ({
      name: p.name,
      in: p.in,
      type: typeOf(p.schema),
      required: p.required === true,
      notes: notesOf(p.schema, p.description),
    })),
    body: bodyEntry
      ? {
          mediaType: bodyEntry[0],
          type: typeOf(bodyEntry[1].schema),
          fields: fieldsOf(bodyEntry[1].schema, doc),
          description: op.requestBody?.description ?? "",
          otherMediaTypes: bodyTypes.map(([type]) => type).filter((type) => type !== bodyEntry[0]),
        }
      : null,
    responses: Object.entries(op.responses ?? {}).map(([status, raw]) => {
      const r = resolveResponse(raw, doc);
      const content = r.content ?? {};
      const json = content["application/json"]?.schema;
      const isSuccess = status.startsWith("2");
      return {
        status,
        description: r.description ?? "",
        mediaTypes: Object.keys(content),
        type: isSuccess && json ? typeOf(json) : [],
        // The answer's top-level fields only: its nested shapes are in the schemas and the types.
        fields: isSuccess ? fieldsOf(json, doc, "", 2) : [],
        alternatives: Object.entries(content)
          .filter(([type]) => type !== "application/json")
          .map(([mediaType, media]) => ({ mediaType, description: media.schema?.description ?? "" })),
      };
    }),
    curl: curlOf(method, path, op),
  };
}

/** The whole reference, in the document's own order of tags. */
export function buildApiReference(doc: OpenApiDocument): ApiReference {
  const byTag = new Map<string, OperationView[]>();
  for (const [path, item] of Object.entries(doc.paths ?? {})) {
    for (const method of METHODS) {
      const op = (item as Record<string, Operation | undefined>)[method];
      if (!op) continue;
      const tag = op.tags?.[0] ?? "Other";
      byTag.set(tag, [...(byTag.get(tag) ?? []), operationView(method, path, op, doc)]);
    }
  }
  const tags = [...(doc.tags ?? []), ...[...byTag.keys()].filter((t) => !doc.tags?.some((d) => d.name === t)).map((name) => ({ name, description: "" }))];
  const schemes = (doc.components?.securitySchemes ?? {}) as Record<string, { type: string; scheme?: string; in?: string; name?: string; description?: string }>;
  return {
    title: doc.info.title,
    version: doc.info.version,
    description: doc.info.description ?? "",
    security: Object.entries(schemes).map(([name, s]) => ({
      name,
      description: s.description ?? "",
      how: s.type === "http" ? `Authorization: ${s.scheme === "bearer" ? "Bearer" : s.scheme} <token>` : `${s.in} ${s.name}`,
    })),
    groups: tags
      .filter((t) => byTag.has(t.name))
      .map((t) => ({ name: t.name, anchor: anchorOf("tag", t.name), description: t.description ?? "", operations: byTag.get(t.name)! })),
    webhookEvents: Object.entries((doc.webhooks ?? {}) as Record<string, { post?: Operation }>).flatMap(([name, item]) => {
      const op = item.post;
      if (!op) return [];
      const body = op.requestBody?.content?.["application/json"]?.schema;
      return [
        {
          name,
          anchor: anchorOf("event", name),
          summary: op.summary ?? "",
          description: op.description ?? "",
          headers: (op.parameters ?? []).map((p) => ({ name: p.name, in: p.in, type: typeOf(p.schema), required: p.required === true, notes: notesOf(p.schema, p.description) })),
          fields: fieldsOf(body, doc),
          dataFields: fieldsOf(body?.properties?.data, doc),
        },
      ];
    }),
    schemas: Object.entries((doc.components?.schemas ?? {}) as Record<string, Schema>)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([name, s]) => ({ name, anchor: anchorOf("schema", name), description: s.description ?? "", type: typeOf({ ...s, description: undefined }), fields: fieldsOf(s, doc) })),
  };
}

let cached: ApiReference | null = null;

/** The reference of this app's own document, built once per process like the document. */
export function apiReference(): ApiReference {
  return (cached ??= buildApiReference(openApiDocument()));
}
