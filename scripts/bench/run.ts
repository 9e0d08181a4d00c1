// The scale benchmark: `npm run bench`. Not a test; it measures and prints one Markdown table.
//
//   npm run bench [-- --no-build] [--sizes small,large] [--samples 30] [--writes 2000] [--out file.md] [--keep]
//
// 1. Builds the production app into its own folder (.next-bench), never touching .next.
// 2. For each size, builds a temporary database (scripts/bench/dataset.ts, in a child process),
//    starts `next start` on it, and measures p50/p95 and size of the pages and APIs, the
//    scorecard against the same aggregates in raw SQL, first-load JS on /, and evidence writes
//    at 10 and 50 connections (throughput, p99, and that every 201 is stored exactly once).
// 3. Prints the table with the machine, date and commit, and removes its temporary folders.
// See docs/benchmarks.md.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createWriteStream, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import zlib from "node:zlib";
import Database from "better-sqlite3";
import type { DatasetInfo } from "./dataset";
import { createAgent, percentile, send, type Reply } from "./http";
import { openRawScorecard } from "./raw-sql";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const DIST_DIR = ".next-bench";
const BIN = (name: string) => path.join(ROOT, "node_modules/.bin", name);
/** Only for these throwaway servers and databases; never use it for a real deployment. */
const BENCH_SECRET = `BENCH-ONLY-secret-not-for-any-real-deployment-${randomBytes(16).toString("hex")}`;

const { values: args } = parseArgs({
  options: {
    "no-build": { type: "boolean", default: false },
    sizes: { type: "string", default: "small,large" },
    samples: { type: "string", default: "30" },
    warmups: { type: "string", default: "3" },
    writes: { type: "string", default: "2000" },
    "write-budget": { type: "string", default: "45" },
    "path-budget": { type: "string", default: "30" },
    out: { type: "string" },
    keep: { type: "boolean", default: false },
  },
});
const SIZES = args.sizes.split(",").map((s) => s.trim()).filter(Boolean);
const SAMPLES = Number(args.samples);
const WARMUPS = Number(args.warmups);
const WRITES = Number(args.writes);
/** A page slower than this many seconds a request gets fewer samples (at least 5), so a run stays bounded. */
const PATH_BUDGET_MS = Number(args["path-budget"]) * 1000;
/** A write level stops starting new requests after this long, so a slow app keeps the run bounded. */
const WRITE_BUDGET_MS = Number(args["write-budget"]) * 1000;
const CONNECTIONS = [10, 50];
const WRITE_WARMUPS = 20;

// ---------------------------------------------------------------------------------------
// Housekeeping: phases, temporary folders, the server's process group
// ---------------------------------------------------------------------------------------

const phases: { name: string; ms: number }[] = [];
async function phase<T>(name: string, fn: () => Promise<T> | T): Promise<T> {
  const t0 = performance.now();
  process.stdout.write(`… ${name}\n`);
  try {
    return await fn();
  } finally {
    phases.push({ name, ms: performance.now() - t0 });
  }
}

const tempDirs: string[] = [];
let server: ChildProcess | undefined;

function killServer(): Promise<void> {
  const child = server;
  server = undefined;
  if (!child?.pid || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => {
      try {
        process.kill(-child.pid!, "SIGKILL");
      } catch {}
    }, 5000);
    child.once("exit", () => {
      clearTimeout(force);
      resolve();
    });
    try {
      process.kill(-child.pid!, "SIGTERM"); // the whole group: next and anything it started
    } catch {
      clearTimeout(force);
      resolve();
    }
  });
}

function cleanUp() {
  if (server?.pid) {
    try {
      process.kill(-server.pid, "SIGKILL");
    } catch {}
  }
  if (!args.keep) for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
}
process.on("exit", cleanUp);
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    console.error(`\nInterrupted (${signal}); stopping the server and removing temporary files.`);
    process.exit(130);
  });
}

