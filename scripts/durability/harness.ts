// Shared pieces of the concurrency and durability tests: production servers (`next start` on
// a build), the accounts they need, HTTP load, and direct reads of the database to count
// what was really stored.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { closeSync, openSync, readFileSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";

export const ROOT = path.resolve(import.meta.dirname, "../..");
const TSX = path.join(ROOT, "node_modules/.bin/tsx");
const NEXT = path.join(ROOT, "node_modules/.bin/next");

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.on("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

export type Env = NodeJS.ProcessEnv;

export function appEnv(databaseUrl: string, extra: Record<string, string> = {}): Env {
  return {
    ...process.env,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    DATABASE_URL: databaseUrl,
    BETTER_AUTH_SECRET: SECRET,
    ...extra,
  };
}
const SECRET = randomBytes(32).toString("hex");

/** What `npm start` runs first: migrations, then the seed (production: no development admin). */
export function dbSetup(databaseUrl: string): string {
  return execFileSync(TSX, [path.join(ROOT, "scripts/db-setup.ts"), "--production"], {
    cwd: ROOT,
    env: appEnv(databaseUrl),
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
  });
}

/** `npm run user -- …` against a database; returns its output. */
export function userCli(databaseUrl: string, args: string[]): string {
  return execFileSync(TSX, [path.join(ROOT, "scripts/user.ts"), ...args], {
    cwd: ROOT,
    env: appEnv(databaseUrl, { NODE_ENV: "production" }),
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
  });
}

/** An editor account and a fresh API token for it (the token is the last output line). */
export function editorToken(databaseUrl: string, email: string): string {
  const list = userCli(databaseUrl, ["list"]);
  if (!list.includes(email)) {
    userCli(databaseUrl, ["create", "--email", email, "--password", "durability-test-password", "--role", "editor", "--name", "Durability editor"]);
  }
  const out = userCli(databaseUrl, ["token", "--email", email, "--name", "durability"]).trim().split("\n");
  return out[out.length - 1].trim();
}

export class Server {
  private child?: ChildProcess;
  readonly url: string;
  constructor(
    readonly name: string,
    readonly port: number,
    private readonly databaseUrl: string,
    private readonly distDir: string,
    private readonly logFile: string,
  ) {
    this.url = `http://127.0.0.1:${port}`;
  }

  /** `next start` as its own process group, so kill -9 reaches every process of it. */
  async start(): Promise<void> {
    const log = openSync(this.logFile, "a");
    const child = spawn(NEXT, ["start", "-p", String(this.port), "-H", "127.0.0.1"], {
      cwd: ROOT,
      env: appEnv(this.databaseUrl, { NEXT_DIST_DIR: this.distDir, BETTER_AUTH_URL: this.url }),
      stdio: ["ignore", log, log],
      detached: true,
    });
    this.child = child;
    closeSync(log);
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline) {
      if (child.exitCode !== null) break;
      try {
        const r = await fetch(`${this.url}/api/reviews`);
        if (r.status === 200) return;
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 200));
    }
    throw new Error(`${this.name} did not start; its log:\n${readFileSync(this.logFile, "utf8").slice(-3000)}`);
  }

  kill9(): void {
    if (this.child?.pid && this.child.exitCode === null) {
      try {
        process.kill(-this.child.pid, "SIGKILL");
      } catch {
        // already gone
      }
    }
  }

  async stop(): Promise<void> {
    const child = this.child;
    if (!child?.pid || child.exitCode !== null) return;
    const exited = new Promise((r) => child.once("exit", r));
    try {
      process.kill(-child.pid, "SIGTERM");
    } catch {
      return;
    }
    const timer = setTimeout(() => this.kill9(), 5_000);
    await exited;
    clearTimeout(timer);
  }

  async waitExit(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    await new Promise((r) => child.once("exit", r));
  }
}

/** Direct reads of the database, for counting what was really stored. SQL uses `?` placeholders. */
export interface Inspector {
  all<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  close(): Promise<void>;
}

export async function inspect(databaseUrl: string): Promise<Inspector> {
  if (databaseUrl.startsWith("file:")) {
    const db = new Database(databaseUrl.slice("file:".length).replace(/\?.*$/, ""));
    db.pragma("busy_timeout = 10000");
    return {
      async all<T>(sql: string, params: unknown[] = []) {
        return db.prepare(sql).all(...params) as T[];
      },
      async close() {
        db.close();
      },
    };
  }
  const c = new pg.Client({ connectionString: databaseUrl });
  await c.connect();
  return {
    async all<T>(sql: string, params: unknown[] = []) {
      let i = 0;
      const r = await c.query(
        sql.replace(/\?/g, () => `$${++i}`),
        params,
      );
      return r.rows as T[];
    },
    async close() {
      await c.end();
    },
  };
}

