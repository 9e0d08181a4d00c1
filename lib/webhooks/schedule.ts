// When a failed delivery is tried again, and how long one attempt may take. Pure.
import { parseDuration } from "../links/duration";

/** After the 1st, 2nd, … failed attempt: 1 min, 5 min, 30 min, 2 h, 12 h; then it has failed. */
/** The environment, or any record of its variables (tests). */
type Env = Record<string, string | undefined>;

export const DEFAULT_BACKOFF_MS = [60_000, 300_000, 1_800_000, 7_200_000, 43_200_000] as const;
export const DEFAULT_TIMEOUT_MS = 10_000;

export type DeliverySchedule = {
  /** The wait after each failed attempt; attempts beyond its length are not made. */
  backoffMs: number[];
  /** backoffMs.length + 1: the first try and one retry per step. */
  maxAttempts: number;
  timeoutMs: number;
};

/**
 * The schedule from the environment: WEBHOOKS_BACKOFF ("1m,5m,30m,2h,12h", or milliseconds
 * such as "20ms,40ms" in tests) and WEBHOOKS_TIMEOUT_MS. A bad value is an error, not a
 * silent default.
 */
export function deliverySchedule(env: Env = process.env): DeliverySchedule {
  let backoffMs: number[] = [...DEFAULT_BACKOFF_MS];
  const raw = env.WEBHOOKS_BACKOFF?.trim();
  if (raw) {
    const steps = raw.split(",").map((s) => parseDuration(s));
    if (steps.some((s) => s === null || s <= 0) || steps.length > 20) {
      throw new Error(`WEBHOOKS_BACKOFF must be a comma-separated list of durations such as "1m,5m,30m,2h,12h" (got "${raw}")`);
    }
    backoffMs = steps as number[];
  }
  const timeoutMs = Number(env.WEBHOOKS_TIMEOUT_MS ?? DEFAULT_TIMEOUT_MS);
  if (!Number.isInteger(timeoutMs) || timeoutMs <= 0) {
    throw new Error(`WEBHOOKS_TIMEOUT_MS must be a whole number of milliseconds (got "${env.WEBHOOKS_TIMEOUT_MS}")`);
  }
  return { backoffMs, maxAttempts: backoffMs.length + 1, timeoutMs };
}

/** After `attempts` tries that failed: when to try again, or null when that was the last. */
export function nextAttemptAfter(schedule: DeliverySchedule, attempts: number, now: Date): Date | null {
  if (attempts >= schedule.maxAttempts) return null;
  return new Date(now.getTime() + schedule.backoffMs[Math.max(0, attempts - 1)]);
}

const span = (ms: number) =>
  ms % 3_600_000 === 0 ? `${ms / 3_600_000} h` : ms % 60_000 === 0 ? `${ms / 60_000} min` : ms % 1000 === 0 ? `${ms / 1000} s` : `${ms} ms`;

/** "1 min, 5 min, 30 min, 2 h and 12 h", for the admin page. */
export function describeBackoff(schedule: DeliverySchedule): string {
  const parts = schedule.backoffMs.map(span);
  return parts.length > 1 ? `${parts.slice(0, -1).join(", ")} and ${parts[parts.length - 1]}` : parts.join("");
}
