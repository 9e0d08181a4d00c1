// The two steps of `npm run links`, apart from the command line: checking every evidence link
// politely and recording each result as it comes, and asking the archive for missing snapshots.
import { assessFetch, outcomeOf, type LinkOutcome } from "../../lib/links/assess";
import { fetchPage, isFetchableUrl, type FetchPageOptions } from "../../lib/links/fetch-page";
import { requestSnapshot, type ArchiveConfig } from "../../lib/links/archive";
import { runPolitely } from "../../lib/links/polite-runner";
import {
  countEvidenceToArchive,
  countEvidenceToCheck,
  recordArchiveUrl,
  recordLinkCheck,
  walkEvidenceToArchive,
  walkEvidenceToCheck,
} from "../../lib/db/evidence-links";

export type CheckOptions = {
  /** Items checked less than this long ago are skipped (0: only those this run has done). */
  maxAgeMs: number;
  /** Check at most this many items in this run. */
  limit?: number;
  /** Only the links on this host. */
  host?: string;
  concurrency: number;
  hostDelayMs: number;
  fetch: Partial<Omit<FetchPageOptions, "signal">>;
  /** Stops the run: nothing new starts and requests in flight are dropped, unrecorded. */
  signal?: AbortSignal;
};

export type CheckTally = Record<LinkOutcome, number> & { checked: number };

export type CheckHooks = {
  /** How many items this run will check (at most), before the first request. */
  onStart?: (total: number) => void;
  onResult?: (outcome: LinkOutcome, tally: CheckTally) => void;
};

export type CheckReport = { tally: CheckTally; planned: number; left: number; startedAt: Date; stopped: boolean };

async function* take<T>(items: AsyncIterable<T>, limit: number | undefined): AsyncGenerator<T> {
  if (limit === 0) return;
  let n = 0;
  for await (const item of items) {
    yield item;
    if (limit !== undefined && ++n >= limit) return;
  }
}

/** Each link's host, for politeness; an address that will not be fetched holds no host back. */
function hostKey(item: { id: string; url: string }): string {
  return isFetchableUrl(item.url) ? new URL(item.url).host.toLowerCase() : `unfetched:${item.id}`;
}

export async function checkLinks(options: CheckOptions, hooks: CheckHooks = {}): Promise<CheckReport> {
  const startedAt = new Date();
  const cutoff = new Date(startedAt.getTime() - options.maxAgeMs);
  const due = await countEvidenceToCheck(cutoff, options.host);
  const planned = options.limit === undefined ? due : Math.min(due, options.limit);
  hooks.onStart?.(planned);
  const tally: CheckTally = { checked: 0, ok: 0, broken: 0, unreachable: 0, changed: 0 };
  try {
    await runPolitely(
      take(walkEvidenceToCheck(cutoff, 200, options.host), options.limit),
      async (item) => {
        const fetched = await fetchPage(item.url, { ...options.fetch, signal: options.signal });
        const update = assessFetch(fetched, item, new Date());
        await recordLinkCheck(item.id, update);
        const outcome = outcomeOf(update);
        tally.checked++;
        tally[outcome]++;
        hooks.onResult?.(outcome, tally);
      },
      { concurrency: options.concurrency, hostDelayMs: options.hostDelayMs, hostOf: hostKey, signal: options.signal },
    );
  } catch (e) {
    // A request cut short by the stop signal is simply not recorded.
    if (!options.signal?.aborted) throw e;
  }
  const left = await countEvidenceToCheck(cutoff, options.host);
  return { tally, planned, left, startedAt, stopped: options.signal?.aborted ?? false };
}

export type ArchiveOptions = { config: ArchiveConfig; limit?: number; signal?: AbortSignal };
export type ArchiveTally = { asked: number; archived: number; failed: number };
export type ArchiveHooks = {
  onStart?: (total: number) => void;
  onResult?: (result: { id: string; url: string; archiveUrl: string | null; error: string | null }, tally: ArchiveTally) => void;
};
export type ArchiveReport = { tally: ArchiveTally; planned: number; left: number; rateLimited: boolean; stopped: boolean };

/**
 * Asks for a snapshot of each live item without one, one request at a time with the configured
 * delay between them. A 429 from the archive stops the run; the rest wait for the next one.
 */
export async function archiveLinks(options: ArchiveOptions, hooks: ArchiveHooks = {}): Promise<ArchiveReport> {
  const due = await countEvidenceToArchive();
  const planned = options.limit === undefined ? due : Math.min(due, options.limit);
  hooks.onStart?.(planned);
  const tally: ArchiveTally = { asked: 0, archived: 0, failed: 0 };
  const stop = new AbortController();
  const signal = options.signal ? AbortSignal.any([options.signal, stop.signal]) : stop.signal;
  let rateLimited = false;
  try {
    await runPolitely(
      take(walkEvidenceToArchive(), options.limit),
      async (item) => {
        const result = await requestSnapshot(item.url, options.config, signal);
        tally.asked++;
        if (result.ok) {
          await recordArchiveUrl(item.id, result.archiveUrl);
          tally.archived++;
        } else {
          tally.failed++;
          if (result.rateLimited) {
            rateLimited = true;
            stop.abort();
          }
        }
        hooks.onResult?.({ id: item.id, url: item.url, archiveUrl: result.ok ? result.archiveUrl : null, error: result.ok ? null : result.error }, tally);
      },
      // Every request goes to the one archive: one at a time, with the delay between them.
      { concurrency: 1, hostDelayMs: options.config.delayMs, hostOf: () => "archive", signal, lookahead: 50 },
    );
  } catch (e) {
    if (!signal.aborted) throw e;
  }
  const left = await countEvidenceToArchive();
  return { tally, planned, left, rateLimited, stopped: options.signal?.aborted ?? false };
}
