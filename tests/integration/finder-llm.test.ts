// The optional language model: request and response handling against a real HTTP server
// started here on a loopback port, speaking the OpenAI chat-completions shape.
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LlmError, completionsUrl, draftClaim, llmConfigFromEnv, parseDraft, type LlmConfig } from "@/lib/finder/llm";

type Seen = { method?: string; url?: string; headers: IncomingMessage["headers"]; body: unknown };
let server: Server;
let base: string;
const seen: Seen[] = [];
/** What the server answers next: a status and a body, or "hang" to never answer. */
let next: { status: number; body: string } | "hang" = { status: 200, body: "{}" };

beforeAll(async () => {
  server = createServer((req, res) => {
    let raw = "";
    req.on("data", (c) => (raw += c));
    req.on("end", () => {
      seen.push({ method: req.method, url: req.url, headers: req.headers, body: raw ? JSON.parse(raw) : null });
      if (next === "hang") return;
      res.writeHead(next.status, { "content-type": "application/json" });
      res.end(next.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const config = (over: Partial<LlmConfig> = {}): LlmConfig => ({ url: base, model: "tiny-model", key: "sk-test", timeoutMs: 2000, ...over });
const REQUEST = { quote: "Prices will fall by 2030.", section: "Energy", horizon: { from: 2024, to: 2030 }, publishedOn: "2024-03-04" };
const completion = (content: string) => JSON.stringify({ id: "x", choices: [{ index: 0, message: { role: "assistant", content } }] });

describe("the finder's language model", () => {
  it("is off unless a URL and a model are configured", () => {
    expect(llmConfigFromEnv({})).toBeNull();
    expect(llmConfigFromEnv({ FINDER_LLM_URL: "http://x/v1" })).toBeNull();
    expect(llmConfigFromEnv({ FINDER_LLM_URL: "http://x/v1", FINDER_LLM_MODEL: "m", FINDER_LLM_KEY: "k" })).toEqual({ url: "http://x/v1", model: "m", key: "k", timeoutMs: 20_000 });
    expect(completionsUrl("http://x/v1/")).toBe("http://x/v1/chat/completions");
    expect(completionsUrl("http://x/v1/chat/completions")).toBe("http://x/v1/chat/completions");
  });

  it("sends a chat-completions request with the model, the key and the quote, and reads the draft from the answer", async () => {
    next = { status: 200, body: completion('Here you are:\n```json\n{"statement": "Prices fall.", "criteria": "Confirmed if prices fall by 2030."}\n```') };
    const draft = await draftClaim(config(), REQUEST);
    expect(draft).toEqual({ statement: "Prices fall.", criteria: "Confirmed if prices fall by 2030." });
    const req = seen.at(-1)!;
    expect([req.method, req.url, req.headers.authorization, req.headers["content-type"]]).toEqual(["POST", "/v1/chat/completions", "Bearer sk-test", "application/json"]);
    const body = req.body as { model: string; messages: { role: string; content: string }[] };
    expect(body.model).toBe("tiny-model");
    expect(body.messages.map((m) => m.role)).toEqual(["system", "user"]);
    expect(body.messages[1].content).toContain("Prices will fall by 2030.");
  });

  it("sends no authorization header without a key", async () => {
    next = { status: 200, body: completion('{"statement": "S", "criteria": "C"}') };
    await draftClaim(config({ key: undefined }), REQUEST);
    expect(seen.at(-1)!.headers.authorization).toBeUndefined();
  });

  it("turns every failure into an LlmError with a plain message", async () => {
    const cases: [typeof next, RegExp][] = [
      [{ status: 500, body: "{}" }, /HTTP 500/],
      [{ status: 200, body: "not json" }, /response was not JSON/],
      [{ status: 200, body: JSON.stringify({ choices: [] }) }, /not a chat completion/],
      [{ status: 200, body: completion("I cannot help with that.") }, /no JSON object/],
      [{ status: 200, body: completion('{"statement": ""}') }, /lacked a usable statement/],
      ["hang", /did not answer in time/],
    ];
    for (const [answer, message] of cases) {
      next = answer;
      const err = await draftClaim(config({ timeoutMs: 300 }), REQUEST).catch((e: unknown) => e);
      expect(err, String(message)).toBeInstanceOf(LlmError);
      expect((err as Error).message).toMatch(message);
    }
    const unreachable = await draftClaim(config({ url: "http://127.0.0.1:9/v1" }), REQUEST).catch((e: unknown) => e);
    expect((unreachable as Error).message).toMatch(/could not be reached/);
  });

  it("parses a bare JSON answer and refuses invalid JSON", () => {
    expect(parseDraft('{"statement":"a","criteria":"b"}')).toEqual({ statement: "a", criteria: "b" });
    expect(() => parseDraft("{statement: a}")).toThrow(/not valid JSON/);
  });
});
