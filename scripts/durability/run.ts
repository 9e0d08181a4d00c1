// Concurrency and durability tests against the production server (`next start` on a build).
//   tsx scripts/durability/run.ts            SQLite; and PostgreSQL when TEST_POSTGRES_URL
//                                            names a server (a role that may create databases)
// Environment: NEXT_DIST_DIR (the build to serve, default .next), DURABILITY_CLIENTS and
// DURABILITY_POSTS (default 50 × 100), DURABILITY_ONLY=sqlite|postgres.
// Tests, on each database:
//   concurrent-evidence  50 clients × 100 evidence posts: every 201 stored exactly once, nothing
//                        else stored, no 5xx, no busy errors, every cached tally right
//   kill-9               three rounds of kill -9 under write load: every acknowledged write is
//                        there after a restart, nothing unacknowledged half-stored, SQLite's
//                        integrity_check is ok, and the restart's migrations and seed change nothing
//   two-instances        (PostgreSQL) two servers on one database writing at once, and two
//                        attempts to open a review at the same moment: exactly one succeeds
// Prints each test's figures, then "durability: N passed, N failed".
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import {
  ROOT,
  Server,
  dbSetup,
  editorToken,
  evidenceBody,
  freePort,
  inspect,
  post,
  tally,
  tallyMismatches,
  type Figures,
  type Outcome,
} from "./harness";

const CLIENTS = Number(process.env.DURABILITY_CLIENTS ?? 50);
const POSTS = Number(process.env.DURABILITY_POSTS ?? 100);
const DIST = process.env.NEXT_DIST_DIR ?? ".next";
const RUN = Date.now().toString(36);
const work = mkdtempSync(path.join(existsSync("/dev/shm") ? "/dev/shm" : os.tmpdir(), "tracker-durability-"));
const logs = path.join(work, "logs");
mkdirSync(logs);

let passed = 0;
let failed = 0;

function report(test: string, db: string, f: Figures, problems: string[], extra = "") {
  const line =
    `${test} [${db}]: requests ${f.requests}, acknowledged ${f.acknowledged}, stored ${f.stored}, lost ${f.lost}, ` +
    `duplicated ${f.duplicated}, 5xx ${f.status5xx}, busy ${f.busy}, half-stored ${f.halfStored}, ` +
    `unacknowledged but whole ${f.unacknowledgedStored}, strangers ${f.strangers}, other failures ${f.otherFailures}${extra}`;
  console.log(`${problems.length ? "FAIL" : "ok  "} ${line}`);
  for (const p of problems) console.log(`       ✗ ${p}`);
  if (problems.length) failed++;
  else passed++;
}

function basicProblems(f: Figures, tallyOff: number | null): string[] {
  const p: string[] = [];
  if (f.lost) p.push(`${f.lost} acknowledged writes missing`);
  if (f.duplicated) p.push(`${f.duplicated} duplicates`);
  if (f.halfStored) p.push(`${f.halfStored} items stored without their audit row or with other fields`);
  if (f.strangers) p.push(`${f.strangers} rows nobody sent`);
  if (f.status5xx) p.push(`${f.status5xx} responses 5xx`);
  if (f.busy) p.push(`${f.busy} busy/lock errors`);
  if (tallyOff) p.push(`${tallyOff} claims whose evidenceCount disagrees with their evidence rows`);
  return p;
}

async function claimIds(databaseUrl: string): Promise<string[]> {
  const db = await inspect(databaseUrl);
  try {
    const rows = await db.all<{ id: string }>(`SELECT "id" FROM "Prediction" ORDER BY "position" LIMIT 10`);
    if (rows.length === 0) throw new Error("no claims: the seed did not run");
    return rows.map((r) => r.id);
  } finally {
    await db.close();
  }
}

type Load = {
  sent: Map<string, { n: number; predictionId: string }>;
  acked: Map<string, string>;
  outcomes: Outcome[];
};

/** `clients` clients, each posting up to `posts` evidence items one after another. */
async function evidenceLoad(
  servers: Server[],
  token: string,
  claims: string[],
  prefix: string,
  clients: number,
  posts: number,
  stop?: { stopped: boolean },
): Promise<Load> {
  const load: Load = { sent: new Map(), acked: new Map(), outcomes: [] };
  let n = 0;
  await Promise.all(
    Array.from({ length: clients }, async (_, c) => {
      const server = servers[c % servers.length];
      for (let i = 0; i < posts && !stop?.stopped; i++) {
        const k = n++;
        const title = `${prefix}${c}-${i}`;
        const predictionId = claims[k % claims.length];
        load.sent.set(title, { n: k, predictionId });
        const o = await post(`${server.url}/api/predictions/${predictionId}/evidence`, token, evidenceBody(title, k));
        load.outcomes.push(o);
        if (o.status === 201) load.acked.set(title, (JSON.parse(o.body) as { evidence: { id: string } }).evidence.id);
        else if (o.status === 0 && stop?.stopped) break; // the server was killed under us
      }
    }),
  );
  return load;
}

