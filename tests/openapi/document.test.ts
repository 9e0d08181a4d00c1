// The document is valid OpenAPI 3.1 (checked offline: the essentials of the specification's
// own schema, every $ref, every path parameter, and every schema compiled as JSON Schema
// 2020-12), it is generated from the routes' own zod schemas, and the route serves it.
import { Ajv2020 } from "ajv/dist/2020.js";
import { createSchema } from "zod-openapi";
import { describe, expect, it } from "vitest";
import { buildOpenApiDocument, openApiDocument } from "@/lib/api/openapi/document";
import { prisma } from "@/lib/db/client";
import { createEvidenceSchema } from "@/lib/validation/evidence";
import { createVerdictSchema } from "@/lib/validation/verdict";
import { makeAccount } from "../support/accounts";
import { callRoute, discoverRoutes, loadRoute } from "../support/routes";
import { openApiAjv } from "../support/openapi-validation";

const doc = openApiDocument() as unknown as Record<string, unknown> & {
  paths: Record<string, Record<string, Record<string, unknown>>>;
  components: { schemas: Record<string, unknown>; responses: Record<string, unknown>; securitySchemes: Record<string, unknown> };
  tags: { name: string }[];
};
const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

/** The parts of the OpenAPI 3.1 schema (spec.openapis.org/oas/3.1/schema) this document uses, as strict as the specification. */
const ESSENTIALS = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  type: "object",
  required: ["openapi", "info", "paths"],
  properties: {
    openapi: { type: "string", pattern: "^3\\.1\\.\\d+(-.+)?$" },
    info: {
      type: "object",
      required: ["title", "version"],
      properties: { title: { type: "string", minLength: 1 }, version: { type: "string", minLength: 1 }, description: { type: "string" } },
    },
    servers: { type: "array", items: { type: "object", required: ["url"], properties: { url: { type: "string" } } } },
    tags: { type: "array", items: { type: "object", required: ["name"], properties: { name: { type: "string" }, description: { type: "string" } } } },
    paths: { type: "object", propertyNames: { pattern: "^/" }, additionalProperties: { $ref: "#/$defs/pathItem" } },
    webhooks: { type: "object", additionalProperties: { $ref: "#/$defs/pathItem" } },
    components: {
      type: "object",
      propertyNames: { enum: ["schemas", "responses", "parameters", "examples", "requestBodies", "headers", "securitySchemes", "links", "callbacks", "pathItems"] },
      properties: {
        schemas: { type: "object", additionalProperties: { type: ["object", "boolean"] } },
        responses: { type: "object", additionalProperties: { $ref: "#/$defs/response" } },
        securitySchemes: {
          type: "object",
          additionalProperties: {
            type: "object",
            required: ["type"],
            properties: { type: { enum: ["apiKey", "http", "mutualTLS", "oauth2", "openIdConnect"] } },
            allOf: [
              { if: { properties: { type: { const: "http" } } }, then: { required: ["scheme"], properties: { scheme: { type: "string" } } } },
              { if: { properties: { type: { const: "apiKey" } } }, then: { required: ["name", "in"], properties: { name: { type: "string" }, in: { enum: ["query", "header", "cookie"] } } } },
            ],
          },
        },
      },
    },
    security: { type: "array", items: { $ref: "#/$defs/securityRequirement" } },
  },
  patternProperties: { "^x-": true },
  additionalProperties: false,
  $defs: {
    pathItem: {
      type: "object",
      propertyNames: { enum: [...METHODS, "summary", "description", "parameters", "servers"] },
      additionalProperties: { $ref: "#/$defs/operation" },
    },
    securityRequirement: { type: "object", additionalProperties: { type: "array", items: { type: "string" } } },
    operation: {
      type: "object",
      required: ["responses"],
      properties: {
        operationId: { type: "string" },
        tags: { type: "array", items: { type: "string" } },
        summary: { type: "string" },
        description: { type: "string" },
        security: { type: "array", items: { $ref: "#/$defs/securityRequirement" } },
        parameters: {
          type: "array",
          items: {
            type: "object",
            required: ["name", "in"],
            properties: { name: { type: "string" }, in: { enum: ["query", "header", "path", "cookie"] }, required: { type: "boolean" } },
            if: { properties: { in: { const: "path" } } },
            then: { required: ["required"], properties: { required: { const: true } } },
            oneOf: [
              { required: ["schema"], properties: { schema: { type: ["object", "boolean"] } } },
              { required: ["content"], properties: { content: { type: "object" } } },
            ],
          },
        },
        requestBody: {
          type: "object",
          required: ["content"],
          properties: { content: { type: "object", minProperties: 1, additionalProperties: { type: "object" } } },
        },
        responses: {
          type: "object",
          minProperties: 1,
          propertyNames: { pattern: "^([1-5](\\d\\d|XX)|default)$" },
          additionalProperties: { $ref: "#/$defs/response" },
        },
      },
      patternProperties: { "^x-": true },
      additionalProperties: false,
    },
    response: {
      type: "object",
      oneOf: [
        { required: ["$ref"], properties: { $ref: { type: "string" } } },
        {
          required: ["description"],
          properties: {
            description: { type: "string" },
            content: { type: "object", additionalProperties: { type: "object", properties: { schema: { type: ["object", "boolean"] } } } },
            headers: { type: "object" },
          },
        },
      ],
    },
  },
};