export type Outcome = { status: number; body: string; error?: string };

export async function post(url: string, token: string, body: unknown, signal?: AbortSignal): Promise<Outcome> {
  try {
    const r = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: JSON.stringify(body),
      signal,
    });
    return { status: r.status, body: await r.text() };
  } catch (e) {
    return { status: 0, body: "", error: e instanceof Error ? `${e.message} ${String((e as { cause?: unknown }).cause ?? "")}` : String(e) };
  }
}

export const isBusy = (o: Outcome) => /SQLITE_BUSY|database is locked|busy|timed out|Unable to start a transaction/i.test(o.body);

const STANCES = ["supports", "contradicts", "mixed"] as const;

export function evidenceBody(title: string, n: number) {
  return {
    title,
    url: `https://example.org/durability/${encodeURIComponent(title)}`,
    observedOn: "2024-06-15",
    stance: STANCES[n % 3],
    strength: "moderate",
    summary: `Durability test item ${title}`,
  };
}

/** The figures each test prints: requests, stored, lost, duplicated, 5xx (and the rest). */
export type Figures = {
  requests: number;
  acknowledged: number;
  stored: number;
  lost: number;
  duplicated: number;
  unacknowledgedStored: number;
  halfStored: number;
  strangers: number;
  status5xx: number;
  busy: number;
  otherFailures: number;
};

/**
 * Counts what the database holds for the titles with this prefix against what the clients
 * sent and were told. A stored item is whole when it has its audit row and the fields sent.
 */
export async function tally(
  db: Inspector,
  prefix: string,
  sent: Map<string, { n: number; predictionId: string }>,
  acked: Map<string, string>,
  outcomes: Outcome[],
): Promise<Figures> {
  const rows = await db.all<{ id: string; title: string; predictionId: string; summary: string; stance: string; audits: number | string }>(
    `SELECT e."id", e."title", e."predictionId", e."summary", e."stance",
            (SELECT COUNT(*) FROM "AuditLog" a WHERE a."entityId" = e."id" AND a."action" = 'evidence.create') AS "audits"
       FROM "Evidence" e WHERE e."title" LIKE ?`,
    [`${prefix}%`],
  );
  const byTitle = new Map<string, typeof rows>();
  for (const r of rows) byTitle.set(r.title, [...(byTitle.get(r.title) ?? []), r]);
  let lost = 0;
  let duplicated = 0;
  let unacknowledgedStored = 0;
  let halfStored = 0;
  let strangers = 0;
  for (const [title, id] of acked) {
    const found = byTitle.get(title) ?? [];
    if (found.length === 0 || !found.some((r) => r.id === id)) lost++;
  }
  for (const [title, found] of byTitle) {
    const s = sent.get(title);
    if (!s) {
      strangers += found.length;
      continue;
    }
    if (found.length > 1) duplicated += found.length - 1;
    if (!acked.has(title)) unacknowledgedStored += found.length;
    const want = evidenceBody(title, s.n);
    for (const r of found) {
      if (Number(r.audits) !== 1 || r.predictionId !== s.predictionId || r.summary !== want.summary || r.stance !== want.stance) halfStored++;
    }
  }
  return {
    requests: sent.size,
    acknowledged: acked.size,
    stored: rows.length,
    lost,
    duplicated,
    unacknowledgedStored,
    halfStored,
    strangers,
    status5xx: outcomes.filter((o) => o.status >= 500).length,
    busy: outcomes.filter(isBusy).length,
    otherFailures: outcomes.filter((o) => o.status !== 201 && o.status < 500 && o.status !== 0).length,
  };
}

/** Claims whose cached evidence count disagrees with their live evidence rows (none is right). */
export async function tallyMismatches(db: Inspector): Promise<number | null> {
  try {
    const r = await db.all<{ n: number | string }>(
      `SELECT COUNT(*) AS "n" FROM "Prediction" p
        WHERE p."evidenceCount" <> (SELECT COUNT(*) FROM "Evidence" e WHERE e."predictionId" = p."id" AND e."retractedAt" IS NULL)`,
    );
    return Number(r[0].n);
  } catch {
    return null; // no cached tally column in this schema
  }
}
