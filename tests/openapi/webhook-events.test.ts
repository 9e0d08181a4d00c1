// The webhook deliveries the document describes (its `webhooks`) are the bodies the app
// builds: each event's payload, made by lib/webhooks/payloads.ts and buildPayload, validates
// against the documented schema, and a wrong one does not.
import { describe, expect, it } from "vitest";
import { openApiDocument } from "@/lib/api/openapi/document";
import { buildPayload, WEBHOOK_EVENTS } from "@/lib/webhooks/events";
import { claimUpdatedData, evidenceCreatedData, reviewCompletedData, verdictRecordedData } from "@/lib/webhooks/payloads";
import { DELIVERY_HEADER, EVENT_HEADER, SIGNATURE_HEADER } from "@/lib/webhooks/signature";
import { openApiAjv } from "../support/openapi-validation";

const doc = openApiDocument();
const ajv = openApiAjv(doc);
type Webhook = { post: { parameters: { name: string; in: string }[]; requestBody: { content: { "application/json": { schema: object } } } } };
const webhook = (event: string) => (doc.webhooks as Record<string, Webhook>)[event].post;
const validatorFor = (event: string) => ajv.compile(webhook(event).requestBody.content["application/json"].schema);
const at = new Date("2026-03-01T12:00:00.000Z");
const body = (event: string, data: unknown) => JSON.parse(buildPayload("d1-w1", event as never, at, data));

const SAMPLES: Record<(typeof WEBHOOK_EVENTS)[number], unknown> = {
  "evidence.created": evidenceCreatedData({
    id: "e1", predictionId: "p1", title: "T", url: "https://example.org", observedOn: "2026-02-01", recordedAt: at.toISOString(),
    stance: "supports", strength: "weak", summary: "S", loggedBy: "Editor",
  }),
  "verdict.recorded": verdictRecordedData({
    id: "v1", predictionId: "p1", grade: "confirmed", credence: 0.8, rationale: "R", madeOn: "2026-03-01", recordedAt: at.toISOString(),
    resolvedOn: "2026-02-20", madeBy: "Editor", reviewId: null, previousGrade: "on_track",
  }),
  "review.completed": reviewCompletedData({ id: "r1", year: 2025, completedOn: "2026-01-02", hash: "a".repeat(64), previousHash: null, graded: 3, inScope: 4 }),
  "claim.updated": claimUpdatedData({
    predictionId: "p1", statement: "S", kind: "edit", changes: { criteria: { before: "a", after: "b" } }, reason: "R", by: "Admin", at: at.toISOString(),
  }),
};

describe("the documented webhook deliveries", () => {
  it("describe every event, and ping, with the signature, event and delivery headers", () => {
    expect(Object.keys(doc.webhooks ?? {}).sort()).toEqual([...WEBHOOK_EVENTS, "ping"].sort());
    for (const event of Object.keys(doc.webhooks ?? {})) {
      expect(webhook(event).parameters.map((p) => `${p.in} ${p.name}`)).toEqual([`header ${SIGNATURE_HEADER}`, `header ${EVENT_HEADER}`, `header ${DELIVERY_HEADER}`]);
    }
  });

  it("match the bodies the app sends", () => {
    for (const event of WEBHOOK_EVENTS) {
      const validate = validatorFor(event);
      expect(validate(body(event, SAMPLES[event])), `${event}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
  });

  it("refuse a body of another event or with a changed field", () => {
    expect(validatorFor("evidence.created")(body("evidence.created", SAMPLES["verdict.recorded"]))).toBe(false);
    expect(validatorFor("verdict.recorded")(body("evidence.created", SAMPLES["verdict.recorded"]))).toBe(false);
    const data = SAMPLES["review.completed"] as { review: Record<string, unknown> };
    expect(validatorFor("review.completed")(body("review.completed", { ...data, review: { ...data.review, year: "2025" } }))).toBe(false);
  });
});
