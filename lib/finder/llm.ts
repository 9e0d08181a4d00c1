// Optional drafting of a claim's statement and criteria by a language model, through any
// OpenAI-compatible chat-completions endpoint. Off unless FINDER_LLM_URL and
// FINDER_LLM_MODEL are set (FINDER_LLM_KEY is sent as a bearer token when set). The one
// module of the finder that does I/O; the finder itself never calls it, and a failure here
// only means the editor writes the statement by hand.
import { z } from "zod";
import { LIMITS } from "../validation/limits";

export type LlmConfig = { url: string; model: string; key?: string; timeoutMs: number };
export type ClaimDraft = { statement: string; criteria: string };
export type DraftRequest = { quote: string; section: string; horizon: { from: number; to: number }; publishedOn: string };

export class LlmError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "LlmError";
  }
}

export function llmConfigFromEnv(env: Record<string, string | undefined> = process.env): LlmConfig | null {
  const url = env.FINDER_LLM_URL?.trim();
  const model = env.FINDER_LLM_MODEL?.trim();
  if (!url || !model) return null;
  return { url, model, key: env.FINDER_LLM_KEY?.trim() || undefined, timeoutMs: Number(env.FINDER_LLM_TIMEOUT_MS) || 20_000 };
}

/** A base URL (".../v1") gets "/chat/completions"; a full endpoint is used as it is. */
export function completionsUrl(url: string): string {
  const trimmed = url.replace(/\/+$/, "");
  return trimmed.endsWith("/chat/completions") ? trimmed : `${trimmed}/chat/completions`;
}

const SYSTEM = [
  "You turn a verbatim quote from an essay into a trackable forecast.",
  "Answer with one JSON object and nothing else: {\"statement\": \"...\", \"criteria\": \"...\"}.",
  "statement: one or two sentences saying operationally what would make the claim true.",
  "criteria: how a reviewer decides at the horizon: start with 'Confirmed if', then 'Partly if', then 'Refuted if'.",
  "Do not rewrite or repeat the quote; it is kept exactly as written.",
].join(" ");

export function draftMessages(req: DraftRequest) {
  return [
    { role: "system", content: SYSTEM },
    {
      role: "user",
      content: `Quote: "${req.quote}"\nSection: ${req.section || "(none)"}\nPublished: ${req.publishedOn}\nHorizon: ${req.horizon.from}–${req.horizon.to}`,
    },
  ];
}

const completionSchema = z.object({
  choices: z.array(z.object({ message: z.object({ content: z.string() }) })).min(1),
});
const draftSchema = z.object({
  statement: z.string().trim().min(1).max(LIMITS.summary),
  criteria: z.string().trim().min(1).max(LIMITS.rationale),
});

/** Reads the draft out of the model's answer: the first JSON object in it, fenced or not. */
export function parseDraft(content: string): ClaimDraft {
  const json = content.match(/\{[\s\S]*\}/)?.[0];
  if (!json) throw new LlmError("The language model's answer held no JSON object");
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    throw new LlmError("The language model's answer was not valid JSON");
  }
  const parsed = draftSchema.safeParse(raw);
  if (!parsed.success) throw new LlmError("The language model's answer lacked a usable statement and criteria");
  return parsed.data;
}

export async function draftClaim(config: LlmConfig, req: DraftRequest): Promise<ClaimDraft> {
  let res: Response;
  try {
    res = await fetch(completionsUrl(config.url), {
      method: "POST",
      headers: { "content-type": "application/json", ...(config.key ? { authorization: `Bearer ${config.key}` } : {}) },
      body: JSON.stringify({ model: config.model, temperature: 0, messages: draftMessages(req) }),
      signal: AbortSignal.timeout(config.timeoutMs),
    });
  } catch (e) {
    const timedOut = e instanceof Error && (e.name === "TimeoutError" || e.name === "AbortError");
    throw new LlmError(timedOut ? "The language model did not answer in time" : "The language model could not be reached");
  }
  if (!res.ok) throw new LlmError(`The language model answered with HTTP ${res.status}`);
  let body: unknown;
  try {
    body = await res.json();
  } catch {
    throw new LlmError("The language model's response was not JSON");
  }
  const completion = completionSchema.safeParse(body);
  if (!completion.success) throw new LlmError("The language model's response was not a chat completion");
  return parseDraft(completion.data.choices[0].message.content);
}
