// What a registered webhook receives: one signed POST per event, described as OpenAPI 3.1
// `webhooks`. The `data` of each event is the shape lib/webhooks/payloads.ts builds.
import { z } from "zod";
import type { ZodOpenApiPathsObject } from "zod-openapi";
import { DELIVERY_HEADER, EVENT_HEADER, SIGNATURE_HEADER } from "../../webhooks/signature";
import { PING_EVENT, WEBHOOK_EVENT_LABELS, WEBHOOK_EVENTS, type DeliveryEvent } from "../../webhooks/events";
import { isoDateTime, isoDay } from "./common";

const link = z.string().meta({ format: "uri" });
const claimLinks = { claim: link, api: link };

export const evidenceCreatedDataSchema = z.object({
  evidence: z.object({
    id: z.string(),
    predictionId: z.string(),
    title: z.string(),
    url: z.string(),
    observedOn: isoDay,
    recordedAt: isoDateTime,
    stance: z.string(),
    strength: z.string(),
    summary: z.string(),
    loggedBy: z.string(),
  }),
  links: z.object({ ...claimLinks, evidence: link }),
});

export const verdictRecordedDataSchema = z.object({
  verdict: z.object({
    id: z.string(),
    predictionId: z.string(),
    grade: z.string(),
    credence: z.number().nullable(),
    rationale: z.string(),
    madeOn: isoDay,
    recordedAt: isoDateTime,
    resolvedOn: isoDay.nullable(),
    madeBy: z.string(),
    reviewId: z.string().nullable().meta({ description: "The review it was recorded in, if any." }),
    previousGrade: z.string().nullable(),
  }),
  links: z.object(claimLinks),
});

export const reviewCompletedDataSchema = z.object({
  review: z.object({
    id: z.string(),
    year: z.number().int(),
    completedOn: isoDay,
    hash: z.string(),
    previousHash: z.string().nullable(),
    graded: z.number().int(),
    inScope: z.number().int(),
  }),
  links: z.object({ review: link, report: link, api: link }),
});

export const claimUpdatedDataSchema = z.object({
  claim: z.object({ id: z.string(), statement: z.string() }),
  change: z.object({
    kind: z.string().meta({ description: "edit, quote correction, credence override, parent change or reopening." }),
    changes: z.record(z.string(), z.object({ before: z.unknown(), after: z.unknown() })),
    reason: z.string(),
    by: z.string(),
    at: isoDateTime,
  }),
  links: z.object(claimLinks),
});

const pingDataSchema = z.object({
  webhook: z.object({ id: z.string(), url: z.string(), events: z.array(z.enum(WEBHOOK_EVENTS)) }),
  message: z.string(),
  links: z.object({ admin: link }),
});

const DATA: Record<DeliveryEvent, { schema: z.ZodType; summary: string }> = {
  "evidence.created": { schema: evidenceCreatedDataSchema, summary: WEBHOOK_EVENT_LABELS["evidence.created"] },
  "verdict.recorded": { schema: verdictRecordedDataSchema, summary: WEBHOOK_EVENT_LABELS["verdict.recorded"] },
  "review.completed": { schema: reviewCompletedDataSchema, summary: WEBHOOK_EVENT_LABELS["review.completed"] },
  "claim.updated": { schema: claimUpdatedDataSchema, summary: WEBHOOK_EVENT_LABELS["claim.updated"] },
  [PING_EVENT]: { schema: pingDataSchema, summary: "A test ping, sent from the admin page or POST /api/webhooks/{id}/ping" },
};

const headers = z.object({
  [SIGNATURE_HEADER]: z.string().meta({
    description: '`t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<raw body>")>`. Recompute it over the raw body with the webhook\'s secret, compare in constant time, and refuse a timestamp more than 5 minutes from your clock (a replay).',
    example: "t=1800000000,v1=5f2b…",
  }),
  [EVENT_HEADER]: z.string().meta({ description: "The event, as in the body." }),
  [DELIVERY_HEADER]: z.string().meta({ description: "The delivery's id, as in the body; the same on every retry." }),
});

/** One entry per event, keyed by the event's name. */
export const webhookEvents: ZodOpenApiPathsObject = Object.fromEntries(
  (Object.entries(DATA) as [DeliveryEvent, (typeof DATA)[DeliveryEvent]][]).map(([event, { schema, summary }]) => [
    event,
    {
      post: {
        operationId: `webhook_${event.replace(/\W/g, "_")}`,
        tags: ["Webhooks"],
        summary,
        description:
          "Sent to each active webhook subscribed to the event, after the change is committed. Any 2xx answer acknowledges it; anything else, or no answer within the timeout, is retried with backoff.",
        requestParams: { header: headers },
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: z.object({
                id: z.string().meta({ description: "The delivery's id: use it to ignore a retry you already handled." }),
                event: z.literal(event),
                occurredAt: isoDateTime,
                data: schema,
              }),
            },
          },
        },
        responses: { "2XX": { description: "Received." } },
      },
    },
  ]),
);
