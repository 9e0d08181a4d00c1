import { describe, expect, it } from "vitest";
import { buildPayload, parseEvents, serializeEvents } from "./events";
import { deliverySchedule, describeBackoff, nextAttemptAfter } from "./schedule";
import { webhookUrlProblem } from "./url";

describe("webhook URLs", () => {
  const strict = { allowPrivate: false };
  it("takes public http(s) addresses", () => {
    for (const url of ["https://hooks.example.org/tracker", "http://example.com:8080/in?token=abc", "https://203.0.113.9/hook"]) {
      expect(webhookUrlProblem(url, strict), url).toBeNull();
    }
  });
  it("refuses other schemes, credentials and unparseable text", () => {
    expect(webhookUrlProblem("ftp://example.org/x", strict)).toMatch(/http/);
    expect(webhookUrlProblem("javascript:alert(1)", strict)).toMatch(/http/);
    expect(webhookUrlProblem("not a url", strict)).toMatch(/full http/);
    expect(webhookUrlProblem("https://user:pw@example.org/", strict)).toMatch(/user name or password/);
    expect(webhookUrlProblem("http://224.0.0.1/", { allowPrivate: true })).toMatch(/multicast/);
  });
  it("refuses loopback, private and internal hosts unless private addresses are allowed", () => {
    for (const url of ["http://127.0.0.1:9000/", "http://localhost/", "http://[::1]/", "http://10.1.2.3/", "http://192.168.0.5/", "http://169.254.169.254/latest", "http://2130706433/", "http://intranet/", "http://printer.local/", "http://[::ffff:127.0.0.1]/"]) {
      expect(webhookUrlProblem(url, strict), url).toMatch(/WEBHOOKS_ALLOW_PRIVATE=1/);
      expect(webhookUrlProblem(url, { allowPrivate: true }), url).toBeNull();
    }
  });
});

describe("webhook events and bodies", () => {
  it("stores events in a fixed order, once each, and reads back only known ones", () => {
    expect(serializeEvents(["claim.updated", "evidence.created", "claim.updated"])).toBe("evidence.created,claim.updated");
    expect(parseEvents("evidence.created,bogus,review.completed")).toEqual(["evidence.created", "review.completed"]);
  });
  it("builds the body with the delivery id first", () => {
    const body = buildPayload("d-1", "evidence.created", new Date("2026-11-29T10:00:00Z"), { evidence: { id: "e1" } });
    expect(Object.keys(JSON.parse(body))).toEqual(["id", "event", "occurredAt", "data"]);
    expect(JSON.parse(body)).toEqual({ id: "d-1", event: "evidence.created", occurredAt: "2026-11-29T10:00:00.000Z", data: { evidence: { id: "e1" } } });
  });
});

describe("the retry schedule", () => {
  it("defaults to 1 m, 5 m, 30 m, 2 h, 12 h and six attempts", () => {
    const s = deliverySchedule({});
    expect(s.backoffMs).toEqual([60_000, 300_000, 1_800_000, 7_200_000, 43_200_000]);
    expect(s.maxAttempts).toBe(6);
    const now = new Date("2026-01-01T00:00:00Z");
    expect(nextAttemptAfter(s, 1, now)?.toISOString()).toBe("2026-01-01T00:01:00.000Z");
    expect(nextAttemptAfter(s, 5, now)?.toISOString()).toBe("2026-01-01T12:00:00.000Z");
    expect(nextAttemptAfter(s, 6, now)).toBeNull();
  });
  it("is configurable down to milliseconds, and refuses nonsense", () => {
    expect(deliverySchedule({ WEBHOOKS_BACKOFF: "20ms,40ms", WEBHOOKS_TIMEOUT_MS: "250" })).toEqual({ backoffMs: [20, 40], maxAttempts: 3, timeoutMs: 250 });
    expect(() => deliverySchedule({ WEBHOOKS_BACKOFF: "soon" })).toThrow(/WEBHOOKS_BACKOFF/);
    expect(() => deliverySchedule({ WEBHOOKS_TIMEOUT_MS: "-1" })).toThrow(/WEBHOOKS_TIMEOUT_MS/);
  });
});

describe("describeBackoff", () => {
  it("reads the schedule in words", () => {
    expect(describeBackoff(deliverySchedule({}))).toBe("1 min, 5 min, 30 min, 2 h and 12 h");
    expect(describeBackoff(deliverySchedule({ WEBHOOKS_BACKOFF: "20ms,2s" }))).toBe("20 ms and 2 s");
  });
});
