// Webhooks end to end on a real database and a local HTTP receiver (127.0.0.1, so these tests
// set WEBHOOKS_ALLOW_PRIVATE=1): the outbox is written with the change, deliveries are signed
// and verifiable, failures are retried on a (millisecond) backoff, and a receiver that is
// down or hangs never slows or fails the write.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { createEvidence } from "@/lib/db/evidence";
import { updatePrediction, reopenClaim } from "@/lib/db/claims";
import { completeReview, openReview } from "@/lib/db/reviews";
import { createVerdict } from "@/lib/db/verdicts";
import { createWebhook, updateWebhook, webhookOutboxSql } from "@/lib/db/webhooks";
import { deliverDueWebhooks, stopWebhookDispatch, resumeWebhookDispatch, webhookDispatchIdle } from "@/lib/webhooks/dispatch";
import type { WebhookEvent } from "@/lib/webhooks/events";
import { verifyWebhookSignature } from "@/lib/webhooks/signature";
import { makeClaim, makeSource } from "../support/factories";
import { eventually, startReceiver, type Receiver } from "./receiver";

const ACTOR = { id: null, label: "webhook test" };
let receiver: Receiver;
let claimId: string;

const evidenceInput = (title: string) => ({
  title,
  url: "https://example.org/e",
  observedOn: "2024-03-01",
  stance: "supports" as const,
  strength: "moderate" as const,
  summary: "A summary.",
});

/** A webhook for one test; deactivated afterwards so later tests' events do not reach it. */
async function hook(path: string, events: WebhookEvent[] = ["evidence.created"]) {
  const { webhook, secret } = await createWebhook({ url: receiver.url(path), events }, ACTOR);
  return { ...webhook, secret, done: () => updateWebhook(webhook.id, { active: false }, ACTOR) };
}

const deliveriesOf = (webhookId: string) => prisma.webhookDelivery.findMany({ where: { webhookId }, orderBy: { createdAt: "asc" } });

beforeAll(async () => {
  Object.assign(process.env, { WEBHOOKS_ALLOW_PRIVATE: "1", WEBHOOKS_BACKOFF: "40ms,80ms", WEBHOOKS_TIMEOUT_MS: "400" });
  receiver = await startReceiver();
  claimId = (await makeClaim({ sourceId: (await makeSource()).id })).id;
});

afterAll(async () => {
  await stopWebhookDispatch();
  await receiver.close();
});

describe("webhook deliveries", () => {
  it("creating evidence sends one signed delivery that the receiver verifies", async () => {
    const h = await hook("/ok");
    const e = await createEvidence(claimId, evidenceInput("Signed"), ACTOR);
    const [req] = await receiver.waitFor("/ok", 1);
    expect(verifyWebhookSignature({ secret: h.secret, body: req.body, header: req.headers["x-tracker-signature"] as string })).toEqual({ ok: true, timestamp: expect.any(Number) });
    expect(verifyWebhookSignature({ secret: "whsec_wrong", body: req.body, header: req.headers["x-tracker-signature"] as string }).ok).toBe(false);
    const body = JSON.parse(req.body);
    expect(req.headers["x-tracker-event"]).toBe("evidence.created");
    expect(req.headers["x-tracker-delivery"]).toBe(body.id);
    expect(body).toMatchObject({ event: "evidence.created", data: { evidence: { id: e.id, predictionId: claimId, title: "Signed", stance: "supports" } } });
    expect(body.data.links.claim).toMatch(new RegExp(`/predictions/${claimId}$`));
    const [d] = await eventually(async () => ((await deliveriesOf(h.id))[0]?.status === "delivered" ? deliveriesOf(h.id) : null));
    expect(d).toMatchObject({ id: body.id, status: "delivered", attempts: 1, lastStatusCode: 200, lastError: null, nextAttemptAt: null });
    expect(d.payload).toBe(req.body);
    await h.done();
  });

  it("retries a receiver that answers 500, then 200, after the backoff, and ends delivered after 2 attempts", async () => {
    receiver.on("/flaky", { statuses: [500, 200] });
    const h = await hook("/flaky");
    await createEvidence(claimId, evidenceInput("Flaky"), ACTOR);
    const [first, second] = await receiver.waitFor("/flaky", 2);
    expect(second.at - first.at).toBeGreaterThanOrEqual(35);
    expect(second.body).toBe(first.body);
    const [d] = await eventually(async () => ((await deliveriesOf(h.id))[0]?.status === "delivered" ? deliveriesOf(h.id) : null));
    expect(d).toMatchObject({ status: "delivered", attempts: 2, lastStatusCode: 200 });
    await h.done();
  });

  it("a receiver that is down leaves the write stored and the delivery retried, then failed, with the error", async () => {
    const down = await startReceiver();
    const url = down.url("/gone");
    await down.close();
    const { webhook } = await createWebhook({ url, events: ["evidence.created"] }, ACTOR);
    const e = await createEvidence(claimId, evidenceInput("Down"), ACTOR);
    expect(await prisma.evidence.count({ where: { id: e.id } })).toBe(1);
    const [pending] = await deliveriesOf(webhook.id);
    expect(pending.status).toBe("pending");
    const [d] = await eventually(async () => ((await deliveriesOf(webhook.id))[0]?.status === "failed" ? deliveriesOf(webhook.id) : null));
    expect(d).toMatchObject({ status: "failed", attempts: 3, lastStatusCode: null, nextAttemptAt: null });
    expect(d.lastError).toMatch(/ECONNREFUSED/);
    await updateWebhook(webhook.id, { active: false }, ACTOR);
  });

  it("a receiver that hangs does not delay the write; the attempt times out and is recorded", async () => {
    receiver.on("/hang", "hang");
    const h = await hook("/hang");
    const started = Date.now();
    await createEvidence(claimId, evidenceInput("Hang"), ACTOR);
    // The receiver holds each request for good; the write returned long before the 400 ms limit.
    expect(Date.now() - started).toBeLessThan(300);
    await receiver.waitFor("/hang", 1);
    const [d] = await eventually(async () => ((await deliveriesOf(h.id))[0]?.lastError ? deliveriesOf(h.id) : null));
    expect(d.lastError).toBe("timed out after 400 ms");
    await h.done();
    await webhookDispatchIdle();
  });
});

