// Evidence links from the command line (README "Links"):
//   npm run links -- check   [--max-age 7d] [--limit N] [--host H] [--concurrency 8] [--host-delay 2s]
//                            [--timeout 15s] [--max-mb 5] [--progress | --quiet]
//   npm run links -- archive [--limit N] [--progress | --quiet]
// Exit codes: 0 done (also when stopped early by the archive's rate limit, or when archiving is
// off), 1 failed, 2 bad usage, 3 another run of the same step holds the lock, 130/143 stopped
// by SIGINT/SIGTERM (what finished is recorded). On a terminal a progress bar goes to stderr;
// otherwise the only output is one summary line on stdout (and errors on stderr).
import { parseArgs } from "node:util";
import cliProgress from "cli-progress";
import { archiveConfigFromEnv } from "../../lib/links/archive";
import { DEFAULT_FETCH_OPTIONS } from "../../lib/links/fetch-page";
import { formatDuration, parseDuration } from "../../lib/links/duration";
import { acquireLinksLock, isHostName, LOCK_STALE_MS, type LinksLock } from "../../lib/db/evidence-links";
import { prisma } from "../../lib/db/client";
import { archiveLinks, checkLinks, type CheckTally } from "./run";

const USAGE = `usage: npm run links -- <check|archive> [options]
  check    records the status, final address and content hash of every evidence link
           --max-age D      skip items checked less than D ago (default 7d; 0 = all)
           --limit N        check at most N items this run
           --host H         only the links on host H (e.g. example.org, 127.0.0.1:8080)
           --concurrency N  requests at once over all hosts (default 8)
           --host-delay D   the least time between two requests to one host (default 2s)
           --timeout D      per request (default 15s)
           --max-mb N       bodies larger than N MB are not hashed (default 5)
  archive  asks the Wayback Machine's Save Page Now for each item without an archived copy
           (off unless LINKS_ARCHIVE=on or LINKS_ARCHIVE_ENDPOINT is set)
           --limit N        at most N requests this run
  both     --progress       draw the progress bar even when stderr is not a terminal
           --quiet          no progress bar, only the summary line
durations: 500ms, 30s, 10m, 12h, 7d, 2w`;

export const EXIT = { ok: 0, failed: 1, usage: 2, locked: 3 } as const;

class UsageError extends Error {}

function wholeNumber(name: string, raw: string | undefined, fallback: number | undefined, min = 1): number | undefined {
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min) throw new UsageError(`--${name} must be a whole number of at least ${min}`);
  return n;
}

function duration(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined) return fallback;
  const ms = parseDuration(raw);
  if (ms === null) throw new UsageError(`--${name} must be a duration such as 30s, 10m, 12h or 7d`);
  return ms;
}

function parseCommandLine(argv: string[]) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      "max-age": { type: "string" },
      limit: { type: "string" },
      host: { type: "string" },
      concurrency: { type: "string" },
      "host-delay": { type: "string" },
      timeout: { type: "string" },
      "max-mb": { type: "string" },
      progress: { type: "boolean" },
      quiet: { type: "boolean" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) return { step: "help" as const, values };
  const step = positionals[0];
  if (positionals.length !== 1 || (step !== "check" && step !== "archive")) throw new UsageError(USAGE);
  if (step === "archive") {
    for (const name of ["max-age", "host", "concurrency", "host-delay", "timeout", "max-mb"] as const) {
      if (values[name] !== undefined) throw new UsageError(`--${name} is an option of check, not archive`);
    }
  }
  return { step, values };
}

/** The bar on stderr when it is a terminal (or --progress), else nothing. */
function progressBar(label: string, show: boolean, extra: string) {
  if (!show) return null;
  return new cliProgress.SingleBar(
    {
      format: `${label} [{bar}] {value}/{total} ${extra} | {duration_formatted} elapsed, {eta_formatted} left`,
      stream: process.stderr,
      noTTYOutput: true,
      notTTYSchedule: 500,
      hideCursor: process.stderr.isTTY ? true : null,
      etaBuffer: 50,
      fps: 5,
    },
    cliProgress.Presets.shades_classic,
  );
}

function tallyText(t: CheckTally): string {
  return `${t.ok} ok, ${t.broken} broken, ${t.unreachable} unreachable, ${t.changed} changed`;
}

/** Stops the run on SIGINT/SIGTERM; the exit code says which one. */
function stopOnSignals() {
  const controller = new AbortController();
  let code: number | null = null;
  const on = (signal: NodeJS.Signals, exit: number) => () => {
    // A second signal means "now": leave without waiting for requests in flight.
    if (controller.signal.aborted) process.exit(code ?? exit);
    code = exit;
    controller.abort(new Error(`stopped by ${signal}`));
  };
  const int = on("SIGINT", 130);
  const term = on("SIGTERM", 143);
  process.on("SIGINT", int);
  process.on("SIGTERM", term);
  return {
    signal: controller.signal,
    exitCode: () => code,
    dispose: () => {
      process.off("SIGINT", int);
      process.off("SIGTERM", term);
    },
  };
}

/** Holds the step's lock for the run, refreshing it; fails the run if another one took it over. */
async function withLock<T>(step: string, stop: AbortController, run: () => Promise<T>): Promise<T | "locked"> {
  const got = await acquireLinksLock(step);
  if ("heldBy" in got) {
    console.error(`links ${step}: another run is in progress (${got.heldBy.holder}, last seen ${got.heldBy.since}); not starting.`);
    return "locked";
  }
  const lock: LinksLock = got.lock;
  let lost = false;
  const timer = setInterval(() => {
    lock.refresh().then(
      (held) => {
        if (!held && !lost) {
          lost = true;
          stop.abort(new Error("lost the lock"));
        }
      },
      () => {},
    );
  }, Math.min(60_000, LOCK_STALE_MS / 4));
  timer.unref();
  try {
    const result = await run();
    if (lost) throw new Error(`links ${step}: another run took over the lock (this one was not seen for ${formatDuration(LOCK_STALE_MS)}); stopped.`);
    return result;
  } finally {
    clearInterval(timer);
    if (!lost) await lock.release();
  }
}