async function concurrentEvidence(dbName: string, databaseUrl: string, server: Server, token: string) {
  // Two claims only: most writes then race for the same claim's tally.
  const claims = (await claimIds(databaseUrl)).slice(0, 2);
  const prefix = `dur-c-${RUN}-`;
  const t0 = performance.now();
  const load = await evidenceLoad([server], token, claims, prefix, CLIENTS, POSTS);
  const seconds = (performance.now() - t0) / 1000;
  const db = await inspect(databaseUrl);
  try {
    const f = await tally(db, prefix, load.sent, load.acked, load.outcomes);
    const p = basicProblems(f, await tallyMismatches(db));
    if (f.requests !== CLIENTS * POSTS) p.push(`sent ${f.requests}, expected ${CLIENTS * POSTS}`);
    if (f.acknowledged !== f.requests) p.push(`${f.requests - f.acknowledged} requests not answered 201`);
    if (f.stored !== f.acknowledged) p.push(`stored ${f.stored}, acknowledged ${f.acknowledged}`);
    const firstBad = load.outcomes.find((o) => o.status !== 201);
    if (firstBad) p.push(`first non-201: ${firstBad.status} ${firstBad.error ?? firstBad.body.slice(0, 300)}`);
    report("concurrent-evidence", dbName, f, p, `; ${(f.requests / seconds).toFixed(0)} requests/s`);
  } finally {
    await db.close();
  }
}

async function integrityCheck(databaseUrl: string): Promise<string> {
  if (!databaseUrl.startsWith("file:")) return "n/a";
  const db = await inspect(databaseUrl);
  try {
    const rows = await db.all<{ integrity_check: string }>("PRAGMA integrity_check");
    return rows.map((r) => r.integrity_check).join("; ");
  } finally {
    await db.close();
  }
}

async function seededCounts(databaseUrl: string): Promise<string> {
  const db = await inspect(databaseUrl);
  try {
    const [r] = await db.all<Record<string, number | string>>(
      `SELECT (SELECT COUNT(*) FROM "Prediction" WHERE "seedKey" IS NOT NULL) AS "claims",
              (SELECT COUNT(*) FROM "Evidence" WHERE "isSeeded" = ?) AS "evidence",
              (SELECT COUNT(*) FROM "Verdict" WHERE "isSeeded" = ?) AS "verdicts",
              (SELECT COUNT(*) FROM "Review" WHERE "isSeeded" = ?) AS "reviews",
              (SELECT COUNT(*) FROM "_prisma_migrations") AS "migrations"`,
      databaseUrl.startsWith("file:") ? [1, 1, 1] : [true, true, true],
    );
    return Object.entries(r).map(([k, v]) => `${k} ${Number(v)}`).join(", ");
  } finally {
    await db.close();
  }
}

async function killRounds(dbName: string, databaseUrl: string, server: Server, token: string) {
  const claims = await claimIds(databaseUrl);
  const before = await seededCounts(databaseUrl);
  for (let round = 1; round <= 3; round++) {
    const prefix = `dur-k${round}-${RUN}-`;
    const stop = { stopped: false };
    const running = evidenceLoad([server], token, claims, prefix, 20, 1_000_000, stop);
    // Kill once writes are flowing, at a moment that differs per round.
    await new Promise((r) => setTimeout(r, 1500 + round * 700));
    stop.stopped = true;
    server.kill9();
    await server.waitExit();
    const load = await running;
    const problems: string[] = [];
    const integrity = await integrityCheck(databaseUrl);
    if (integrity !== "ok" && integrity !== "n/a") problems.push(`integrity_check: ${integrity}`);
    // The restart: what `npm start` does, migrations and seed first.
    const setup = dbSetup(databaseUrl);
    if (!/migrations up to date/.test(setup)) problems.push(`restart applied migrations: ${setup.trim()}`);
    if (!/nothing to do/.test(setup)) problems.push(`restart seeded again: ${setup.trim()}`);
    const after = await seededCounts(databaseUrl);
    if (after !== before) problems.push(`seeded rows changed: before ${before}; after ${after}`);
    await server.start();
    const db = await inspect(databaseUrl);
    try {
      const f = await tally(db, prefix, load.sent, load.acked, load.outcomes.filter((o) => o.status !== 0));
      problems.unshift(...basicProblems(f, await tallyMismatches(db)));
      if (f.acknowledged === 0) problems.push("no write was acknowledged before the kill");
      if (f.stored !== f.acknowledged + f.unacknowledgedStored) problems.push("stored ≠ acknowledged + unacknowledged whole items");
      report(`kill-9 round ${round}`, dbName, f, problems, `; cut off ${load.outcomes.filter((o) => o.status === 0).length}; integrity ${integrity}`);
    } finally {
      await db.close();
    }
  }
}

