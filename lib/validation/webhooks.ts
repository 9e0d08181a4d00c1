// Webhooks' inputs: registering one, changing one, reading its delivery log; and the weekly
// digest's opt-in. One schema per input, shared by the admin page's actions and the API.
import { z } from "zod";
import { WEBHOOK_EVENTS } from "../webhooks/events";
import { allowsPrivateWebhooks, webhookUrlProblem } from "../webhooks/url";
import { apiPageSchema } from "./filters";
import { LIMITS, STRICT, optionalText } from "./common";

export const WEBHOOK_DESCRIPTION_MAX = 500;
export const DELIVERY_STATUSES = ["pending", "delivered", "failed"] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

/** The private-address rule reads the server's environment each time (WEBHOOKS_ALLOW_PRIVATE). */
export const webhookUrl = z
  .string({ error: "URL is required" })
  .trim()
  .min(1, "URL is required")
  .max(LIMITS.url, `URL must be at most ${LIMITS.url} characters`)
  .superRefine((v, ctx) => {
    const problem = webhookUrlProblem(v, { allowPrivate: allowsPrivateWebhooks() });
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  });

const webhookEvents = z
  .array(z.enum(WEBHOOK_EVENTS, { error: `Each event must be one of: ${WEBHOOK_EVENTS.join(", ")}` }), { error: "Choose at least one event" })
  .min(1, "Choose at least one event")
  .max(WEBHOOK_EVENTS.length * 2, "List each event once")
  .transform((list) => [...new Set(list)]);

export const createWebhookSchema = z.strictObject(
  {
    url: webhookUrl,
    events: webhookEvents,
    description: optionalText("Description", WEBHOOK_DESCRIPTION_MAX).optional(),
  },
  STRICT,
);
export type CreateWebhookInput = z.output<typeof createWebhookSchema>;

/** Turning a webhook off or on again, or changing what it receives or its description. */
export const updateWebhookSchema = z
  .strictObject(
    {
      active: z.boolean({ error: "active must be true or false" }).optional(),
      events: webhookEvents.optional(),
      description: optionalText("Description", WEBHOOK_DESCRIPTION_MAX).optional(),
    },
    STRICT,
  )
  .refine((v) => v.active !== undefined || v.events !== undefined || v.description !== undefined, {
    message: "Give active, events or description",
    path: ["_"],
  });
export type UpdateWebhookInput = z.output<typeof updateWebhookSchema>;

/** `GET /api/webhooks/{id}/deliveries`: the API's paging, and an optional status. */
export const webhookDeliveriesQuerySchema = apiPageSchema.extend({
  status: z.enum(DELIVERY_STATUSES, { error: `status must be one of: ${DELIVERY_STATUSES.join(", ")}` }).optional(),
});
export type WebhookDeliveriesQuery = z.output<typeof webhookDeliveriesQuerySchema>;

/** The weekly digest on /account: on or off. */
export const digestOptInSchema = z.strictObject({ digestOptIn: z.boolean({ error: "digestOptIn must be true or false" }) }, STRICT);
