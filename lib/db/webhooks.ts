// Webhooks: registering, changing and removing them (audited), their delivery log, the outbox
// that write paths fill inside their own transaction, and the claim-and-record steps the
// dispatcher (lib/webhooks/dispatch.ts) runs. No "server-only" guard: `npm run webhooks`
// loads it outside Next.js.
import { randomBytes } from "node:crypto";
import { Prisma } from "../generated/prisma/client";
import type { DeliveryStatus } from "../validation/webhooks";
import { buildPayload, type DeliveryEvent, parseEvents, payloadTail, PING_EVENT, publicBaseUrl, serializeEvents, type WebhookEvent } from "../webhooks/events";
import { type AuditActor, writeAudit } from "./audit";
import { prisma } from "./client";
import { ConflictError, NotFoundError } from "./errors";
import { type Page, type PageRequest, readPage, sortKey } from "./keyset";

type Db = Prisma.TransactionClient | typeof prisma;

/** Webhooks are few by design: the list stays one short page. */
export const MAX_WEBHOOKS = 50;

export type WebhookSummary = {
  id: string;
  url: string;
  events: WebhookEvent[];
  description: string;
  active: boolean;
  createdBy: string;
  createdAt: string;
  deliveries: Record<DeliveryStatus, number>;
};

const WEBHOOK_SELECT = { id: true, url: true, events: true, description: true, active: true, createdBy: true, createdAt: true } as const;
type WebhookRow = Prisma.WebhookGetPayload<{ select: typeof WEBHOOK_SELECT }>;

const NO_DELIVERIES = (): Record<DeliveryStatus, number> => ({ pending: 0, delivered: 0, failed: 0 });

function toWebhook(w: WebhookRow, deliveries = NO_DELIVERIES()): WebhookSummary {
  return {
    id: w.id,
    url: w.url,
    events: parseEvents(w.events),
    description: w.description,
    active: w.active,
    createdBy: w.createdBy,
    createdAt: w.createdAt.toISOString(),
    deliveries,
  };
}