async function twoInstances(dbName: string, databaseUrl: string, a: Server, b: Server, token: string) {
  const claims = (await claimIds(databaseUrl)).slice(0, 2);
  const prefix = `dur-2-${RUN}-`;
  const problems: string[] = [];
  // Review races run while both instances take evidence writes.
  const stop = { stopped: false };
  const writes = evidenceLoad([a, b], token, claims, prefix, CLIENTS, Math.max(1, Math.floor(POSTS / 2)), stop);
  const year = new Date().getUTCFullYear();
  const races: string[] = [];
  const db = await inspect(databaseUrl);
  try {
    for (let round = 1; round <= 5; round++) {
      const [ra, rb] = await Promise.all([
        post(`${a.url}/api/reviews`, token, { year }),
        post(`${b.url}/api/reviews`, token, { year }),
      ]);
      const codes = [ra.status, rb.status].sort();
      races.push(codes.join("/"));
      const open = await db.all<{ id: string }>(`SELECT "id" FROM "Review" WHERE "status" = 'open'`);
      if (codes[0] !== 201 || codes[1] !== 409) {
        problems.push(`review race ${round}: statuses ${ra.status} ${ra.body.slice(0, 200)} / ${rb.status} ${rb.body.slice(0, 200)}`);
      }
      if (open.length !== 1) problems.push(`review race ${round}: ${open.length} open reviews`);
      // Take the opened review away again (a test fixture step) for the next round.
      for (const r of open) {
        await db.all(`DELETE FROM "ReviewEvent" WHERE "reviewId" = ?`, [r.id]);
        await db.all(`DELETE FROM "Review" WHERE "id" = ?`, [r.id]);
      }
    }
  } finally {
    const load = await writes;
    const f = await tally(db, prefix, load.sent, load.acked, load.outcomes);
    problems.unshift(...basicProblems(f, await tallyMismatches(db)));
    if (f.acknowledged !== f.requests) problems.push(`${f.requests - f.acknowledged} evidence posts not answered 201`);
    if (f.stored !== f.acknowledged) problems.push(`stored ${f.stored}, acknowledged ${f.acknowledged}`);
    report("two-instances", dbName, f, problems, `; review races (both at once) ${races.join(", ")}`);
    await db.close();
  }
}

async function onDatabase(dbName: string, databaseUrl: string, withTwoInstances: boolean) {
  console.log(`== ${dbName}`);
  const setup = dbSetup(databaseUrl);
  process.stdout.write(setup.trimEnd().replace(/^/gm, "   ") + "\n");
  const token = editorToken(databaseUrl, "durability-editor@example.org");
  const server = new Server(`${dbName}-a`, await freePort(), databaseUrl, DIST, path.join(logs, `${dbName}-a.log`));
  await server.start();
  try {
    await concurrentEvidence(dbName, databaseUrl, server, token);
    await killRounds(dbName, databaseUrl, server, token);
    if (withTwoInstances) {
      const second = new Server(`${dbName}-b`, await freePort(), databaseUrl, DIST, path.join(logs, `${dbName}-b.log`));
      await second.start();
      try {
        await twoInstances(dbName, databaseUrl, server, second, token);
      } finally {
        await second.stop();
      }
    }
  } finally {
    await server.stop();
  }
}

async function guarded(name: string, fn: () => Promise<void>) {
  try {
    await fn();
  } catch (e) {
    failed++;
    console.log(`FAIL ${name}: ${e instanceof Error ? e.stack : String(e)}`);
  }
}

const only = process.env.DURABILITY_ONLY;
if (!existsSync(path.join(ROOT, DIST, "BUILD_ID"))) {
  console.log(`No production build in ${DIST}: run npm run build first (or set NEXT_DIST_DIR).`);
  failed++;
} else {
  if (only !== "postgres") {
    await guarded("sqlite", () => onDatabase("sqlite", `file:${path.join(work, "durability.db")}`, false));
  }
  const server = process.env.TEST_POSTGRES_URL;
  if (server && only !== "sqlite") {
    const name = `tracker_durability_${RUN}`;
    const u = new URL(server);
    const admin = new pg.Client({ connectionString: server });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    u.pathname = `/${name}`;
    await guarded("postgres", () => onDatabase("postgres", u.toString(), true));
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end();
  } else if (only !== "sqlite") {
    console.log("PostgreSQL: skipped (TEST_POSTGRES_URL is not set)");
  }
}
if (failed) console.log(`Server logs kept in ${logs}`);
else rmSync(work, { recursive: true, force: true });
console.log(`durability: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