describe("the outbox", () => {
  it("queues each write's event for the webhooks subscribed to it only, in the write's transaction", async () => {
    await stopWebhookDispatch();
    const verdicts = await hook("/verdicts", ["verdict.recorded"]);
    const everything = await hook("/all", ["evidence.created", "verdict.recorded", "review.completed", "claim.updated"]);
    await createEvidence(claimId, evidenceInput("Only for all"), ACTOR);
    expect((await deliveriesOf(verdicts.id)).map((d) => d.event)).toEqual([]);
    await createVerdict(claimId, { grade: "confirmed", credence: null, rationale: "Happened.", evidenceIds: [] }, ACTOR);
    await updatePrediction(claimId, { criteria: "Checked again.", reason: "Clearer" }, ACTOR);
    await reopenClaim(claimId, "A second look", ACTOR);
    await openReview({ year: 2025 }, ACTOR);
    await completeReview(2025, ACTOR);
    // A write that fails (an unknown claim) queues nothing.
    await expect(createEvidence("no-such-claim", evidenceInput("Nope"), ACTOR)).rejects.toThrow();
    expect((await deliveriesOf(verdicts.id)).map((d) => d.event)).toEqual(["verdict.recorded"]);
    const all = await deliveriesOf(everything.id);
    expect(all.map((d) => d.event)).toEqual(["evidence.created", "verdict.recorded", "claim.updated", "claim.updated", "review.completed"]);
    const bodies = all.map((d) => JSON.parse(d.payload));
    expect(bodies.map((b) => b.id)).toEqual(all.map((d) => d.id));
    expect(bodies[1].data.verdict).toMatchObject({ predictionId: claimId, grade: "confirmed", previousGrade: null });
    expect(bodies[2].data.change).toMatchObject({ kind: "edit", changes: { criteria: { after: "Checked again." } }, reason: "Clearer" });
    expect(bodies[3].data.change.kind).toBe("reopen");
    expect(bodies[4].data.review).toMatchObject({ year: 2025, hash: expect.stringMatching(/^[0-9a-f]{64}$/) });
    // An inactive webhook gets nothing.
    await verdicts.done();
    await prisma.$executeRaw(webhookOutboxSql("verdict.recorded", {}, new Date()));
    expect(await prisma.webhookDelivery.count({ where: { webhookId: verdicts.id } })).toBe(1);
    await everything.done();
    await prisma.webhookDelivery.deleteMany({ where: { webhookId: { in: [verdicts.id, everything.id] } } });
  });

  it("two runners at once send each due delivery exactly once", async () => {
    const h = await hook("/twice");
    for (let i = 0; i < 6; i++) await createEvidence(claimId, evidenceInput(`Race ${i}`), ACTOR);
    const runs = await Promise.all([deliverDueWebhooks(), deliverDueWebhooks()]);
    expect(runs[0].attempted + runs[1].attempted).toBe(6);
    const got = receiver.received.filter((r) => r.path === "/twice").map((r) => r.headers["x-tracker-delivery"]);
    expect(new Set(got).size).toBe(6);
    expect(got).toHaveLength(6);
    await h.done();
    resumeWebhookDispatch();
  });
});