function tempDir(label: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), `tracker-bench-${label}-`));
  tempDirs.push(dir);
  return dir;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.unref();
    probe.on("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

const LOUD = (text: string) => console.error(`\n!!! ${text}\n`);

// ---------------------------------------------------------------------------------------
// Build, dataset, server
// ---------------------------------------------------------------------------------------

function run(cmd: string, argv: string[], env: NodeJS.ProcessEnv, logFile: string): void {
  const r = spawnSync(cmd, argv, { cwd: ROOT, env, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  writeFileSync(logFile, `${r.stdout ?? ""}\n${r.stderr ?? ""}`);
  if (r.status !== 0) {
    // Kept outside the temporary folders, which are removed on exit.
    const kept = path.join(os.tmpdir(), `tracker-bench-${path.basename(logFile)}`);
    writeFileSync(kept, readFileSync(logFile));
    console.error(readFileSync(logFile, "utf8").split("\n").slice(-40).join("\n"));
    throw new Error(`${path.basename(cmd)} ${argv.join(" ")} failed (exit ${r.status ?? r.signal}); full log: ${kept}`);
  }
}

async function buildApp(): Promise<string> {
  const built = existsSync(path.join(ROOT, DIST_DIR, "BUILD_ID"));
  if (args["no-build"] && built) return "skipped (--no-build)";
  const dir = tempDir("build");
  // As `npm run build` does: generate the Prisma client, then build. The build gets a
  // throwaway DATABASE_URL so it can never touch data/tracker.db.
  const env = { ...process.env, NEXT_DIST_DIR: DIST_DIR, NEXT_TELEMETRY_DISABLED: "1", DATABASE_URL: `file:${path.join(dir, "build.db")}` };
  run(process.execPath, ["scripts/generate-client.mjs"], env, path.join(dir, "generate.log"));
  // `next build` adds its output folder to tsconfig.json's include list. When tsconfig.json
  // was as committed before the build, put it back, so a run leaves the checkout unchanged.
  const tsconfig = path.join(ROOT, "tsconfig.json");
  const before = readFileSync(tsconfig, "utf8");
  const committed = spawnSync("git", ["show", "HEAD:tsconfig.json"], { cwd: ROOT, encoding: "utf8" });
  try {
    run(BIN("next"), ["build"], env, path.join(dir, "build.log"));
  } finally {
    if (committed.status === 0 && committed.stdout === before && readFileSync(tsconfig, "utf8") !== before) writeFileSync(tsconfig, before);
  }
  return "built";
}

function buildDataset(size: string, dir: string): DatasetInfo {
  const r = spawnSync(BIN("tsx"), ["--conditions=react-server", "scripts/bench/dataset.ts", "--size", size, "--dir", dir], {
    cwd: ROOT,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.status !== 0) {
    console.error(r.stdout, r.stderr);
    throw new Error(`Building the ${size} dataset failed (exit ${r.status ?? r.signal})`);
  }
  return JSON.parse(readFileSync(path.join(dir, "dataset.json"), "utf8")) as DatasetInfo;
}

async function startServer(dir: string, info: DatasetInfo): Promise<{ port: number; log: string }> {
  const port = await freePort();
  const log = path.join(dir, "server.log");
  const out = createWriteStream(log);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    DATABASE_URL: `file:${info.file}`,
    BETTER_AUTH_SECRET: BENCH_SECRET,
    BETTER_AUTH_URL: `http://127.0.0.1:${port}`,
    NEXT_TELEMETRY_DISABLED: "1",
    NEXT_DIST_DIR: DIST_DIR,
  };
  // Started directly (not through npx or npm) and in its own process group, so one signal
  // to the group stops it and everything it started.
  const child = spawn(BIN("next"), ["start", "-H", "127.0.0.1", "-p", String(port)], {
    cwd: ROOT,
    env,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  server = child;
  child.stdout!.pipe(out);
  child.stderr!.pipe(out);
  const agent = createAgent(1);
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}; log:\n${readFileSync(log, "utf8")}`);
    const r = await send(agent, port, "GET", "/icon.svg");
    if (r.status > 0) {
      agent.destroy();
      return { port, log };
    }
    await new Promise((res) => setTimeout(res, 200));
  }
  throw new Error(`next start did not answer within 60 s; log:\n${readFileSync(log, "utf8")}`);
}

function serverLogTail(log: string, lines = 15): string {
  try {
    return readFileSync(log, "utf8").trim().split("\n").slice(-lines).join("\n");
  } catch {
    return "";
  }
}

// ---------------------------------------------------------------------------------------
// Measurements
// ---------------------------------------------------------------------------------------

type Timing = { p50: number; p95: number; bytes: number; n: number; statuses: Map<number, number>; html: boolean };

const fmtStatuses = (m: Map<number, number>) => [...m].map(([s, n]) => `${s === 0 ? "connection error" : s}×${n}`).join(", ");

async function measurePath(port: number, urlPath: string, log: string): Promise<Timing> {
  const agent = createAgent(1);
  // As a browser sends them: compressed transfer; sizes are reported decoded.
  const headers = { accept: "text/html,application/json;q=0.9,*/*;q=0.8", "accept-encoding": "gzip" };
  const statuses = new Map<number, number>();
  const note = (r: Reply) => {
    statuses.set(r.status, (statuses.get(r.status) ?? 0) + 1);
    if (r.status !== 200 && statuses.get(r.status) === 1) {
      LOUD(`${urlPath} answered ${r.status || r.error}: ${r.body.toString("utf8").slice(0, 300)}\n--- server log ---\n${serverLogTail(log)}`);
    }
  };
  let last: Reply | undefined;
  const warm: number[] = [];
  for (let i = 0; i < WARMUPS; i++) {
    last = await send(agent, port, "GET", urlPath, { headers });
    note(last);
    warm.push(last.ms);
  }
  const samples: number[] = [];
  const started = performance.now();
  while (samples.length < SAMPLES) {
    if (samples.length >= 5 && performance.now() - started > PATH_BUDGET_MS) break;
    last = await send(agent, port, "GET", urlPath, { headers });
    note(last);
    samples.push(last.ms);
  }
  agent.destroy();
  const type = String(last?.body.subarray(0, 200).toString("utf8") ?? "");
  return {
    p50: percentile(samples, 50),
    p95: percentile(samples, 95),
    bytes: last?.body.length ?? 0,
    n: samples.length,
    statuses,
    html: /^\s*<!DOCTYPE html|^\s*<html/i.test(type),
  };
}

async function measureFirstLoadJs(port: number): Promise<{ kB: number; chunks: number; status: number }> {
  const agent = createAgent(4);
  const page = await send(agent, port, "GET", "/", { headers: { accept: "text/html" } });
  const srcs = [...new Set([...page.body.toString("utf8").matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1].replace(/&amp;/g, "&")))];
  let total = 0;
  for (const src of srcs) {
    const url = new URL(src, `http://127.0.0.1:${port}/`);
    const r = await send(agent, port, "GET", url.pathname + url.search);
    if (r.status !== 200) LOUD(`first-load chunk ${src} answered ${r.status}`);
    total += zlib.gzipSync(r.body, { level: 9 }).length;
  }
  agent.destroy();
  return { kB: total / 1000, chunks: srcs.length, status: page.status };
}

/** The raw SQL must count what the endpoint counts, or the ratio compares different work. */
async function checkRawAgainstApi(port: number, file: string): Promise<string[]> {
  const agent = createAgent(1);
  const r = await send(agent, port, "GET", "/api/scorecard");
  agent.destroy();
  if (r.status !== 200) return [`/api/scorecard answered ${r.status}`];
  const api = JSON.parse(r.body.toString("utf8")) as { byVerdict?: Record<string, number>; due?: { stale?: number; readyForFinal?: number }; resolved?: number };
  const raw = openRawScorecard(file);
  const mine = raw.figures();
  raw.close();
  const out: string[] = [];
  for (const [grade, n] of Object.entries(api.byVerdict ?? {})) if ((mine.byVerdict[grade] ?? 0) !== n) out.push(`${grade}: API ${n}, SQL ${mine.byVerdict[grade] ?? 0}`);
  if (api.due?.stale !== undefined && api.due.stale !== mine.stale) out.push(`stale: API ${api.due.stale}, SQL ${mine.stale}`);
  if (api.due?.readyForFinal !== undefined && api.due.readyForFinal !== mine.readyForFinal) out.push(`past horizon: API ${api.due.readyForFinal}, SQL ${mine.readyForFinal}`);
  if (api.resolved !== undefined && api.resolved !== mine.resolved) out.push(`resolved: API ${api.resolved}, SQL ${mine.resolved}`);
  return out;
}

/**
 * The raw SQL, timed in turns with /api/scorecard (one request, then one run of the SQL), so
 * both see the same machine load: the ratio is of these paired samples' medians.
 */
async function measureRawSql(port: number, file: string): Promise<{ p50: number; p95: number; apiP50: number }> {
  const raw = openRawScorecard(file);
  const agent = createAgent(1);
  try {
    const sql: number[] = [];
    const api: number[] = [];
    for (let i = 0; i < WARMUPS + SAMPLES; i++) {
      const r = await send(agent, port, "GET", "/api/scorecard", { headers: { "accept-encoding": "gzip" } });
      const t0 = performance.now();
      raw.run();
      const t = performance.now() - t0;
      if (i < WARMUPS) continue;
      api.push(r.ms);
      sql.push(t);
    }
    return { p50: percentile(sql, 50), p95: percentile(sql, 95), apiP50: percentile(api, 50) };
  } finally {
    agent.destroy();
    raw.close();
  }
}

type WriteResult = {
  connections: number;
  requests: number;
  perSecond: number;
  p50: number;
  p99: number;
  created: number;
  statuses: Map<number, number>;
  lost: number;
  duplicated: number;
  storedWithoutCreated: number;
};

const yesterday = () => new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);

async function measureWrites(port: number, info: DatasetInfo, connections: number, log: string, requests = WRITES): Promise<WriteResult> {
  const label = `Bench write ${info.size.name} c${connections} ${randomBytes(3).toString("hex")}`;
  const agent = createAgent(connections);
  const headers = { authorization: `Bearer ${info.token}`, "content-type": "application/json" };
  const stances = ["supports", "contradicts", "mixed"];
  const ids = info.claimIds;
  const created = new Set<string>();
  const statuses = new Map<number, number>();
  const latencies: number[] = [];
  const observedOn = yesterday();
  let next = 0;
  const t0 = performance.now();
  const worker = async () => {
    while (next < requests && performance.now() - t0 < WRITE_BUDGET_MS) {
      const i = next++;
      const title = `${label} #${i}`;
      const claim = ids[(i * 7919 + connections) % ids.length];
      const body = JSON.stringify({
        title,
        url: `https://example.org/bench-write/${i}`,
        observedOn,
        stance: stances[i % 3],
        strength: "moderate",
        summary: "Logged by the benchmark's write test to measure throughput under concurrent connections.",
      });
      const r = await send(agent, port, "POST", `/api/predictions/${encodeURIComponent(claim)}/evidence`, { headers, body, decode: false });
      latencies.push(r.ms);
      statuses.set(r.status, (statuses.get(r.status) ?? 0) + 1);
      if (r.status === 201) created.add(title);
      else if (statuses.get(r.status) === 1) LOUD(`POST evidence answered ${r.status || r.error}: ${r.body.toString("utf8").slice(0, 300)}\n--- server log ---\n${serverLogTail(log)}`);
    }
  };
  await Promise.all(Array.from({ length: connections }, worker));
  const seconds = (performance.now() - t0) / 1000;
  agent.destroy();

  // Every 201 must be stored exactly once, and nothing else stored.
  const db = new Database(info.file, { readonly: true });
  const rows = db
    .prepare(`SELECT "title", COUNT(*) AS "n" FROM "Evidence" WHERE "title" LIKE ? GROUP BY "title"`)
    .all(`${label} #%`) as { title: string; n: number }[];
  db.close();
  const stored = new Map(rows.map((r) => [r.title, r.n]));
  let lost = 0;
  for (const t of created) if (!stored.has(t)) lost++;
  const duplicated = rows.reduce((s, r) => s + r.n - 1, 0);
  const storedWithoutCreated = rows.filter((r) => !created.has(r.title)).length;
  return {
    connections,
    requests: next,
    perSecond: created.size / seconds,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    created: created.size,
    statuses,
    lost,
    duplicated,
    storedWithoutCreated,
  };
}

/** The claims' evidence tally columns still match their rows after the writes (when the app has them). */
function tallyDrift(file: string): number | null {
  const db = new Database(file, { readonly: true });
  try {
    const columns = db.prepare(`SELECT name FROM pragma_table_info('Prediction')`).pluck().all() as string[];
    if (!columns.includes("evidenceCount")) return null;
    return db
      .prepare(`SELECT COUNT(*) FROM "Prediction" p WHERE p."evidenceCount" <> (SELECT COUNT(*) FROM "Evidence" e WHERE e."predictionId" = p."id" AND e."retractedAt" IS NULL)`)
      .pluck()
      .get() as number;
  } finally {
    db.close();
  }
}

// ---------------------------------------------------------------------------------------
// One size, end to end
// ---------------------------------------------------------------------------------------

type SizeResult = {
  info: DatasetInfo;
  paths: { key: string; label: string; timing: Timing }[];
  raw: { p50: number; p95: number; apiP50: number; mismatches: string[] };
  firstLoad: { kB: number; chunks: number; status: number };
  writes: WriteResult[];
  tallyDrift: number | null;
};

async function benchSize(size: string): Promise<SizeResult> {
  const dir = tempDir(size);
  const info = await phase(`${size}: build the database`, () => buildDataset(size, dir));
  const c = info.counts;
  console.log(
    `  ${c.claims.toLocaleString("en")} claims, ${c.evidence.toLocaleString("en")} evidence, ${c.verdicts.toLocaleString("en")} verdicts ` +
      `(${c.reviewVerdicts} in this year's review), ${c.citations.toLocaleString("en")} citations, ${c.subClaims} sub-claims; ` +
      `most evidence on one claim: ${info.busiestClaim.evidence.toLocaleString("en")}, median ${info.medianEvidence}; ` +
      `steps (ms): ${Object.entries(info.timingsMs).map(([k, v]) => `${k} ${v}`).join(", ")}`,
  );
  const { port, log } = await phase(`${size}: start next`, () => startServer(dir, info));
  try {
    const targets = [
      { key: "home", label: "`/`", path: "/" },
      { key: "list", label: "`/predictions`", path: "/predictions" },
      { key: "claim", label: "claim page, typical", path: `/predictions/${info.typicalClaim.id}` },
      { key: "busiest", label: "claim page, most evidence", path: `/predictions/${info.busiestClaim.id}` },
      { key: "scorecard", label: "`/api/scorecard`", path: "/api/scorecard" },
      { key: "apiList", label: "`/api/predictions`", path: "/api/predictions" },
      { key: "review", label: "`/reviews/<year>`", path: `/reviews/${info.reviewYear}` },
    ];
    const paths: SizeResult["paths"] = [];
    await phase(`${size}: pages and APIs`, async () => {
      for (const t of targets) {
        const timing = await measurePath(port, t.path, log);
        paths.push({ key: t.key, label: t.label, timing });
        console.log(`  ${t.path.padEnd(44)} p50 ${ms(timing.p50).padStart(8)}  p95 ${ms(timing.p95).padStart(8)}  ${kB(timing.bytes).padStart(9)}  n=${timing.n}  ${fmtStatuses(timing.statuses)}`);
      }
    });
    const firstLoad = await phase(`${size}: first-load JS`, () => measureFirstLoadJs(port));
    const raw = await phase(`${size}: raw SQL aggregates`, async () => {
      const mismatches = await checkRawAgainstApi(port, info.file);
      if (mismatches.length) LOUD(`The raw SQL and /api/scorecard disagree (${size}): ${mismatches.join("; ")}`);
      return { ...(await measureRawSql(port, info.file)), mismatches };
    });
    const writes: WriteResult[] = [];
    await phase(`${size}: evidence writes`, async () => {
      // Warm the write path (route, token lookup, prepared statements) before timing it.
      const warm = await measureWrites(port, info, 1, log, WRITE_WARMUPS);
      if (warm.created !== WRITE_WARMUPS || warm.lost || warm.duplicated) LOUD(`write warm-up: ${warm.created}/${WRITE_WARMUPS} created, lost ${warm.lost}, duplicated ${warm.duplicated}`);
      for (const n of CONNECTIONS) {
        const w = await measureWrites(port, info, n, log);
        writes.push(w);
        console.log(`  ${n} connections: ${w.perSecond.toFixed(0)} writes/s, p50 ${ms(w.p50)}, p99 ${ms(w.p99)}, ${fmtStatuses(w.statuses)}, lost ${w.lost}, duplicated ${w.duplicated}, stored without a 201 ${w.storedWithoutCreated}`);
      }
    });
    return { info, paths, raw, firstLoad, writes, tallyDrift: tallyDrift(info.file) };
  } finally {
    await killServer();
    if (!args.keep) rmSync(dir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------
// The table
// ---------------------------------------------------------------------------------------

const ms = (v: number | undefined) => (v === undefined || Number.isNaN(v) ? "—" : v >= 1000 ? `${(v / 1000).toFixed(2)} s` : `${v < 10 ? v.toFixed(1) : v.toFixed(0)} ms`);
const kB = (bytes: number | undefined) => (bytes === undefined ? "—" : bytes >= 1_000_000 ? `${(bytes / 1_000_000).toFixed(1)} MB` : `${(bytes / 1000).toFixed(0)} kB`);
const times = (a: number | undefined, b: number | undefined) => (a && b ? `×${(b / a).toFixed(1)}` : "—");

const P50_TARGET = 150;
const HTML_TARGET = 500_000;
const RATIO_TARGET = 3;
const GROWTH_TARGET = 3;
const WRITES_TARGET = { perSecond: 300, p99: 100 };
const FIRST_LOAD_TARGET = 250;
const P50_KEYS = new Set(["home", "list", "claim", "busiest", "scorecard", "review"]);

function verdict(failures: string[]): string {
  return failures.length ? `**no**: ${failures.join(", ")}` : "yes";
}

function buildTable(results: Map<string, SizeResult>): string {
  const small = results.get("small");
  const large = results.get("large");
  const decisive = large ?? small!; // targets are stated at 10,000 claims
  const rows: string[][] = [];
  const header = ["measurement", "small p50", "small p95", "small size", "large p50", "large p95", "large size", "growth (large ÷ small)", "target", "met?"];

  const items = (key: string) => {
    const counts = [small, large].filter((r): r is SizeResult => Boolean(r)).map((r) =>
      (key === "claim" ? r.info.typicalClaim.evidence : r.info.busiestClaim.evidence).toLocaleString("en"));
    return ` (${counts.join(" / ")} evidence items)`;
  };
  const labelOf = (key: string) => (key === "claim" || key === "busiest" ? items(key) : "");
  for (const { key, label } of decisive.paths) {
    const s = small?.paths.find((p) => p.key === key)?.timing;
    const l = large?.paths.find((p) => p.key === key)?.timing;
    const d = decisive.paths.find((p) => p.key === key)!.timing;
    const failures: string[] = [];
    const bad = [...(small ? [s!] : []), ...(large ? [l!] : [])].flatMap((t) => [...t.statuses].filter(([st]) => st !== 200));
    if (bad.length) failures.push(`status ${bad.map(([st, n]) => `${st || "error"}×${n}`).join(", ")}`);
    if (P50_KEYS.has(key) && d.p50 > P50_TARGET) failures.push("p50");
    if (d.html && d.bytes > HTML_TARGET) failures.push("size");
    if (s && l && l.p50 / s.p50 > GROWTH_TARGET) failures.push("growth");
    const target = [
      "200",
      P50_KEYS.has(key) ? `p50 ≤ ${P50_TARGET} ms` : "",
      d.html ? "≤ 500 kB" : "",
      small && large ? `growth ≤ ${GROWTH_TARGET}×` : "",
    ].filter(Boolean).join(", ");
    const sampleNote = (t: Timing | undefined) => (t && t.n < SAMPLES ? ` (n=${t.n})` : "");
    rows.push([
      `${label}${labelOf(key)}`,
      ms(s?.p50) + sampleNote(s), ms(s?.p95), kB(s?.bytes),
      ms(l?.p50) + sampleNote(l), ms(l?.p95), kB(l?.bytes),
      s && l ? `${times(s.p50, l.p50)} time, ${times(s.bytes, l.bytes)} size` : "—",
      target,
      verdict(failures),
    ]);
  }

  // The scorecard against the raw SQL floor.
  const ratio = (r: SizeResult | undefined) => (r ? r.raw.apiP50 / r.raw.p50 : undefined);
  rows.push([
    `raw SQL for the scorecard's aggregates (better-sqlite3)${[small, large].some((r) => r?.raw.mismatches.length) ? " ⚠ counts differ from the API" : ""}`,
    ms(small?.raw.p50), ms(small?.raw.p95), "—",
    ms(large?.raw.p50), ms(large?.raw.p95), "—",
    small && large ? `${times(small.raw.p50, large.raw.p50)} time` : "—",
    "(the floor)",
    "—",
  ]);
  const rs = ratio(small);
  const rl = ratio(large);
  const rd = ratio(decisive)!;
  rows.push([
    "`/api/scorecard` p50 ÷ raw SQL p50 (timed in turns)",
    rs ? `${rs.toFixed(1)}×` : "—", small ? `API ${ms(small.raw.apiP50)}` : "", "",
    rl ? `${rl.toFixed(1)}×` : "—", large ? `API ${ms(large.raw.apiP50)}` : "", "",
    "—",
    `≤ ${RATIO_TARGET}×`,
    verdict(rd > RATIO_TARGET ? ["ratio"] : []),
  ]);

  for (const n of CONNECTIONS) {
    const s = small?.writes.find((w) => w.connections === n);
    const l = large?.writes.find((w) => w.connections === n);
    const d = decisive.writes.find((w) => w.connections === n)!;
    const failures: string[] = [];
    for (const w of [s, l]) {
      if (!w) continue;
      const other = [...w.statuses].filter(([st]) => st !== 201);
      if (other.length) failures.push(`status ${other.map(([st, k]) => `${st || "error"}×${k}`).join(", ")}`);
      if (w.lost || w.duplicated || w.storedWithoutCreated) failures.push(`lost ${w.lost}, duplicated ${w.duplicated}`);
    }
    if (n === 50) {
      if (d.perSecond < WRITES_TARGET.perSecond) failures.push("writes/s");
      if (d.p99 > WRITES_TARGET.p99) failures.push("p99");
    }
    if (s && l && l.p50 / s.p50 > GROWTH_TARGET) failures.push("growth");
    const cell = (w: WriteResult | undefined) =>
      w ? `${w.perSecond.toFixed(0)}/s; ${w.created}/${w.requests} 201, lost ${w.lost}, dup ${w.duplicated}` : "—";
    rows.push([
      `evidence writes, ${n} connections (p50 · p99 · writes/s, stored check)`,
      ms(s?.p50), s ? `p99 ${ms(s.p99)}` : "—", cell(s),
      ms(l?.p50), l ? `p99 ${ms(l.p99)}` : "—", cell(l),
      s && l ? `${times(s.p50, l.p50)} p50` : "—",
      n === 50
        ? `≥ ${WRITES_TARGET.perSecond}/s, p99 ≤ ${WRITES_TARGET.p99} ms, none lost`
        : "all 201, none lost",
      verdict(failures),
    ]);
  }

  const fs = small?.firstLoad;
  const fl = large?.firstLoad;
  const fd = decisive.firstLoad;
  rows.push([
    "first-load JS on `/` (gzip, sum of `<script src>` chunks)",
    "", "", fs ? `${fs.kB.toFixed(0)} kB (${fs.chunks} files)` : "—",
    "", "", fl ? `${fl.kB.toFixed(0)} kB (${fl.chunks} files)` : "—",
    "—",
    `≤ ${FIRST_LOAD_TARGET} kB`,
    verdict(fd.kB > FIRST_LOAD_TARGET ? ["size"] : []),
  ]);

  const escape = (cell: string) => cell.replace(/\|/g, "\\|");
  return [
    `| ${header.join(" | ")} |`,
    `|${header.map(() => "---").join("|")}|`,
    ...rows.map((r) => `| ${r.map(escape).join(" | ")} |`),
  ].join("\n");
}

function machineLine(): string {
  const commit = spawnSync("git", ["rev-parse", "--short", "HEAD"], { cwd: ROOT, encoding: "utf8" }).stdout.trim() || "unknown";
  const dirty = spawnSync("git", ["status", "--porcelain", "--untracked-files=no"], { cwd: ROOT, encoding: "utf8" }).stdout.trim() ? " + uncommitted changes" : "";
  const cores = spawnSync("nproc", [], { encoding: "utf8" }).stdout.trim() || String(os.cpus().length);
  const load = os.loadavg().map((l) => l.toFixed(2)).join(" ");
  return `Machine: ${cores} cores (nproc), ${os.cpus()[0]?.model ?? "unknown CPU"}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GB RAM, Node ${process.version}, load average ${load} at the end. ` +
    `Date: ${new Date().toISOString()}. Commit: ${commit}${dirty}.`;
}

// ---------------------------------------------------------------------------------------

const started = performance.now();
const results = new Map<string, SizeResult>();
try {
  const build = await phase("build the production app into .next-bench", buildApp);
  console.log(`  ${build}`);
  for (const size of SIZES) results.set(size, await benchSize(size));
} catch (e) {
  await killServer();
  console.error(e instanceof Error ? (e.stack ?? e.message) : String(e));
  process.exit(1);
}

const table = buildTable(results);
const first = results.values().next().value!;
const notes = [
  `Sizes: ${[...results.values()].map((r) => `${r.info.size.name} = ${r.info.counts.claims.toLocaleString("en")} claims / ${r.info.counts.evidence.toLocaleString("en")} evidence / ${r.info.counts.verdicts.toLocaleString("en")} verdicts`).join("; ")}; 20 sources, 30 tags, and a completed review over every claim.`,
  `Each page or API: ${WARMUPS} warm-ups, then ${SAMPLES} sequential requests (fewer, at least 5, when one path would take over ${PATH_BUDGET_MS / 1000} s; marked n=…), timed to the last byte; sizes are the decoded body. ` +
    `Writes: ${WRITES} POSTs per level after ${WRITE_WARMUPS} warm-ups, or as many as start within ${WRITE_BUDGET_MS / 1000} s; each 201 is checked to be stored exactly once. Targets are judged at the ${results.has("large") ? "large" : first.info.size.name} size.`,
  ...[...results.values()].filter((r) => r.raw.mismatches.length).map((r) => `**Raw SQL vs /api/scorecard (${r.info.size.name})**: ${r.raw.mismatches.join("; ")}.`),
  ...[...results.values()].filter((r) => r.tallyDrift).map((r) => `**Evidence tally drift (${r.info.size.name})**: ${r.tallyDrift} claims' evidenceCount no longer matches their rows after the writes.`),
  machineLine(),
];
const output = `${table}\n\n${notes.join("\n")}\n`;
console.log(`\n${output}`);
console.log(`Phases: ${phases.map((p) => `${p.name} ${(p.ms / 1000).toFixed(1)} s`).join("; ")}; total ${((performance.now() - started) / 1000).toFixed(0)} s.`);
if (args.out) writeFileSync(path.resolve(args.out), output);
process.exit(0);
