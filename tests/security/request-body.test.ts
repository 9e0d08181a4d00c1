// JSON bodies through the real route handlers, tried as the probe's attacks: huge bodies
// streamed at once (memory measured), a declared Content-Length over the limit, and unknown
// keys named after Object.prototype's properties.
import { beforeAll, describe, expect, it } from "vitest";
import { MAX_BODY_BYTES } from "@/lib/api/respond";
import { prisma } from "@/lib/db/client";
import { makeAccounts, type TestAccounts } from "../support/accounts";
import { callRoute, discoverRoutes, loadRoute, type RouteModule } from "../support/routes";

const MB = 1024 * 1024;
let signIn: RouteModule;
let sources: RouteModule;
let accounts: TestAccounts;

beforeAll(async () => {
  const load = (pattern: string) => loadRoute(discoverRoutes().find((r) => r.pattern === pattern)!.file);
  [signIn, sources] = await Promise.all([load("/api/auth/sign-in"), load("/api/sources")]);
  accounts = await makeAccounts();
});

/**
 * A body of `total` bytes produced only as it is read (as a socket delivers it), counting
 * how many bytes the server actually pulled.
 */
function streamedBody(total: number) {
  const chunk = new Uint8Array(64 * 1024).fill(0x20); // JSON whitespace, valid up to any length
  const head = new TextEncoder().encode('{"email":"a@example.org","password":"p"}');
  let sent = 0;
  const counter = { pulled: 0 };
  const stream = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (sent >= total) return controller.close();
        const piece = sent === 0 ? head : chunk.subarray(0, Math.min(chunk.length, total - sent));
        sent += piece.byteLength;
        counter.pulled = sent;
        controller.enqueue(piece);
      },
    },
    { highWaterMark: 0 },
  );
  return { stream, counter };
}

const postStream = (stream: ReadableStream<Uint8Array>, headers: Record<string, string> = {}) =>
  signIn.POST!(
    new Request("http://127.0.0.1/api/auth/sign-in", {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: stream,
      duplex: "half",
    } as RequestInit),
    { params: Promise.resolve({}) },
  );

describe("attack: oversized bodies", () => {
  it("four concurrent 100 MB streamed bodies get 413 after at most 64 kB each is read, and memory stays flat", async () => {
    global.gc?.();
    const before = process.memoryUsage().rss;
    const bodies = Array.from({ length: 4 }, () => streamedBody(100 * MB));
    const responses = await Promise.all(bodies.map((b) => postStream(b.stream)));
    const grown = process.memoryUsage().rss - before;

    for (const res of responses) {
      expect(res.status).toBe(413);
      expect((await res.json()).error.code).toBe("payload_too_large");
    }
    for (const { counter } of bodies) expect(counter.pulled).toBeLessThanOrEqual(MAX_BODY_BYTES + 64 * 1024);
    // Reading the four bodies whole would hold 400 MB or more.
    expect(grown).toBeLessThan(50 * MB);
  });

  it("a declared Content-Length over the limit gets 413 before a byte is read", async () => {
    const { stream, counter } = streamedBody(100 * MB);
    const res = await postStream(stream, { "content-length": String(100 * MB) });
    expect(res.status).toBe(413);
    expect(counter.pulled).toBe(0);
  });

  it("a body just under the limit is still read and checked", async () => {
    const { stream } = streamedBody(MAX_BODY_BYTES - 1);
    const res = await postStream(stream);
    expect(res.status).toBe(401); // a well-formed attempt with a wrong password
  });
});

describe("attack: unknown keys named after Object.prototype's properties", () => {
  const KEYS = ["__proto__", "constructor", "toString", "hasOwnProperty", "valueOf", "__defineGetter__", "isPrototypeOf"];

  it.each(KEYS)("%s is reported as an unknown field with 400 on sign-in, never 500", async (key) => {
    const body = `{"email":"a@example.org","password":"p",${JSON.stringify(key)}:1}`;
    const res = await callRoute(signIn, "POST", "/api/auth/sign-in", { rawBody: body });
    expect(res.status).toBe(400);
    const { error } = await res.json();
    expect(error.code).toBe("invalid_input");
    expect(Object.keys(error.fields)).toEqual([key]);
    expect(error.fields[key]).toEqual([`Unknown field: ${key}`]);
  });

  it("all of them at once on an admin write give one 400 listing each, and store nothing", async () => {
    const before = await prisma.source.count();
    const extra = KEYS.map((k) => `${JSON.stringify(k)}:[]`).join(",");
    const body = `{"title":"T","author":"A","url":"https://example.org","publishedOn":"2024-01-01","kind":"essay",${extra}}`;
    const res = await callRoute(sources, "POST", "/api/sources", { rawBody: body, token: accounts.admin.token });
    expect(res.status).toBe(400);
    expect(Object.keys((await res.json()).error.fields).sort()).toEqual([...KEYS].sort());
    expect(await prisma.source.count()).toBe(before);
    // Object.prototype itself is untouched.
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(typeof ({} as { toString: unknown }).toString).toBe("function");
  });
});
