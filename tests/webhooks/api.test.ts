// The webhook API through its real route handlers: admins only, the secret shown once, a
// private address refused unless allowed, a ping delivered and listed in the delivery log.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { stopWebhookDispatch } from "@/lib/webhooks/dispatch";
import { verifyWebhookSignature } from "@/lib/webhooks/signature";
import { makeAccounts, type TestAccounts } from "../support/accounts";
import { callRoute, discoverRoutes, loadRoute, type RouteModule } from "../support/routes";
import { eventually, startReceiver, type Receiver } from "./receiver";

let accounts: TestAccounts;
let receiver: Receiver;
const mods: Record<string, RouteModule> = {};

beforeAll(async () => {
  process.env.WEBHOOKS_ALLOW_PRIVATE = "1";
  accounts = await makeAccounts();
  receiver = await startReceiver();
  for (const { pattern, file } of discoverRoutes().filter((r) => r.pattern.startsWith("/api/webhooks"))) mods[pattern] = await loadRoute(file);
});

afterAll(async () => {
  await stopWebhookDispatch();
  await receiver.close();
});

describe("the webhooks API", () => {
  it("is for admins only: 401 without a token, 403 for an editor, and nothing stored", async () => {
    const body = { url: receiver.url("/x"), events: ["evidence.created"] };
    expect((await callRoute(mods["/api/webhooks"], "GET", "/api/webhooks")).status).toBe(401);
    expect((await callRoute(mods["/api/webhooks"], "POST", "/api/webhooks", { body })).status).toBe(401);
    const editor = await callRoute(mods["/api/webhooks"], "POST", "/api/webhooks", { body, token: accounts.editor.token });
    expect(editor.status).toBe(403);
    expect((await editor.json()).error.code).toBe("forbidden");
    expect((await callRoute(mods["/api/webhooks"], "GET", "/api/webhooks", { token: accounts.editor.token })).status).toBe(403);
    expect(await prisma.webhook.count()).toBe(0);
  });

  it("refuses bad URLs and events with 400 naming the field, and private addresses unless WEBHOOKS_ALLOW_PRIVATE=1", async () => {
    const post = (body: unknown) => callRoute(mods["/api/webhooks"], "POST", "/api/webhooks", { body, token: accounts.admin.token });
    const bad = await post({ url: "ftp://example.org/in", events: ["evidence.created", "nope"] });
    expect(bad.status).toBe(400);
    expect(Object.keys((await bad.json()).error.fields).sort()).toEqual(["events", "url"]);
    process.env.WEBHOOKS_ALLOW_PRIVATE = "0";
    try {
      const local = await post({ url: receiver.url("/x"), events: ["evidence.created"] });
      expect(local.status).toBe(400);
      expect((await local.json()).error.fields.url[0]).toMatch(/private/);
    } finally {
      process.env.WEBHOOKS_ALLOW_PRIVATE = "1";
    }
  });

  it("registers a webhook (the secret once), pings it, logs the delivery, deactivates and deletes it, all audited", async () => {
    const admin = accounts.admin.token;
    const created = await callRoute(mods["/api/webhooks"], "POST", "/api/webhooks", {
      body: { url: receiver.url("/ping"), events: ["verdict.recorded", "evidence.created"], description: "Chat bridge" },
      token: admin,
    });
    expect(created.status).toBe(201);
    const { webhook, secret } = await created.json();
    expect(secret).toMatch(/^whsec_[0-9a-f]{64}$/);
    expect(webhook).toMatchObject({ events: ["evidence.created", "verdict.recorded"], description: "Chat bridge", active: true });
    const listed = await (await callRoute(mods["/api/webhooks"], "GET", "/api/webhooks", { token: admin })).json();
    expect(JSON.stringify(listed)).not.toContain(secret);

    const ping = await callRoute(mods["/api/webhooks/[id]/ping"], "POST", "/api/webhooks/[id]/ping", { params: { id: webhook.id }, token: admin });
    expect(ping.status).toBe(202);
    const [req] = await receiver.waitFor("/ping", 1);
    expect(req.headers["x-tracker-event"]).toBe("ping");
    expect(verifyWebhookSignature({ secret, body: req.body, header: req.headers["x-tracker-signature"] as string }).ok).toBe(true);
    const log = await eventually(async () => {
      const res = await callRoute(mods["/api/webhooks/[id]/deliveries"], "GET", "/api/webhooks/[id]/deliveries", { params: { id: webhook.id }, token: admin });
      const json = await res.json();
      return json.deliveries[0]?.status === "delivered" ? json : null;
    });
    expect(log).toMatchObject({ total: 1, nextCursor: null, deliveries: [{ event: "ping", status: "delivered", attempts: 1, lastStatusCode: 200 }] });
    const badQuery = await callRoute(mods["/api/webhooks/[id]/deliveries"], "GET", "/api/webhooks/[id]/deliveries", { params: { id: webhook.id }, token: admin, query: "?status=lost" });
    expect(badQuery.status).toBe(400);

    const off = await callRoute(mods["/api/webhooks/[id]"], "PATCH", "/api/webhooks/[id]", { params: { id: webhook.id }, body: { active: false }, token: admin });
    expect((await off.json()).webhook.active).toBe(false);
    const inactivePing = await callRoute(mods["/api/webhooks/[id]/ping"], "POST", "/api/webhooks/[id]/ping", { params: { id: webhook.id }, token: admin });
    expect(inactivePing.status).toBe(409);
    const gone = await callRoute(mods["/api/webhooks/[id]"], "DELETE", "/api/webhooks/[id]", { params: { id: webhook.id }, token: admin });
    expect(gone.status).toBe(200);
    expect(await prisma.webhookDelivery.count({ where: { webhookId: webhook.id } })).toBe(0);
    expect((await callRoute(mods["/api/webhooks/[id]"], "GET", "/api/webhooks/[id]", { params: { id: webhook.id }, token: admin })).status).toBe(404);
    const audit = await prisma.auditLog.findMany({ where: { entityId: webhook.id }, orderBy: { at: "asc" }, select: { action: true, after: true } });
    expect(audit.map((a) => a.action)).toEqual(["webhook.create", "webhook.update", "webhook.delete"]);
    expect(audit.map((a) => a.after ?? "").join("")).not.toContain(secret);
  });
});
