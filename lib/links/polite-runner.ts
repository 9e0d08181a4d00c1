// Runs work over a stream of items with a global concurrency bound and per-host politeness: at
// most one request in flight per host, and at least `hostDelayMs` between the end of one request
// to a host and the start of the next. Items are pulled from the stream only a bounded number
// ahead of the ones running (`lookahead`), so a run over 200,000 rows holds a page or two in
// memory. Among the items pulled, the earliest whose host is free starts first, so the order is
// the stream's order wherever politeness allows.

export type PoliteRunOptions<T> = {
  /** The most items in progress at once, over all hosts. */
  concurrency: number;
  /** The least time between one request to a host ending and the next one starting. */
  hostDelayMs: number;
  hostOf: (item: T) => string;
  /** How many items to pull ahead of the ones running, to find work for idle slots. */
  lookahead?: number;
  /** Stops starting new items; the ones running are left to end (their work sees the signal). */
  signal?: AbortSignal;
  /** The clock, for tests. */
  now?: () => number;
};

export type PoliteRunStats = { started: number; finished: number };

/**
 * Calls `work` for each item, politely. Resolves when the stream is exhausted and every started
 * item has finished, or, after `signal` aborts, when the items already started have finished.
 * If `work` throws, nothing new starts and the first error is rethrown once the others end.
 */
export async function runPolitely<T>(
  items: AsyncIterable<T> | Iterable<T>,
  work: (item: T) => Promise<void>,
  options: PoliteRunOptions<T>,
): Promise<PoliteRunStats> {
  const { concurrency, hostDelayMs, hostOf, signal } = options;
  if (!Number.isInteger(concurrency) || concurrency < 1) throw new RangeError("concurrency must be a whole number of at least 1");
  if (!(hostDelayMs >= 0)) throw new RangeError("hostDelayMs must be 0 or more");
  const lookahead = Math.max(options.lookahead ?? concurrency * 20, concurrency);
  const now = options.now ?? Date.now;
  const iterator = Symbol.asyncIterator in items ? items[Symbol.asyncIterator]() : toAsync(items as Iterable<T>);

  const waiting: T[] = [];
  /** Hosts with a request in flight, or that ended one less than hostDelayMs ago. */
  const hosts = new Map<string, { busy: boolean; freeAt: number }>();
  const running = new Set<Promise<void>>();
  const stats: PoliteRunStats = { started: 0, finished: 0 };
  let exhausted = false;
  // In an object: TypeScript does not see the closure's assignment to a plain variable.
  const failure: { error?: unknown; happened: boolean } = { happened: false };

  const start = (item: T, host: string) => {
    hosts.set(host, { busy: true, freeAt: Infinity });
    stats.started++;
    const task: Promise<void> = work(item)
      .catch((error: unknown) => {
        if (!failure.happened) Object.assign(failure, { error, happened: true });
      })
      .finally(() => {
        hosts.set(host, { busy: false, freeAt: now() + hostDelayMs });
        stats.finished++;
        running.delete(task);
      });
    running.add(task);
  };

  const forgetIdleHosts = (t: number) => {
    if (hosts.size < 1000) return;
    for (const [host, h] of hosts) if (!h.busy && h.freeAt <= t) hosts.delete(host);
  };

  while (!failure.happened && !signal?.aborted) {
    while (!exhausted && waiting.length < lookahead) {
      const next = await iterator.next();
      if (next.done) exhausted = true;
      else waiting.push(next.value);
    }
    if (exhausted && waiting.length === 0) break;

    const t = now();
    forgetIdleHosts(t);
    let soonest = Infinity;
    for (let i = 0; i < waiting.length && running.size < concurrency; ) {
      const host = hostOf(waiting[i]);
      const h = hosts.get(host);
      if (h && (h.busy || h.freeAt > t)) {
        if (!h.busy) soonest = Math.min(soonest, h.freeAt);
        i++;
        continue;
      }
      start(waiting.splice(i, 1)[0], host);
    }

    // Wait for a slot or a host to free up (or the run to be stopped).
    const wakeups: Promise<unknown>[] = [...running];
    let timer: ReturnType<typeof setTimeout> | undefined;
    if (soonest !== Infinity && running.size < concurrency) wakeups.push(new Promise<void>((resolve) => (timer = setTimeout(() => resolve(), Math.max(0, soonest - t)))));
    let onAbort: (() => void) | undefined;
    if (signal) wakeups.push(new Promise<void>((resolve) => signal.addEventListener("abort", (onAbort = () => resolve()), { once: true })));
    if (wakeups.length > (signal ? 1 : 0)) await Promise.race(wakeups);
    clearTimeout(timer);
    if (onAbort) signal?.removeEventListener("abort", onAbort);
  }

  await Promise.all(running);
  if (failure.happened) throw failure.error;
  return stats;
}

async function* toAsync<T>(items: Iterable<T>): AsyncIterator<T> {
  yield* items;
}
