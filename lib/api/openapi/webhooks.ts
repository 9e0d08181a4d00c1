// Webhooks: admins register URLs that receive signed events, and read their delivery log.
import { z } from "zod";
import { WEBHOOK_EVENTS, PING_EVENT } from "../../webhooks/events";
import { createWebhookSchema, DELIVERY_STATUSES, updateWebhookSchema, webhookDeliveriesQuerySchema } from "../../validation/webhooks";
import { idPath, isoDateTime, nextCursor, operation, pageTotal, type RouteGroup } from "./common";

const TAG = "Webhooks";
const count = z.number().int().min(0);
const webhookPath = idPath("webhook");

export const webhookSchema = z
  .object({
    id: z.string(),
    url: z.string(),
    events: z.array(z.enum(WEBHOOK_EVENTS)),
    description: z.string(),
    active: z.boolean(),
    createdBy: z.string(),
    createdAt: isoDateTime,
    deliveries: z.object({ pending: count, delivered: count, failed: count }).meta({ description: "Deliveries by status." }),
  })
  .meta({ id: "Webhook", description: "A registered webhook; never its secret." });

export const deliverySchema = z
  .object({
    id: z.string(),
    event: z.enum([...WEBHOOK_EVENTS, PING_EVENT]),
    status: z.enum(DELIVERY_STATUSES),
    attempts: count,
    lastStatusCode: z.number().int().nullable(),
    lastError: z.string().nullable(),
    nextAttemptAt: isoDateTime.nullable(),
    createdAt: isoDateTime,
    deliveredAt: isoDateTime.nullable(),
  })
  .meta({ id: "WebhookDelivery" });

export const webhooksGroup: RouteGroup = {
  tag: {
    name: TAG,
    description: `Events: ${WEBHOOK_EVENTS.map((e) => `\`${e}\``).join(", ")}. Each delivery is signed with the webhook's secret (HMAC-SHA256 over the timestamp and the body) and retried with backoff; a receiver that is down never blocks or fails the write.`,
  },
  paths: {
    "/api/webhooks": {
      get: operation({
        operationId: "listWebhooks",
        tag: TAG,
        summary: "Every webhook, newest first, with its deliveries counted",
        access: "admin",
        success: { status: 200, description: "The webhooks (at most 50).", schema: z.object({ webhooks: z.array(webhookSchema) }) },
      }),
      post: operation({
        operationId: "createWebhook",
        tag: TAG,
        summary: "Register a webhook",
        access: "admin",
        body: createWebhookSchema,
        success: {
          status: 201,
          description: "The webhook and its signing secret, shown this once.",
          schema: z.object({ webhook: webhookSchema, secret: z.string().meta({ description: "Starts with `whsec_`." }) }),
        },
        errors: { 409: { codes: ["too_many_webhooks"], description: "The instance holds 50 webhooks already." } },
        example: { body: { url: "https://example.org/hooks/tracker", events: ["evidence.created", "verdict.recorded"], description: "Team chat" } },
      }),
    },
    "/api/webhooks/{id}": {
      get: operation({
        operationId: "getWebhook",
        tag: TAG,
        summary: "One webhook",
        access: "admin",
        path: webhookPath,
        success: { status: 200, description: "The webhook.", schema: z.object({ webhook: webhookSchema }) },
        errors: { 404: ["not_found"] },
      }),
      patch: operation({
        operationId: "updateWebhook",
        tag: TAG,
        summary: "Deactivate or reactivate a webhook, or change its events or description",
        access: "admin",
        path: webhookPath,
        body: updateWebhookSchema,
        success: { status: 200, description: "The webhook as it now is.", schema: z.object({ webhook: webhookSchema }) },
        errors: { 404: ["not_found"] },
        example: { body: { active: false } },
      }),
      delete: operation({
        operationId: "deleteWebhook",
        tag: TAG,
        summary: "Remove a webhook and its delivery log",
        access: "admin",
        path: webhookPath,
        success: { status: 200, description: "The removed webhook's id.", schema: z.object({ deleted: z.string() }) },
        errors: { 404: ["not_found"] },
      }),
    },
    "/api/webhooks/{id}/deliveries": {
      get: operation({
        operationId: "listWebhookDeliveries",
        tag: TAG,
        summary: "A webhook's delivery log, newest first",
        access: "admin",
        path: webhookPath,
        query: webhookDeliveriesQuerySchema,
        success: {
          status: 200,
          description: "One page of deliveries.",
          schema: z.object({ deliveries: z.array(deliverySchema), total: pageTotal, nextCursor }),
        },
        errors: { 400: ["invalid_input"], 404: ["not_found"] },
        example: { query: "?status=failed" },
      }),
    },
    "/api/webhooks/{id}/ping": {
      post: operation({
        operationId: "pingWebhook",
        tag: TAG,
        summary: "Send a test ping to one webhook",
        description: "Takes no body. Queues a `ping` delivery and starts sending it; its outcome shows in the delivery log.",
        access: "admin",
        path: webhookPath,
        success: {
          status: 202,
          description: "The queued delivery.",
          schema: z.object({ delivery: z.object({ id: z.string(), event: z.literal(PING_EVENT), status: z.literal("pending") }) }),
        },
        errors: { 404: ["not_found"], 409: { codes: ["webhook_inactive"], description: "The webhook is deactivated." } },
      }),
    },
  },
};
