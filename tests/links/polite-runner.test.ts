// The run's politeness: a global bound on work in flight, one request per host at a time, a
// least gap between requests to one host, the stream read only a little ahead, and stopping.
import { describe, expect, it } from "vitest";
import { runPolitely } from "@/lib/links/polite-runner";

type Item = { id: number; host: string };
type Span = { id: number; host: string; start: number; end: number };
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Runs items whose work takes `workMs`, recording when each started and ended. */
async function record(items: Item[], options: { concurrency: number; hostDelayMs: number; workMs: number; lookahead?: number }) {
  const spans: Span[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const stats = await runPolitely(
    items,
    async (item) => {
      const start = performance.now();
      inFlight++;
      maxInFlight = Math.max(maxInFlight, inFlight);
      await wait(options.workMs);
      inFlight--;
      spans.push({ ...item, start, end: performance.now() });
    },
    { ...options, hostOf: (i) => i.host },
  );
  return { spans, maxInFlight, stats };
}

describe("runPolitely", () => {
  it("never exceeds the global bound, and uses it when hosts allow", async () => {
    const items = Array.from({ length: 24 }, (_, i) => ({ id: i, host: `h${i % 8}` }));
    const { spans, maxInFlight, stats } = await record(items, { concurrency: 4, hostDelayMs: 0, workMs: 20 });
    expect(stats).toEqual({ started: 24, finished: 24 });
    expect(spans.map((s) => s.id).sort((a, b) => a - b)).toEqual(items.map((i) => i.id));
    expect(maxInFlight).toBe(4);
  });

  it("keeps one request per host in flight, with the delay between the end of one and the start of the next", async () => {
    const items = Array.from({ length: 12 }, (_, i) => ({ id: i, host: `h${i % 3}` }));
    const delay = 40;
    const { spans, maxInFlight } = await record(items, { concurrency: 8, hostDelayMs: delay, workMs: 10 });
    // Three hosts: never more than three at once, although eight slots were free.
    expect(maxInFlight).toBe(3);
    for (const host of ["h0", "h1", "h2"]) {
      const mine = spans.filter((s) => s.host === host).sort((a, b) => a.start - b.start);
      expect(mine).toHaveLength(4);
      // The stream's order within a host.
      expect(mine.map((s) => s.id)).toEqual(mine.map((s) => s.id).sort((a, b) => a - b));
      for (let i = 1; i < mine.length; i++) expect(mine[i].start - mine[i - 1].end, host).toBeGreaterThanOrEqual(delay - 2);
    }
  });

  it("lets other hosts go ahead while one host waits out its delay", async () => {
    // One slow host with many items, and quick hosts behind it in the stream.
    const items: Item[] = [...Array.from({ length: 4 }, (_, i) => ({ id: i, host: "slow" })), ...Array.from({ length: 6 }, (_, i) => ({ id: 10 + i, host: `q${i}` }))];
    const { spans } = await record(items, { concurrency: 2, hostDelayMs: 50, workMs: 5 });
    const lastQuick = Math.max(...spans.filter((s) => s.host !== "slow").map((s) => s.end));
    const lastSlow = Math.max(...spans.filter((s) => s.host === "slow").map((s) => s.end));
    expect(lastQuick).toBeLessThan(lastSlow);
  });

  it("reads the stream only a bounded number of items ahead", async () => {
    let pulled = 0;
    let finished = 0;
    let maxAhead = 0;
    async function* source() {
      for (let i = 0; i < 200; i++) {
        pulled++;
        maxAhead = Math.max(maxAhead, pulled - finished);
        yield { id: i, host: `h${i % 50}` };
      }
    }
    await runPolitely(
      source(),
      async () => {
        await wait(1);
        finished++;
      },
      { concurrency: 3, hostDelayMs: 0, hostOf: (i) => i.host, lookahead: 10 },
    );
    expect(finished).toBe(200);
    expect(maxAhead).toBeLessThanOrEqual(10 + 3 + 1);
  });

  it("stops starting work when the signal aborts, and lets what runs finish", async () => {
    const controller = new AbortController();
    const items = Array.from({ length: 50 }, (_, i) => ({ id: i, host: `h${i}` }));
    let done = 0;
    const run = runPolitely(
      items,
      async () => {
        await wait(20);
        done++;
      },
      { concurrency: 2, hostDelayMs: 0, hostOf: (i) => i.host, signal: controller.signal },
    );
    await wait(50);
    controller.abort();
    const stats = await run;
    expect(stats.started).toBeLessThan(50);
    expect(stats.finished).toBe(stats.started);
    expect(done).toBe(stats.started);
  });

  it("stops at the first failure and rethrows it once the rest have ended", async () => {
    const items = Array.from({ length: 20 }, (_, i) => ({ id: i, host: `h${i}` }));
    let started = 0;
    const run = runPolitely(
      items,
      async (item) => {
        started++;
        await wait(5);
        if (item.id === 3) throw new Error("database gone");
      },
      { concurrency: 2, hostDelayMs: 0, hostOf: (i) => i.host },
    );
    await expect(run).rejects.toThrow("database gone");
    expect(started).toBeLessThan(20);
  });

  it("refuses a concurrency below 1", async () => {
    await expect(runPolitely([], async () => {}, { concurrency: 0, hostDelayMs: 0, hostOf: () => "" })).rejects.toThrow(RangeError);
  });
});
