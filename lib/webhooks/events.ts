// The events a webhook can subscribe to, and the exact body each delivery sends. Pure.

/** The environment, or any record of its variables (tests). */
type Env = Record<string, string | undefined>;

export const WEBHOOK_EVENTS = ["evidence.created", "verdict.recorded", "review.completed", "claim.updated"] as const;
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];

/** Sent by "Send test ping" to one webhook, whatever it subscribes to. */
export const PING_EVENT = "ping";
export type DeliveryEvent = WebhookEvent | typeof PING_EVENT;

export const WEBHOOK_EVENT_LABELS: Record<WebhookEvent, string> = {
  "evidence.created": "Evidence logged on a claim",
  "verdict.recorded": "A verdict recorded on a claim (also in a review)",
  "review.completed": "A yearly review completed and sealed",
  "claim.updated": "A claim edited, its quote corrected, its credence overridden, its parent changed or the claim reopened",
};

export function isWebhookEvent(value: unknown): value is WebhookEvent {
  return typeof value === "string" && (WEBHOOK_EVENTS as readonly string[]).includes(value);
}

/** The stored column: the events in their fixed order, comma-separated, each once. */
export function serializeEvents(events: readonly WebhookEvent[]): string {
  return WEBHOOK_EVENTS.filter((e) => events.includes(e)).join(",");
}

export function parseEvents(stored: string): WebhookEvent[] {
  return stored.split(",").filter(isWebhookEvent);
}

/**
 * The body after its id. The outbox INSERT … SELECT writes one delivery per webhook with its
 * own id, so the database puts `{"id":"<delivery id>",` in front of this tail: the stored body
 * is then exactly `buildPayload(id, …)`.
 */
export function payloadTail(event: DeliveryEvent, occurredAt: Date, data: unknown): string {
  return JSON.stringify({ event, occurredAt: occurredAt.toISOString(), data }).slice(1);
}

/** `{"id", "event", "occurredAt", "data"}`: what a receiver gets, and what is signed. */
export function buildPayload(id: string, event: DeliveryEvent, occurredAt: Date, data: unknown): string {
  return `{"id":${JSON.stringify(id)},${payloadTail(event, occurredAt, data)}`;
}

/** The app's public address for the links in a payload (BETTER_AUTH_URL, else localhost). */
export function publicBaseUrl(env: Env = process.env): string {
  const url = env.BETTER_AUTH_URL?.trim();
  return (url || `http://localhost:${env.PORT?.trim() || "3000"}`).replace(/\/+$/, "");
}