/** A new signing secret: 32 random bytes, shown to the admin once. */
export function newWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString("hex")}`;
}

/** Registers a webhook; the answer carries the secret, which is never shown again. */
export async function createWebhook(
  input: { url: string; events: WebhookEvent[]; description?: string },
  actor: AuditActor,
): Promise<{ webhook: WebhookSummary; secret: string }> {
  const secret = newWebhookSecret();
  const w = await prisma.$transaction(async (tx) => {
    if ((await tx.webhook.count()) >= MAX_WEBHOOKS) {
      throw new ConflictError("too_many_webhooks", `An instance holds at most ${MAX_WEBHOOKS} webhooks; delete one first`);
    }
    const row = await tx.webhook.create({
      data: { url: input.url, events: serializeEvents(input.events), secret, description: input.description ?? "", createdBy: actor.label },
      select: WEBHOOK_SELECT,
    });
    await writeAudit(tx, actor, {
      action: "webhook.create",
      entityType: "Webhook",
      entityId: row.id,
      after: { url: row.url, events: parseEvents(row.events), description: row.description },
    });
    return row;
  });
  return { webhook: toWebhook(w), secret };
}

/** Every webhook (at most MAX_WEBHOOKS), newest first, with its deliveries counted by status. */
export async function listWebhooks(): Promise<WebhookSummary[]> {
  const [rows, counts] = await Promise.all([
    prisma.webhook.findMany({ orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: MAX_WEBHOOKS, select: WEBHOOK_SELECT }),
    prisma.webhookDelivery.groupBy({ by: ["webhookId", "status"], _count: { _all: true } }),
  ]);
  const byHook = new Map<string, Record<DeliveryStatus, number>>();
  for (const c of counts) {
    const tally = byHook.get(c.webhookId) ?? NO_DELIVERIES();
    if (c.status in tally) tally[c.status as DeliveryStatus] = c._count._all;
    byHook.set(c.webhookId, tally);
  }
  return rows.map((r) => toWebhook(r, byHook.get(r.id)));
}

export async function getWebhook(id: string): Promise<WebhookSummary | null> {
  const [row, counts] = await Promise.all([
    prisma.webhook.findUnique({ where: { id }, select: WEBHOOK_SELECT }),
    prisma.webhookDelivery.groupBy({ by: ["status"], where: { webhookId: id }, _count: { _all: true } }),
  ]);
  if (!row) return null;
  const tally = NO_DELIVERIES();
  for (const c of counts) if (c.status in tally) tally[c.status as DeliveryStatus] = c._count._all;
  return toWebhook(row, tally);
}

/** Deactivates or reactivates a webhook, or changes its events or description; audited. */
export async function updateWebhook(
  id: string,
  input: { active?: boolean; events?: WebhookEvent[]; description?: string },
  actor: AuditActor,
): Promise<WebhookSummary> {
  await prisma.$transaction(async (tx) => {
    const before = await tx.webhook.findUnique({ where: { id }, select: WEBHOOK_SELECT });
    if (!before) throw new NotFoundError("Webhook", id);
    const data: Prisma.WebhookUpdateInput = {};
    const was: Record<string, unknown> = {};
    const now: Record<string, unknown> = {};
    if (input.active !== undefined && input.active !== before.active) {
      data.active = input.active;
      was.active = before.active;
      now.active = input.active;
    }
    if (input.events !== undefined && serializeEvents(input.events) !== before.events) {
      data.events = serializeEvents(input.events);
      was.events = parseEvents(before.events);
      now.events = parseEvents(data.events);
    }
    if (input.description !== undefined && input.description !== before.description) {
      data.description = input.description;
      was.description = before.description;
      now.description = input.description;
    }
    if (Object.keys(data).length === 0) return;
    await tx.webhook.update({ where: { id }, data });
    await writeAudit(tx, actor, { action: "webhook.update", entityType: "Webhook", entityId: id, before: { url: before.url, ...was }, after: now });
  });
  return (await getWebhook(id))!;
}

/** Removes a webhook and its delivery log; audited. */
export async function deleteWebhook(id: string, actor: AuditActor): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const w = await tx.webhook.findUnique({ where: { id }, select: WEBHOOK_SELECT });
    if (!w) throw new NotFoundError("Webhook", id);
    await tx.webhook.delete({ where: { id } });
    await writeAudit(tx, actor, {
      action: "webhook.delete",
      entityType: "Webhook",
      entityId: id,
      before: { url: w.url, events: parseEvents(w.events), description: w.description, active: w.active },
    });
  });
}

// ---------------------------------------------------------------------------------------
// The outbox: deliveries written in the same transaction as the change they announce

/**
 * One pending delivery for every active webhook subscribed to `event`, as one
 * INSERT … SELECT (never a loop over webhooks). Run it inside the write's transaction: the
 * deliveries exist if and only if the write committed. Each delivery's id is a fresh random
 * prefix plus its webhook's id, and its body is built around that id in SQL (`||` and CAST
 * run on SQLite and PostgreSQL alike).
 */
export function webhookOutboxSql(event: WebhookEvent, data: unknown, now = new Date()): Prisma.Sql {
  const prefix = `${randomBytes(9).toString("base64url")}-`;
  const rest = `",${payloadTail(event, now, data)}`;
  return Prisma.sql`
    INSERT INTO "WebhookDelivery" ("id", "webhookId", "event", "payload", "status", "attempts", "nextAttemptAt", "createdAt")
    SELECT CAST(${prefix} AS TEXT) || w."id", w."id", CAST(${event} AS TEXT),
      CAST(${'{"id":"'} AS TEXT) || CAST(${prefix} AS TEXT) || w."id" || CAST(${rest} AS TEXT),
      'pending', 0, ${now}, ${now}
    FROM "Webhook" w
    WHERE w."active" = TRUE AND (',' || w."events" || ',') LIKE ${`%,${event},%`}`;
}

/** The outbox insert in an interactive transaction; answers how many deliveries it queued. */
export async function queueWebhookEvent(db: Pick<Db, "$executeRaw">, event: WebhookEvent, data: unknown, now = new Date()): Promise<number> {
  return db.$executeRaw(webhookOutboxSql(event, data, now));
}

/** "Send test ping": one delivery to this webhook alone. */
export async function queueWebhookPing(id: string, now = new Date()): Promise<{ deliveryId: string }> {
  const w = await prisma.webhook.findUnique({ where: { id }, select: { id: true, url: true, events: true, active: true } });
  if (!w) throw new NotFoundError("Webhook", id);
  if (!w.active) throw new ConflictError("webhook_inactive", "This webhook is deactivated; activate it to send a ping");
  const deliveryId = `${randomBytes(9).toString("base64url")}-${w.id}`;
  const data = { webhook: { id: w.id, url: w.url, events: parseEvents(w.events) }, message: "A test ping from the prediction tracker", links: { admin: `${publicBaseUrl()}/admin/webhooks` } };
  await prisma.webhookDelivery.create({
    data: { id: deliveryId, webhookId: w.id, event: PING_EVENT, payload: buildPayload(deliveryId, PING_EVENT, now, data), status: "pending", nextAttemptAt: now, createdAt: now },
  });
  return { deliveryId };
}

// ---------------------------------------------------------------------------------------
// The delivery log

export type DeliveryLogItem = {
  id: string;
  event: DeliveryEvent;
  status: DeliveryStatus;
  attempts: number;
  lastStatusCode: number | null;
  lastError: string | null;
  nextAttemptAt: string | null;
  createdAt: string;
  deliveredAt: string | null;
};

type DeliveryRow = {
  id: string;
  event: string;
  status: string;
  attempts: number | bigint;
  lastStatusCode: number | bigint | null;
  lastError: string | null;
  nextAttemptAt: Date | string | null;
  createdAt: Date | string;
  deliveredAt: Date | string | null;
};