async function runCheck(values: Record<string, string | boolean | undefined>, showBar: boolean): Promise<number> {
  const str = (k: string) => values[k] as string | undefined;
  const maxAgeMs = duration("max-age", str("max-age"), 7 * 86_400_000);
  const limit = wholeNumber("limit", str("limit"), undefined, 0);
  const host = str("host")?.trim().toLowerCase();
  if (host !== undefined && !isHostName(host)) throw new UsageError("--host must be a host name or address, with an optional port (example.org, 127.0.0.1:8080)");
  const concurrency = wholeNumber("concurrency", str("concurrency"), 8)!;
  const hostDelayMs = duration("host-delay", str("host-delay"), 2000);
  const timeoutMs = duration("timeout", str("timeout"), DEFAULT_FETCH_OPTIONS.timeoutMs);
  if (timeoutMs < 1) throw new UsageError("--timeout must be more than 0");
  const maxMb = wholeNumber("max-mb", str("max-mb"), DEFAULT_FETCH_OPTIONS.maxBytes / 1024 / 1024)!;

  const signals = stopOnSignals();
  const stop = new AbortController();
  const signal = AbortSignal.any([signals.signal, stop.signal]);
  const bar = progressBar("links check", showBar, "| {ok} ok {broken} broken {unreachable} unreachable {changed} changed");
  const started = Date.now();
  try {
    const report = await withLock("check", stop, () =>
      checkLinks(
        {
          maxAgeMs,
          limit,
          host,
          concurrency,
          hostDelayMs,
          signal,
          fetch: { timeoutMs, maxBytes: maxMb * 1024 * 1024, allowPrivate: process.env.LINKS_ALLOW_PRIVATE === "1" },
        },
        {
          onStart: (total) => bar?.start(total, 0, { ok: 0, broken: 0, unreachable: 0, changed: 0 }),
          onResult: (_outcome, t) => bar?.update(t.checked, { ...t }),
        },
      ),
    );
    bar?.stop();
    if (report === "locked") return EXIT.locked;
    if (stop.signal.aborted) throw stop.signal.reason;
    const { tally } = report;
    const ending = report.stopped ? `; stopped, ${report.left} left for the next run` : report.left > 0 ? `; ${report.left} left for the next run` : "";
    console.log(`links check: ${tally.checked} checked (${tallyText(tally)}) in ${formatDuration(Date.now() - started)}${ending}.`);
    return signals.exitCode() ?? EXIT.ok;
  } finally {
    bar?.stop();
    signals.dispose();
  }
}

async function runArchive(values: Record<string, string | boolean | undefined>, showBar: boolean): Promise<number> {
  const limit = wholeNumber("limit", values.limit as string | undefined, undefined, 0);
  const config = archiveConfigFromEnv(process.env);
  if (!config) {
    console.log(
      "links archive: off, nothing asked. Set LINKS_ARCHIVE=on to use the Wayback Machine's Save Page Now, or LINKS_ARCHIVE_ENDPOINT to name another service (README, Links).",
    );
    return EXIT.ok;
  }
  const signals = stopOnSignals();
  const stop = new AbortController();
  const signal = AbortSignal.any([signals.signal, stop.signal]);
  const bar = progressBar("links archive", showBar, "| {archived} archived {failed} failed");
  const started = Date.now();
  try {
    const report = await withLock("archive", stop, () =>
      archiveLinks(
        { config, limit, signal },
        {
          onStart: (total) => bar?.start(total, 0, { archived: 0, failed: 0 }),
          onResult: (_r, t) => bar?.update(t.asked, { ...t }),
        },
      ),
    );
    bar?.stop();
    if (report === "locked") return EXIT.locked;
    if (stop.signal.aborted) throw stop.signal.reason;
    const { tally } = report;
    const why = report.rateLimited ? "; stopped: the archive is rate-limiting us" : report.stopped ? "; stopped" : "";
    const left = report.left > 0 ? `, ${report.left} left for the next run` : "";
    console.log(`links archive: ${tally.asked} asked (${tally.archived} archived, ${tally.failed} failed) from ${config.endpoint} in ${formatDuration(Date.now() - started)}${why}${left}.`);
    return signals.exitCode() ?? EXIT.ok;
  } finally {
    bar?.stop();
    signals.dispose();
  }
}

async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseCommandLine(argv);
  } catch (e) {
    console.error(e instanceof Error ? e.message : String(e));
    return EXIT.usage;
  }
  if (parsed.step === "help") {
    console.log(USAGE);
    return EXIT.ok;
  }
  const showBar = !parsed.values.quiet && (Boolean(parsed.values.progress) || process.stderr.isTTY === true);
  try {
    return parsed.step === "check" ? await runCheck(parsed.values, showBar) : await runArchive(parsed.values, showBar);
  } catch (e) {
    if (e instanceof UsageError) {
      console.error(e.message);
      return EXIT.usage;
    }
    console.error(`links ${parsed.step}: ${e instanceof Error ? e.message : String(e)}`);
    return EXIT.failed;
  }
}

main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  })
  .finally(() => prisma.$disconnect());
