// Sends due deliveries: signed POSTs with a time limit each, 2xx = delivered, anything else
// tried again on the backoff schedule until the last attempt, then failed. Nothing here ever
// reaches a write: writes only queue rows (lib/db/webhooks.ts) and call kickWebhookDispatch()
// after their commit, which returns at once and runs in the background.
//
// Retries survive restarts because the schedule lives in the rows: `npm run webhooks --
// deliver` sends whatever is due, and the server process runs the same loop in the
// background while it is up (ensureWebhookWorker). No "server-only": the CLI loads it.
import { claimDueDeliveries, type ClaimedDelivery, nextDeliveryDue, recordDeliveryAttempt } from "../db/webhooks";
import { deliverySchedule, type DeliverySchedule, nextAttemptAfter } from "./schedule";
import { DELIVERY_HEADER, EVENT_HEADER, SIGNATURE_HEADER, signWebhook } from "./signature";
import { allowsPrivateWebhooks, webhookUrlProblem } from "./url";

const BATCH = 20;
const CONCURRENCY = 4;
/** In the server, look for due deliveries at least this often (another instance may queue them). */
const DEFAULT_POLL_MS = 60_000;

/** The environment, or any record of its variables (tests). */
type Env = Record<string, string | undefined>;

export type DeliveryRun = { attempted: number; delivered: number; retrying: number; failed: number };

/** The error text kept on the delivery row: what failed, without a stack. */
function describeFailure(e: unknown, timeoutMs: number): string {
  if (e instanceof Error && (e.name === "TimeoutError" || e.name === "AbortError")) return `timed out after ${timeoutMs} ms`;
  const cause = e instanceof Error && e.cause instanceof Error ? e.cause : e;
  const code = cause && typeof cause === "object" && "code" in cause ? String((cause as { code: unknown }).code) : "";
  const message = cause instanceof Error ? cause.message : String(cause);
  return (code && !message.includes(code) ? `${code}: ${message}` : message).slice(0, 300);
}

/** One attempt: the POST, and what it ended with (never throws). */
export async function attemptDelivery(d: ClaimedDelivery, schedule: DeliverySchedule): Promise<"delivered" | "retrying" | "failed"> {
  let statusCode: number | null = null;
  let error: string | null = null;
  let isFinal = false;
  const problem = webhookUrlProblem(d.url, { allowPrivate: allowsPrivateWebhooks() });
  if (problem) {
    error = `not sent: ${problem}`;
    isFinal = true;
  } else {
    try {
      const res = await fetch(d.url, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          "user-agent": "prediction-tracker-webhooks/1",
          [SIGNATURE_HEADER]: signWebhook(d.secret, d.payload),
          [EVENT_HEADER]: d.event,
          [DELIVERY_HEADER]: d.id,
        },
        body: d.payload,
        // A redirect is not a delivery: the signed body is never re-sent somewhere else.
        redirect: "manual",
        signal: AbortSignal.timeout(schedule.timeoutMs),
      });
      statusCode = res.status;
      await res.body?.cancel().catch(() => undefined);
      if (res.status < 200 || res.status > 299) error = `HTTP ${res.status}`;
    } catch (e) {
      error = describeFailure(e, schedule.timeoutMs);
    }
  }
  const now = new Date();
  const delivered = error === null;
  const retryAt = delivered || isFinal ? null : nextAttemptAfter(schedule, d.attempts, now);
  await recordDeliveryAttempt(d.id, { statusCode, error, delivered, retryAt }, now);
  return delivered ? "delivered" : retryAt ? "retrying" : "failed";
}

/**
 * Sends every delivery due now, a batch at a time, a few at once, until none is due (or
 * `limit` attempts). Rows are claimed atomically, so several runners can share the work.
 */
