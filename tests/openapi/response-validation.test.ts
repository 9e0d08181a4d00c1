// The check callRoute runs on every answer (tests/support/openapi-validation.ts) catches an
// answer the document does not describe: a missing or mistyped field, an extra field, an
// undocumented status or media type, a malformed date; and lets a documented one through.
import { describe, expect, it } from "vitest";
import { ResponseValidator, assertDocumentedResponse } from "../support/openapi-validation";

const validator = new ResponseValidator();
const JSON_TYPE = "application/json";

const token = { id: "t1", name: "Laptop", prefix: "pt_abcdefg", createdAt: "2025-01-02T03:04:05.000Z", lastUsedAt: null, revokedAt: null };

describe("response validation against the OpenAPI document", () => {
  it("accepts an answer as documented", () => {
    expect(validator.check("/api/tokens", "GET", 200, JSON_TYPE, { tokens: [token] })).toEqual({ ok: true });
    expect(validator.check("/api/tokens", "GET", 401, JSON_TYPE, { error: { code: "unauthorized", message: "Sign in" } })).toEqual({ ok: true });
  });

  it("names the path and the problem for a missing, extra or mistyped field", () => {
    const { createdAt: _, ...missing } = token;
    const cases: [unknown, RegExp][] = [
      [{ tokens: [missing] }, /GET \/api\/tokens → 200: .*\/tokens\/0 must have required property 'createdAt'/],
      [{ tokens: [{ ...token, hash: "x" }] }, /\/tokens\/0 must NOT have additional properties.*"additionalProperty":"hash"/],
      [{ tokens: [{ ...token, lastUsedAt: 5 }] }, /\/tokens\/0\/lastUsedAt must be string/],
      [{ tokens: [{ ...token, createdAt: "2025-02-30T00:00:00.000Z" }] }, /\/tokens\/0\/createdAt must match format "date-time"/],
    ];
    for (const [body, message] of cases) {
      const result = validator.check("/api/tokens", "GET", 200, JSON_TYPE, body);
      expect(result.ok).toBe(false);
      expect(result.ok === false && result.message).toMatch(message);
    }
  });

  it("refuses an error code the status does not document", () => {
    const result = validator.check("/api/predictions/[id]/reopen", "POST", 409, JSON_TYPE, { error: { code: "tag_in_use", message: "x" } });
    expect(result.ok === false && result.message).toMatch(/POST \/api\/predictions\/\{id\}\/reopen → 409: .*\/error\/code must be equal to one of the allowed values/);
  });

  it("refuses an undocumented status or media type", () => {
    const status = validator.check("/api/scorecard", "GET", 409, JSON_TYPE, { error: { code: "conflict", message: "x" } });
    expect(status.ok === false && status.message).toMatch(/GET \/api\/scorecard → 409: status 409 is not documented \(documented: 200, 401, 500\)/);
    const media = validator.check("/api/scorecard", "GET", 200, "text/html; charset=utf-8", "<p>hi</p>");
    expect(media.ok === false && media.message).toMatch(/media type "text\/html" is not documented/);
  });

  it("skips routes outside /api, and routes the document does not know (the coverage test reports those)", async () => {
    await expect(assertDocumentedResponse("/reviews/[year]/report.md", "GET", new Response("# report", { headers: { "content-type": "text/markdown" } }))).resolves.toBeUndefined();
    expect(validator.check("/api/no-such-route", "GET", 200, JSON_TYPE, {}).ok).toBe("skipped");
  });

  it("throws from assertDocumentedResponse and leaves the answer readable", async () => {
    const bad = Response.json({ tokens: "none" });
    await expect(assertDocumentedResponse("/api/tokens", "GET", bad)).rejects.toThrow(/OpenAPI: GET \/api\/tokens → 200: .*\/tokens must be array/);
    const good = Response.json({ tokens: [] });
    await assertDocumentedResponse("/api/tokens", "GET", good);
    expect(await good.json()).toEqual({ tokens: [] });
  });
});
