// Calls the app's real route handlers in-process (no mocks): each route file is imported
// from app/api and its exported method handlers are invoked with a Request, exactly as
// Next.js would, against this test file's own SQLite database.
import { readdirSync } from "node:fs";
import path from "node:path";
import { assertDocumentedResponse, isResponseValidationOn } from "./openapi-validation";

export const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
export type Method = (typeof METHODS)[number];
export const WRITE_METHODS: Method[] = ["POST", "PUT", "PATCH", "DELETE"];

type Handler = (request: Request, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;
export type RouteModule = Partial<Record<Method, Handler>>;

const ROOT = path.resolve(__dirname, "../..");
const API_DIR = path.join(ROOT, "app/api");

/** Every route file under app/api, as its URL pattern, e.g. "/api/predictions/[id]/evidence". */
export function discoverRoutes(): { pattern: string; file: string }[] {
  const out: { pattern: string; file: string }[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name === "route.ts") {
        out.push({ pattern: "/" + path.relative(path.join(ROOT, "app"), dir).split(path.sep).join("/"), file: full });
      }
    }
  };
  walk(API_DIR);
  return out.sort((a, b) => a.pattern.localeCompare(b.pattern));
}

export async function loadRoute(file: string): Promise<RouteModule> {
  return (await import(/* @vite-ignore */ file)) as RouteModule;
}

/** The route's exported handlers for the given methods. */
export function handlersOf(mod: RouteModule, methods: readonly Method[] = METHODS): Method[] {
  return methods.filter((m) => typeof mod[m] === "function");
}

const paramNames = (pattern: string) => [...pattern.matchAll(/\[(\w+)\]/g)].map((m) => m[1]);

export type CallOptions = {
  params?: Record<string, string>;
  body?: unknown;
  rawBody?: string;
  token?: string;
  headers?: Record<string, string>;
  query?: string;
};

export async function callRoute(mod: RouteModule, method: Method, pattern: string, o: CallOptions = {}): Promise<Response> {
  const handler = mod[method];
  if (!handler) throw new Error(`${pattern} has no ${method}`);
  const params = o.params ?? {};
  for (const name of paramNames(pattern)) if (!(name in params)) throw new Error(`${pattern}: missing param ${name}`);
  const url = "http://127.0.0.1" + pattern.replace(/\[(\w+)\]/g, (_, n: string) => encodeURIComponent(params[n])) + (o.query ?? "");
  const headers: Record<string, string> = { "x-forwarded-for": "127.0.0.1", ...o.headers };
  if (o.token) headers.authorization = `Bearer ${o.token}`;
  let body: string | undefined;
  if (method !== "GET") {
    body = o.rawBody ?? (o.body === undefined ? undefined : JSON.stringify(o.body));
    if (body !== undefined) headers["content-type"] = "application/json";
  }
  const res = await handler(new Request(url, { method, headers, body }), { params: Promise.resolve(params) });
  // Every answer must be one the OpenAPI document describes (tests/support/openapi-validation.ts).
  if (isResponseValidationOn()) await assertDocumentedResponse(pattern, method, res);
  return res;
}