export async function deliverDueWebhooks(options: { limit?: number; schedule?: DeliverySchedule } = {}): Promise<DeliveryRun> {
  const schedule = options.schedule ?? deliverySchedule();
  const limit = options.limit ?? Number.POSITIVE_INFINITY;
  const run: DeliveryRun = { attempted: 0, delivered: 0, retrying: 0, failed: 0 };
  while (run.attempted < limit) {
    const claimed = await claimDueDeliveries(new Date(), Math.min(BATCH, limit - run.attempted), schedule.timeoutMs + 60_000);
    if (!claimed.length) break;
    for (let i = 0; i < claimed.length; i += CONCURRENCY) {
      const results = await Promise.all(claimed.slice(i, i + CONCURRENCY).map((d) => attemptDelivery(d, schedule)));
      for (const r of results) run[r] += 1;
    }
    run.attempted += claimed.length;
  }
  return run;
}

// ---------------------------------------------------------------------------------------
// In the background of a running process

type DispatchState = { running: Promise<void> | null; again: boolean; timer: NodeJS.Timeout | null; worker: boolean; stopped: boolean };
const globalState = globalThis as unknown as { trackerWebhookDispatch?: DispatchState };
const state: DispatchState = (globalState.trackerWebhookDispatch ??= { running: null, again: false, timer: null, worker: false, stopped: false });

function pollMs(): number {
  const v = Number(process.env.WEBHOOKS_POLL_MS ?? DEFAULT_POLL_MS);
  return Number.isFinite(v) && v > 0 ? v : DEFAULT_POLL_MS;
}

/** Wakes up for the next retry that falls due (and, in the server, at least every poll interval). */
async function scheduleNext(): Promise<void> {
  if (state.timer) clearTimeout(state.timer);
  state.timer = null;
  if (state.stopped) return;
  const next = await nextDeliveryDue();
  if (!next && !state.worker) return;
  const wait = next ? Math.max(0, next.getTime() - Date.now()) : pollMs();
  state.timer = setTimeout(kickWebhookDispatch, state.worker ? Math.min(wait, pollMs()) : wait);
  // The timer never keeps a process (a test run, a CLI command) alive on its own.
  state.timer.unref();
}

/**
 * Starts a delivery run in the background and returns at once; a kick during a run makes
 * it go round once more. Called after a write that queued deliveries has committed: what
 * the receivers do can never slow down or fail that write. Errors are logged, not thrown.
 */
export function kickWebhookDispatch(): void {
  if (state.stopped) return;
  if (state.running) {
    state.again = true;
    return;
  }
  state.running = new Promise<void>((resolve) => setImmediate(resolve))
    .then(async () => {
      do {
        state.again = false;
        await deliverDueWebhooks();
      } while (state.again && !state.stopped);
      await scheduleNext();
    })
    .catch((e) => console.error("Webhook delivery run failed", e))
    .finally(() => {
      state.running = null;
    });
}

/** The server keeps delivering (and retrying) due deliveries while it runs. */
export function ensureWebhookWorker(env: Env = process.env): void {
  if (state.worker || env.WEBHOOKS_WORKER === "0" || env.NEXT_PHASE === "phase-production-build") return;
  state.worker = true;
  kickWebhookDispatch();
}

/** Stops background delivery and waits for a run in progress (tests, shutdown). */
export async function stopWebhookDispatch(): Promise<void> {
  state.stopped = true;
  if (state.timer) clearTimeout(state.timer);
  state.timer = null;
  await state.running;
}

/** After stopWebhookDispatch: allow kicks again (tests). */
export function resumeWebhookDispatch(): void {
  state.stopped = false;
}

/** Resolves when no background run is in progress (tests). */
export async function webhookDispatchIdle(): Promise<void> {
  while (state.running) await state.running;
}

// Inside the Next.js server (not while building), start the background loop as soon as any
// route that can queue deliveries is loaded: retries due from before a restart go out.
if (process.env.NEXT_RUNTIME === "nodejs") ensureWebhookWorker();