function* walk(node: unknown, at: string): Generator<{ at: string; value: unknown; key: string }> {
  if (node && typeof node === "object") {
    for (const [key, value] of Object.entries(node)) {
      yield { at: `${at}/${key}`, value, key };
      yield* walk(value, `${at}/${key}`);
    }
  }
}

const resolvePointer = (pointer: string) =>
  pointer
    .replace(/^#\//, "")
    .split("/")
    .map((p) => p.replace(/~1/g, "/").replace(/~0/g, "~"))
    .reduce<unknown>((node, key) => (node && typeof node === "object" ? (node as Record<string, unknown>)[key] : undefined), doc);

const operations = () =>
  Object.entries(doc.paths).flatMap(([path, item]) =>
    Object.entries(item)
      .filter(([m]) => METHODS.includes(m))
      .map(([method, op]) => ({ path, method, op: op as Record<string, unknown> & { parameters?: { name: string; in: string }[] } })),
  );

describe("the OpenAPI document", () => {
  it("is OpenAPI 3.1 in its essentials", () => {
    const ajv = new Ajv2020({ strict: true, allErrors: true, allowUnionTypes: true });
    const validate = ajv.compile(ESSENTIALS);
    const ok = validate(JSON.parse(JSON.stringify(doc)));
    expect(validate.errors ?? [], JSON.stringify(validate.errors?.slice(0, 5))).toEqual([]);
    expect(ok).toBe(true);
    expect(doc.openapi).toBe("3.1.0");
    // The check can fail: a response without a description, or a path parameter not required.
    const broken = JSON.parse(JSON.stringify(doc));
    delete broken.paths["/api/scorecard"].get.responses["200"].description;
    expect(validate(broken)).toBe(false);
    const optional = JSON.parse(JSON.stringify(doc));
    optional.paths["/api/predictions/{id}"].get.parameters[0].required = false;
    expect(validate(optional)).toBe(false);
  });

  it("resolves every $ref", () => {
    const broken = [...walk(doc, "#")].filter((n) => n.key === "$ref" && (typeof n.value !== "string" || resolvePointer(n.value) === undefined));
    expect(broken.map((b) => `${b.at} → ${String(b.value)}`)).toEqual([]);
  });

  it("declares each path template's parameters as required path parameters, and no others", () => {
    const problems: string[] = [];
    for (const { path, method, op } of operations()) {
      const inTemplate = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      const declared = (op.parameters ?? []).filter((p) => p.in === "path").map((p) => p.name).sort();
      if (JSON.stringify(inTemplate) !== JSON.stringify(declared)) problems.push(`${method} ${path}: template ${inTemplate} vs declared ${declared}`);
    }
    expect(problems).toEqual([]);
  });

  it("has unique operation ids, and names only known tags and security schemes", () => {
    const webhookIds = Object.values(doc.webhooks as Record<string, { post: { operationId: string } }>).map((w) => w.post.operationId);
    expect(webhookIds).toHaveLength(5);
    const ids = [...operations().map((o) => o.op.operationId), ...webhookIds];
    expect(new Set(ids).size).toBe(ids.length);
    const tags = new Set(doc.tags.map((t) => t.name));
    const schemes = new Set(Object.keys(doc.components.securitySchemes));
    for (const { path, method, op } of operations()) {
      for (const tag of op.tags as string[]) expect(tags.has(tag), `${method} ${path} tag ${tag}`).toBe(true);
      for (const req of op.security as Record<string, unknown>[]) for (const name of Object.keys(req)) expect(schemes.has(name), name).toBe(true);
    }
    expect([...schemes].sort()).toEqual(["bearerAuth", "sessionCookie"]);
  });

  it("holds schemas that compile as strict JSON Schema 2020-12", () => {
    const ajv = openApiAjv(openApiDocument());
    const schemas = [...walk(doc.paths, "#/paths")].filter((n) => n.key === "schema");
    expect(schemas.length).toBeGreaterThan(100);
    for (const { at, value } of schemas) {
      const rewritten = JSON.parse(JSON.stringify(value).replaceAll('"#/components/schemas/', '"https://openapi.tracker.invalid/components/schemas/'));
      expect(() => ajv.compile(rewritten), at).not.toThrow();
    }
  });

  it("describes every error with the one envelope, and every operation's 500", () => {
    for (const { path, method, op } of operations()) {
      const responses = op.responses as Record<string, { $ref?: string; content?: Record<string, { schema: unknown }> }>;
      expect(responses["500"], `${method} ${path}`).toBeDefined();
      for (const [status, r] of Object.entries(responses)) {
        if (Number(status) < 400) continue;
        const resolved = (r.$ref ? resolvePointer(r.$ref) : r) as { content: Record<string, { schema: { properties: { error: { required: string[] } } } }> };
        expect(resolved.content["application/json"].schema.properties.error.required, `${method} ${path} ${status}`).toEqual(["code", "message"]);
      }
    }
  });

  it("takes its request bodies from the routes' own zod schemas", () => {
    const body = (path: string) =>
      (doc.paths[path].post as { requestBody: { content: Record<string, { schema: unknown }> } }).requestBody.content["application/json"].schema;
    expect(body("/api/predictions/{id}/evidence")).toEqual(createSchema(createEvidenceSchema, { io: "input" }).schema);
    expect(body("/api/predictions/{id}/verdicts")).toEqual(createSchema(createVerdictSchema, { io: "input" }).schema);
    // Required fields and the strictness come from the schema itself.
    const evidence = body("/api/predictions/{id}/evidence") as { required: string[]; additionalProperties: boolean };
    expect(evidence.required).toEqual(["title", "url", "observedOn", "stance", "strength", "summary"]);
    expect(evidence.additionalProperties).toBe(false);
  });

  it("is built the same way every time", () => {
    expect(JSON.stringify(buildOpenApiDocument())).toBe(JSON.stringify(openApiDocument()));
  });
});

describe("GET /api/openapi.json", () => {
  it("serves the document to anyone, cacheable, even on a private instance", async () => {
    const route = discoverRoutes().find((r) => r.pattern === "/api/openapi.json")!;
    const mod = await loadRoute(route.file);
    await prisma.setting.upsert({ where: { key: "readAccess" }, create: { key: "readAccess", value: "private" }, update: { value: "private" } });
    try {
      const res = await callRoute(mod, "GET", "/api/openapi.json");
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toMatch(/^application\/json/);
      expect(res.headers.get("cache-control")).toMatch(/^public, max-age=\d+/);
      expect(await res.json()).toEqual(JSON.parse(JSON.stringify(openApiDocument())));
    } finally {
      await prisma.setting.deleteMany({ where: { key: "readAccess" } });
    }
  });
});

describe("GET /api/auth/session", () => {
  // The one operation the integration suite does not call otherwise: its answers are checked here.
  it("answers nobody, or the token's account, as documented", async () => {
    const mod = await loadRoute(discoverRoutes().find((r) => r.pattern === "/api/auth/session")!.file);
    expect(await (await callRoute(mod, "GET", "/api/auth/session")).json()).toEqual({ actor: null });
    const viewer = await makeAccount("viewer");
    const res = await callRoute(mod, "GET", "/api/auth/session", { token: viewer.token });
    expect(await res.json()).toMatchObject({ actor: { role: "viewer", via: "token" } });
  });
});
