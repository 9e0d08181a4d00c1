// The reference page's content comes from the document: every operation, grouped by its tag,
// with the access it needs, its parameters, body fields, every documented status, and a curl
// example that sends what the operation takes.
import { describe, expect, it } from "vitest";
import { openApiDocument } from "@/lib/api/openapi/document";
import { buildApiReference, EXAMPLE_ORIGIN, typeOf, type OperationView } from "@/lib/api/openapi/reference";

const doc = openApiDocument();
const reference = buildApiReference(doc);
const all = reference.groups.flatMap((g) => g.operations);
const op = (method: string, path: string): OperationView => {
  const found = all.find((o) => o.method === method && o.path === path);
  if (!found) throw new Error(`${method} ${path} is not in the reference`);
  return found;
};
/** The JSON a curl example sends with -d, parsed back. */
const sentBody = (curl: string) => JSON.parse(curl.match(/-d '(.*)'$/s)![1].replaceAll(`'\\''`, "'"));

describe("the API reference", () => {
  it("lists every operation of the document once, under its tag, in the document's tag order", () => {
    const inDocument = Object.entries(doc.paths ?? {}).flatMap(([path, item]) =>
      Object.keys(item as object)
        .filter((m) => ["get", "post", "put", "patch", "delete"].includes(m))
        .map((m) => `${m.toUpperCase()} ${path}`),
    );
    expect(all.map((o) => `${o.method} ${o.path}`).sort()).toEqual(inDocument.sort());
    expect(reference.groups.map((g) => g.name)).toEqual((doc.tags ?? []).map((t) => t.name));
    expect(new Set(all.map((o) => o.anchor)).size).toBe(all.length);
  });

  it("says who may call each operation", () => {
    expect(op("GET", "/api/predictions").access).toBe("reader");
    expect(op("POST", "/api/predictions/{id}/evidence").access).toBe("editor");
    expect(op("DELETE", "/api/tags/{name}").accessText).toMatch(/admin/);
    expect(op("POST", "/api/auth/sign-in").access).toBe("public");
  });

  it("lists parameters, body fields and every status", () => {
    const list = op("GET", "/api/predictions");
    expect(list.parameters.map((p) => p.name)).toEqual(expect.arrayContaining(["q", "verdict", "limit", "cursor", "format", "table"]));
    expect(list.parameters.find((p) => p.name === "limit")!.notes).toEqual(["1–500", "default 50"]);
    const log = op("POST", "/api/predictions/{id}/evidence");
    expect(log.parameters).toEqual([expect.objectContaining({ name: "id", in: "path", required: true })]);
    expect(log.body!.fields.filter((f) => f.required).map((f) => f.name)).toEqual(["title", "url", "observedOn", "stance", "strength", "summary"]);
    expect(log.body!.fields.find((f) => f.name === "stance")!.type).toEqual(['"supports" | "contradicts" | "mixed"']);
    expect(log.responses.map((r) => r.status)).toEqual(["201", "400", "401", "403", "404", "413", "415", "500"]);
    expect(log.responses[0].fields.map((f) => f.name)).toEqual(["evidence"]);
    // Inline objects in a body list their own fields under them.
    const imported = op("POST", "/api/sources/{id}/import").responses.find((r) => r.status === "200")!;
    expect(imported.fields.map((f) => f.name)).toContain("rows");
    const event = reference.webhookEvents.find((e) => e.name === "verdict.recorded")!;
    expect(event.dataFields.map((f) => f.name)).toEqual(expect.arrayContaining(["verdict", "verdict.grade", "verdict.resolvedOn", "links", "links.claim"]));
    expect(event.headers.map((h) => h.name)).toEqual(["X-Tracker-Signature", "X-Tracker-Event", "X-Tracker-Delivery"]);
    expect(op("GET", "/api/predictions").responses[0].alternatives[0]).toEqual({ mediaType: "text/csv", description: expect.stringMatching(/`table=evidence` .*`observedOn`/) });
  });

  it("writes a curl example that sends the operation's own example, with a token only when a role is needed", () => {
    const log = op("POST", "/api/predictions/{id}/evidence");
    expect(log.curl).toMatch(new RegExp(`^curl -X POST "${EXAMPLE_ORIGIN}/api/predictions/CLAIM_ID/evidence"`));
    expect(log.curl).toContain(`-H "Authorization: Bearer $TRACKER_TOKEN"`);
    expect(log.curl).toContain(`-H "Content-Type: application/json"`);
    expect(sentBody(log.curl)).toMatchObject({ stance: "supports", observedOn: "2025-03-01" });
    const list = op("GET", "/api/predictions");
    expect(list.curl).toBe(`curl "${EXAMPLE_ORIGIN}/api/predictions?verdict=on_track&sort=horizon&limit=20"`);
    expect(op("GET", "/api/reviews/{year}").curl).toBe(`curl "${EXAMPLE_ORIGIN}/api/reviews/2025?changed=1"`);
    expect(op("POST", "/api/auth/sign-in").curl).toContain("-c cookies.txt");
    // Quotes in a body survive the shell's single quotes.
    expect(op("POST", "/api/finder").curl).toContain(`It'\\''s only`);
    expect(sentBody(op("POST", "/api/finder").curl).text).toContain("It's only a matter of time.");
  });

  it("writes types with the named schemas kept for links", () => {
    expect(typeOf({ $ref: "#/components/schemas/Evidence" })).toEqual([{ ref: "Evidence" }]);
    expect(typeOf({ type: "array", items: { $ref: "#/components/schemas/Verdict" } })).toEqual([{ ref: "Verdict" }, "[]"]);
    expect(typeOf({ anyOf: [{ $ref: "#/components/schemas/Grade" }, { type: "null" }] })).toEqual([{ ref: "Grade" }, " | ", "null"]);
    expect(typeOf({ type: ["string", "null"], format: "date" })).toEqual(["string (date)", " | ", "null"]);
    const names = new Set(reference.schemas.map((s) => s.name));
    const refs = all.flatMap((o) => o.responses.flatMap((r) => [...r.type, ...r.fields.flatMap((f) => f.type)])).filter((p) => typeof p !== "string");
    for (const r of refs) expect(names.has((r as { ref: string }).ref), (r as { ref: string }).ref).toBe(true);
  });
});
