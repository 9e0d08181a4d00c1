// The embedded SQLite database, tuned to serve a web app:
// - WAL journal: readers never wait for the writer, and the writer never waits for readers.
// - Two connections per process. Plain reads (a top-level SELECT) go to a reader
//   connection, so a page never waits behind a write transaction and never sees a write
//   that has not committed. Writes and every transaction go to one writer connection,
//   where the adapter's own lock serialises them (SQLite allows one writer at a time).
// - busy_timeout: another process (a CLI command, a second `next start`) holding the
//   write lock makes us wait up to SQLITE_BUSY_TIMEOUT_MS instead of failing at once.
// - synchronous=NORMAL by default: in WAL mode a committed transaction survives the
//   process being killed (kill -9, a crash, an out-of-memory kill), and the file is never
//   corrupted. Only a power cut or kernel crash can lose the last few commits. Set
//   SQLITE_SYNCHRONOUS=FULL to survive those too, at the cost of one fsync per commit.
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import type {
  SqlDriverAdapter,
  SqlDriverAdapterFactory,
  SqlQuery,
  IsolationLevel,
} from "@prisma/driver-adapter-utils";

const SYNCHRONOUS_LEVELS = ["NORMAL", "FULL", "EXTRA"] as const;
export type SynchronousLevel = (typeof SYNCHRONOUS_LEVELS)[number];

export type SqliteTuning = { synchronous: SynchronousLevel; busyTimeoutMs: number };

export function sqliteTuning(env: NodeJS.ProcessEnv = process.env): SqliteTuning {
  const level = (env.SQLITE_SYNCHRONOUS ?? "NORMAL").trim().toUpperCase();
  if (!(SYNCHRONOUS_LEVELS as readonly string[]).includes(level)) {
    throw new Error(`SQLITE_SYNCHRONOUS must be one of ${SYNCHRONOUS_LEVELS.join(", ")} (got "${env.SQLITE_SYNCHRONOUS}")`);
  }
  const timeout = Number(env.SQLITE_BUSY_TIMEOUT_MS ?? 5000);
  if (!Number.isInteger(timeout) || timeout < 0) {
    throw new Error(`SQLITE_BUSY_TIMEOUT_MS must be a whole number of milliseconds (got "${env.SQLITE_BUSY_TIMEOUT_MS}")`);
  }
  return { synchronous: level as SynchronousLevel, busyTimeoutMs: timeout };
}

/** A plain read that can run on the reader connection: one statement, starting with SELECT. */
export function isPlainRead(sql: string): boolean {
  return /^\s*SELECT\b/i.test(sql);
}

class ReadWriteSplit implements SqlDriverAdapter {
  readonly provider = "sqlite" as const;
  readonly adapterName: string;

  constructor(
    private readonly writer: SqlDriverAdapter,
    private readonly reader: SqlDriverAdapter,
  ) {
    this.adapterName = writer.adapterName;
    // Only where the driver reports it: without it Prisma keeps its own SQLite defaults.
    if (writer.getConnectionInfo) this.getConnectionInfo = () => writer.getConnectionInfo!();
  }

  getConnectionInfo?: SqlDriverAdapter["getConnectionInfo"];

  queryRaw(query: SqlQuery) {
    return isPlainRead(query.sql) ? this.reader.queryRaw(query) : this.writer.queryRaw(query);
  }
  executeRaw(query: SqlQuery) {
    return this.writer.executeRaw(query);
  }
  executeScript(script: string) {
    return this.writer.executeScript(script);
  }
  startTransaction(isolationLevel?: IsolationLevel) {
    return this.writer.startTransaction(isolationLevel);
  }
  async dispose() {
    await Promise.all([this.reader.dispose(), this.writer.dispose()]);
  }
}

class TunedSqliteFactory implements SqlDriverAdapterFactory {
  readonly provider = "sqlite" as const;
  readonly adapterName: string;
  private readonly inner: PrismaBetterSqlite3;

  constructor(
    private readonly url: string,
    private readonly tuning: SqliteTuning,
  ) {
    this.inner = new PrismaBetterSqlite3({ url, timeout: tuning.busyTimeoutMs });
    this.adapterName = this.inner.adapterName;
  }

  private async open(): Promise<SqlDriverAdapter> {
    const conn = await this.inner.connect();
    await conn.executeScript(`PRAGMA busy_timeout = ${this.tuning.busyTimeoutMs}; PRAGMA synchronous = ${this.tuning.synchronous};`);
    return conn;
  }

  async connect(): Promise<SqlDriverAdapter> {
    const writer = await this.open();
    // WAL is a property of the database file: set once, by the writer, before any reader opens.
    await writer.executeScript("PRAGMA journal_mode = WAL;");
    if (/^file::memory:|^:memory:/.test(this.url) || this.url.includes("mode=memory")) return writer;
    return new ReadWriteSplit(writer, await this.open());
  }
}

export function createSqliteAdapter(url: string, tuning: SqliteTuning = sqliteTuning()): SqlDriverAdapterFactory {
  return new TunedSqliteFactory(url, tuning);
}