const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());
const DELIVERY_KEYS = [sortKey(`d."createdAt"`, "DESC", "date"), sortKey(`d."id"`, "DESC", "string")];

/** One page of a webhook's deliveries, newest first, optionally of one status, with the total. */
export async function listWebhookDeliveries(
  webhookId: string,
  filter: { status?: DeliveryStatus } = {},
  page: Partial<PageRequest> = {},
): Promise<Page<DeliveryLogItem>> {
  const where = filter.status
    ? Prisma.sql`d."webhookId" = ${webhookId} AND d."status" = ${filter.status}`
    : Prisma.sql`d."webhookId" = ${webhookId}`;
  const found = await readPage<DeliveryRow>(prisma, {
    list: `webhook-deliveries:${webhookId}:${filter.status ?? ""}`,
    select: Prisma.sql`d."id", d."event", d."status", d."attempts", d."lastStatusCode", d."lastError", d."nextAttemptAt", d."createdAt", d."deliveredAt"`,
    from: Prisma.sql`"WebhookDelivery" d`,
    where,
    keys: DELIVERY_KEYS,
    page: { limit: Math.min(500, Math.max(1, page.limit ?? 50)), cursor: page.cursor, offset: page.offset },
  });
  return {
    ...found,
    items: found.items.map((r) => ({
      id: r.id,
      event: r.event as DeliveryEvent,
      status: r.status as DeliveryStatus,
      attempts: Number(r.attempts),
      lastStatusCode: r.lastStatusCode === null ? null : Number(r.lastStatusCode),
      lastError: r.lastError,
      nextAttemptAt: iso(r.nextAttemptAt),
      createdAt: iso(r.createdAt)!,
      deliveredAt: iso(r.deliveredAt),
    })),
  };
}

// ---------------------------------------------------------------------------------------
// For the dispatcher

export type ClaimedDelivery = { id: string; event: string; payload: string; attempts: number; url: string; secret: string };

/**
 * Takes up to `limit` due deliveries for this runner. Each is claimed with a conditional
 * UPDATE (still pending and due): of two runners, only one wins a row. The claim counts the
 * attempt and moves `nextAttemptAt` past `leaseMs`, so a runner that dies mid-send leaves
 * the delivery to be tried again once the lease ends.
 */
export async function claimDueDeliveries(now: Date, limit: number, leaseMs: number): Promise<ClaimedDelivery[]> {
  const due = await prisma.$queryRaw<{ id: string }[]>`
    SELECT d."id" FROM "WebhookDelivery" d JOIN "Webhook" w ON w."id" = d."webhookId"
    WHERE d."status" = 'pending' AND d."nextAttemptAt" <= ${now} AND w."active" = TRUE
    ORDER BY d."nextAttemptAt", d."id"
    LIMIT ${limit}`;
  const lease = new Date(now.getTime() + leaseMs);
  const won: string[] = [];
  for (const { id } of due) {
    const claimed = await prisma.webhookDelivery.updateMany({
      where: { id, status: "pending", nextAttemptAt: { lte: now } },
      data: { nextAttemptAt: lease, attempts: { increment: 1 } },
    });
    if (claimed.count === 1) won.push(id);
  }
  if (!won.length) return [];
  const rows = await prisma.webhookDelivery.findMany({
    where: { id: { in: won } },
    select: { id: true, event: true, payload: true, attempts: true, webhook: { select: { url: true, secret: true } } },
  });
  return rows.map((r) => ({ id: r.id, event: r.event, payload: r.payload, attempts: r.attempts, url: r.webhook.url, secret: r.webhook.secret }));
}

/** What one attempt ended with: delivered, to be tried again at `retryAt`, or failed for good. */
export async function recordDeliveryAttempt(
  id: string,
  outcome: { statusCode: number | null; error: string | null; delivered: boolean; retryAt: Date | null },
  now = new Date(),
): Promise<void> {
  await prisma.webhookDelivery.updateMany({
    where: { id, status: "pending" },
    data: outcome.delivered
      ? { status: "delivered", deliveredAt: now, nextAttemptAt: null, lastStatusCode: outcome.statusCode, lastError: null }
      : {
          status: outcome.retryAt ? "pending" : "failed",
          nextAttemptAt: outcome.retryAt,
          lastStatusCode: outcome.statusCode,
          lastError: outcome.error?.slice(0, 500) ?? null,
        },
  });
}

/** When the next pending delivery falls due (an active webhook's), or null when none is waiting. */
export async function nextDeliveryDue(): Promise<Date | null> {
  const rows = await prisma.$queryRaw<{ at: Date | string | null }[]>`
    SELECT MIN(d."nextAttemptAt") AS "at" FROM "WebhookDelivery" d JOIN "Webhook" w ON w."id" = d."webhookId"
    WHERE d."status" = 'pending' AND w."active" = TRUE`;
  const at = rows[0]?.at;
  return at === null || at === undefined ? null : new Date(at);
}
