// The driver adapter the schema engine migrates through. It is the app's own adapter
// (better-sqlite3), wrapped to work around four engine/adapter mismatches seen with
// @prisma/schema-engine-wasm 8.1.0-2 and @prisma/adapter-better-sqlite3 7.10:
//  1. devDiagnostic reads _prisma_migrations before anything creates it (P1014):
//     create Prisma's standard, empty table on connect.
//  2. The shadow-DB replay sends a whole migration.sql through executeRaw, and
//     better-sqlite3's prepare() rejects multi-statement SQL: route it to executeScript.
//  3. reset only empties the tables, so re-applying migrations fails with "table already
//     exists": turn that script into DROP of every user table and view.
//  4. The engine takes an exclusive lock it never releases before the seed runs: ignore it.
// These depend on engine internals: the versions are pinned in package.json.
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import type {
  SqlDriverAdapter,
  SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
import { resolveDatabaseUrl } from "../../lib/db/url";

const MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    TEXT PRIMARY KEY NOT NULL,
    "checksum"              TEXT NOT NULL,
    "finished_at"           DATETIME,
    "migration_name"        TEXT NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        DATETIME,
    "started_at"            DATETIME NOT NULL DEFAULT current_timestamp,
    "applied_steps_count"   INTEGER UNSIGNED NOT NULL DEFAULT 0
)`;
const TRUNCATE_RESET = /^\s*PRAGMA defer_foreign_keys = 1;\s*DELETE FROM /;
const EXCLUSIVE_LOCK = /^PRAGMA main\.locking_mode\s*=\s*EXCLUSIVE$/i;

function patch(adapter: SqlDriverAdapter): SqlDriverAdapter {
  const executeRaw = adapter.executeRaw.bind(adapter);
  const executeScript = adapter.executeScript.bind(adapter);
  adapter.executeScript = async (script) => {
    if (!TRUNCATE_RESET.test(script)) return executeScript(script);
    const objects = await adapter.queryRaw({
      sql: "SELECT type, name FROM sqlite_master WHERE type IN ('table','view') AND name NOT LIKE 'sqlite_%' AND name <> '_prisma_migrations'",
      args: [],
      argTypes: [],
    });
    const drops = objects.rows.map(
      ([type, name]) => `DROP ${type === "view" ? "VIEW" : "TABLE"} IF EXISTS "${String(name)}";`,
    );
    return executeScript(
      `PRAGMA foreign_keys=OFF; ${drops.join(" ")} DELETE FROM "_prisma_migrations"; PRAGMA foreign_keys=ON;`,
    );
  };
  adapter.executeRaw = async (query) => {
    if (EXCLUSIVE_LOCK.test(query.sql.trim())) return 0;
    if (query.args.length === 0 && query.sql.includes(";")) {
      await executeScript(query.sql);
      return 0;
    }
    return executeRaw(query);
  };
  return adapter;
}

export function createSqliteMigrationAdapter(url: string): SqlMigrationAwareDriverAdapterFactory {
  const factory = new PrismaBetterSqlite3(
    { url },
    process.env.SHADOW_DATABASE_URL ? { shadowDatabaseUrl: process.env.SHADOW_DATABASE_URL } : undefined,
  );
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    async connect() {
      const adapter = patch(await factory.connect());
      await adapter.executeScript(MIGRATIONS_TABLE);
      return adapter;
    },
    async connectToShadowDb() {
      return patch(await factory.connectToShadowDb());
    },
  };
}

/** @deprecated import createMigrationAdapter from ./migration-adapter, which also knows PostgreSQL. */
export function createMigrationAdapter(): SqlMigrationAwareDriverAdapterFactory {
  const db = resolveDatabaseUrl();
  if (db.provider !== "sqlite") throw new Error("sqlite-adapter: DATABASE_URL is not a file: URL");
  return createSqliteMigrationAdapter(db.url);
}
