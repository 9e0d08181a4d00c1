// Every route file under app/api, and every HTTP method it exports, has its entry in the
// OpenAPI document, with the access the permission table gives it; and the document names no
// route or method that does not exist.
import { beforeAll, describe, expect, it } from "vitest";
import { openApiDocument, toPathTemplate } from "@/lib/api/openapi/document";
import { makeAccount } from "../support/accounts";
import { callRoute, discoverRoutes, loadRoute, type RouteModule } from "../support/routes";
import { WRITE_ROUTES } from "../security/route-table";

const HTTP_METHODS = ["GET", "HEAD", "OPTIONS", "POST", "PUT", "PATCH", "DELETE"] as const;
type Operation = { "x-access"?: string; operationId?: string };

const doc = openApiDocument();
const found: { pattern: string; template: string; method: string }[] = [];
const modules = new Map<string, RouteModule>();

beforeAll(async () => {
  for (const { pattern, file } of discoverRoutes()) {
    const mod = (await loadRoute(file)) as Record<string, unknown>;
    modules.set(pattern, mod as RouteModule);
    for (const method of HTTP_METHODS) if (typeof mod[method] === "function") found.push({ pattern, template: toPathTemplate(pattern), method });
  }
});

const operationOf = (template: string, method: string) =>
  (doc.paths?.[template] as Record<string, Operation> | undefined)?.[method.toLowerCase()];

describe("the OpenAPI document covers app/api", () => {
  it("turns a route folder into its path template", () => {
    expect(toPathTemplate("/api/predictions/[id]/evidence")).toBe("/api/predictions/{id}/evidence");
    expect(toPathTemplate("/api/reviews/[year]")).toBe("/api/reviews/{year}");
    expect(toPathTemplate("/api/openapi.json")).toBe("/api/openapi.json");
  });

  it("finds the route files", () => {
    expect(found.length).toBeGreaterThan(40);
    expect(found).toContainEqual({ pattern: "/api/predictions/[id]", template: "/api/predictions/{id}", method: "PATCH" });
  });

  it("has an entry for every exported method of every route file", () => {
    const missing = found.filter((f) => !operationOf(f.template, f.method)).map((f) => `${f.method} ${f.template} (app${f.pattern}/route.ts)`);
    expect(missing, `not in lib/api/openapi: ${missing.join(", ")}`).toEqual([]);
  });

  it("describes no route or method that does not exist", () => {
    const exported = new Set(found.map((f) => `${f.method.toLowerCase()} ${f.template}`));
    const stale: string[] = [];
    for (const [template, item] of Object.entries(doc.paths ?? {})) {
      for (const method of Object.keys(item as object)) {
        if (!["get", "head", "options", "post", "put", "patch", "delete"].includes(method)) continue;
        if (!exported.has(`${method} ${template}`)) stale.push(`${method.toUpperCase()} ${template}`);
      }
    }
    expect(stale).toEqual([]);
  });

  it("gives each writing route the access the permission table reviewed", () => {
    const wrong: string[] = [];
    for (const [pattern, methods] of Object.entries(WRITE_ROUTES)) {
      for (const [method, access] of Object.entries(methods)) {
        const op = operationOf(toPathTemplate(pattern), method);
        if (op && op["x-access"] !== access) wrong.push(`${method} ${pattern}: table ${access}, document ${op["x-access"]}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});

describe("the documented access of reading routes", () => {
  it("is what each GET answers a caller without an account, and a viewer", async () => {
    const viewer = await makeAccount("viewer");
    const params = (pattern: string) => Object.fromEntries([...pattern.matchAll(/\[(\w+)\]/g)].map(([, n]) => [n, n === "year" ? "2099" : "no-such-id"]));
    const wrong: string[] = [];
    for (const f of found.filter((x) => x.method === "GET")) {
      const access = operationOf(f.template, "GET")?.["x-access"];
      const mod = modules.get(f.pattern)!;
      const anonymous = (await callRoute(mod, "GET", f.pattern, { params: params(f.pattern) })).status;
      const asViewer = (await callRoute(mod, "GET", f.pattern, { params: params(f.pattern), token: viewer.token })).status;
      // On this public instance: public and reader routes answer anyone; the others need an account, and a role above viewer.
      const refused = (status: number) => status === 401 || status === 403;
      const ok =
        access === "public" || access === "reader"
          ? !refused(anonymous) && !refused(asViewer)
          : anonymous === 401 && (access === "viewer" ? !refused(asViewer) : asViewer === 403);
      if (!ok) wrong.push(`GET ${f.template} (${access}): anonymous ${anonymous}, viewer ${asViewer}`);
    }
    expect(wrong).toEqual([]);
  });
});
