import { describe, expect, it } from "vitest";
import { signWebhook, verifyWebhookSignature } from "./signature";

const SECRET = "whsec_test";
const BODY = '{"id":"d1","event":"evidence.created","occurredAt":"2026-11-29T10:00:00.000Z","data":{"evidence":{"id":"e1"}}}';
const T = 1_800_000_000;
const NOW = T * 1000;

describe("webhook signatures", () => {
  it("verifies what it signed, within the tolerance window", () => {
    const header = signWebhook(SECRET, BODY, T);
    expect(header).toMatch(/^t=1800000000,v1=[0-9a-f]{64}$/);
    expect(verifyWebhookSignature({ secret: SECRET, body: BODY, header, now: NOW })).toEqual({ ok: true, timestamp: T });
    expect(verifyWebhookSignature({ secret: SECRET, body: BODY, header, now: NOW + 299_000 }).ok).toBe(true);
  });

  it("refuses a tampered body, a wrong secret and a changed timestamp", () => {
    const header = signWebhook(SECRET, BODY, T);
    expect(verifyWebhookSignature({ secret: SECRET, body: BODY.replace("e1", "e2"), header, now: NOW })).toEqual({ ok: false, reason: "mismatch" });
    expect(verifyWebhookSignature({ secret: "whsec_other", body: BODY, header, now: NOW })).toEqual({ ok: false, reason: "mismatch" });
    // Re-stamping a captured signature with a fresh time breaks it: the time is signed too.
    const restamped = header.replace(`t=${T}`, `t=${T + 60}`);
    expect(verifyWebhookSignature({ secret: SECRET, body: BODY, header: restamped, now: NOW + 60_000 })).toEqual({ ok: false, reason: "mismatch" });
  });

  it("refuses a stale or future timestamp, even with a valid signature", () => {
    const header = signWebhook(SECRET, BODY, T);
    expect(verifyWebhookSignature({ secret: SECRET, body: BODY, header, now: NOW + 301_000 })).toEqual({ ok: false, reason: "stale" });
    expect(verifyWebhookSignature({ secret: SECRET, body: BODY, header, now: NOW - 301_000 })).toEqual({ ok: false, reason: "stale" });
    expect(verifyWebhookSignature({ secret: SECRET, body: BODY, header, now: NOW + 3_000_000, toleranceSeconds: 3600 }).ok).toBe(true);
  });

  it("refuses missing and malformed headers, and accepts any one matching v1 (secret rotation)", () => {
    for (const header of [null, "", "v1=abc", `t=${T}`, `t=soon,v1=${"0".repeat(64)}`, `t=${T},v1=xyz`]) {
      expect(verifyWebhookSignature({ secret: SECRET, body: BODY, header, now: NOW })).toEqual({ ok: false, reason: "malformed" });
    }
    const good = signWebhook(SECRET, BODY, T).split(",v1=")[1];
    expect(verifyWebhookSignature({ secret: SECRET, body: BODY, header: `t=${T},v1=${"0".repeat(64)},v1=${good}`, now: NOW }).ok).toBe(true);
  });
});
