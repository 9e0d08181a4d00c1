// A consistent copy of the live SQLite database, safe while the app is writing to it.
//   npm run backup -- <destination file>
// It uses SQLite's VACUUM INTO, which writes one read transaction's snapshot: consistent, and
// in WAL mode it never blocks the app's writers. (The step-wise online backup API restarts
// whenever another process writes, so under steady traffic it may never finish.) It never
// overwrites an existing file, checks the copy with PRAGMA integrity_check, and prints it.
// To restore: stop the app, put the copy where DATABASE_URL points (delete any -wal and -shm
// files beside the old database), start the app.
// PostgreSQL has its own tool: pg_dump (see "Running in production" in the README).
import { existsSync, linkSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import Database from "better-sqlite3";
import { resolveDatabaseUrl } from "../lib/db/url";

export type BackupResult = { destination: string; bytes: number; tables: number; integrity: string };

/** Copies the SQLite database `source` to `destination`, which must not exist yet. */
export async function backupSqlite(source: string, destination: string): Promise<BackupResult> {
  const dest = path.resolve(destination);
  if (existsSync(dest)) throw new Error(`${dest} already exists; a backup never overwrites a file`);
  if (!existsSync(path.dirname(dest))) throw new Error(`folder ${path.dirname(dest)} does not exist`);
  if (!existsSync(source)) throw new Error(`no database at ${source}`);
  const partial = `${dest}.partial-${process.pid}`;
  const db = new Database(source, { fileMustExist: true });
  try {
    db.pragma("busy_timeout = 10000");
    db.prepare("VACUUM INTO ?").run(partial);
  } finally {
    db.close();
  }
  try {
    const copy = new Database(partial, { readonly: true, fileMustExist: true });
    let integrity: string;
    let tables: number;
    try {
      integrity = (copy.pragma("integrity_check") as { integrity_check: string }[]).map((r) => r.integrity_check).join("; ");
      tables = (copy.prepare("SELECT COUNT(*) AS n FROM sqlite_master WHERE type = 'table'").get() as { n: number }).n;
    } finally {
      copy.close();
    }
    if (integrity !== "ok") throw new Error(`the copy failed integrity_check: ${integrity}`);
    // link() fails if the destination appeared meanwhile: still never an overwrite.
    linkSync(partial, dest);
    return { destination: dest, bytes: statSync(dest).size, tables, integrity };
  } finally {
    rmSync(partial, { force: true });
  }
}

async function main(): Promise<number> {
  const destination = process.argv.slice(2).find((a) => a !== "--");
  if (!destination) {
    console.error("usage: npm run backup -- <destination file>");
    return 2;
  }
  const db = resolveDatabaseUrl();
  if (db.provider !== "sqlite") {
    console.error(
      "DATABASE_URL names PostgreSQL: back it up with pg_dump, for example\n" +
        `  pg_dump --format=custom --file=${destination} "$DATABASE_URL"`,
    );
    return 2;
  }
  try {
    const r = await backupSqlite(db.file, destination);
    console.log(`Backed up ${db.file} to ${r.destination} (${r.bytes} bytes, ${r.tables} tables, integrity ${r.integrity}).`);
    return 0;
  } catch (e) {
    console.error(`Backup failed: ${e instanceof Error ? e.message : String(e)}`);
    return 1;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  process.exit(await main());
}
