// The driver adapter the schema engine migrates a PostgreSQL database through: the app's
// own @prisma/adapter-pg, with two mismatches worked around (seen with
// @prisma/schema-engine-wasm 8.1.0-2 and @prisma/adapter-pg 7.10.1; versions are pinned):
//  1. The engine's catalog queries return PostgreSQL's internal "char" type (OID 18, e.g.
//     pg_class.relkind), which the adapter cannot read ("Column type 'char' could not be
//     deserialized"). In a migrating process, report those columns as text (OID 25).
//  2. PrismaPg.connectToShadowDb() spreads { ...config, database: tmp }, but a
//     connectionString wins over `database`, so the shadow replay would run on the main
//     database; and its dispose() drops the shadow database before closing its pool.
//     Here the shadow database gets discrete connection fields and is dropped after its
//     pool is closed.
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import pg from "pg";

let patched = false;
function reportCharColumnsAsText() {
  if (patched) return;
  patched = true;
  type Result = { fields?: { dataTypeID: number }[] };
  const fix = (res: Result) => {
    for (const f of res?.fields ?? []) if (f.dataTypeID === 18) f.dataTypeID = 25;
    return res;
  };
  for (const proto of [pg.Pool.prototype, pg.Client.prototype] as unknown as { query: (...a: unknown[]) => unknown }[]) {
    const query = proto.query;
    proto.query = function (this: unknown, ...args: unknown[]) {
      const r = query.apply(this, args) as Promise<Result> | undefined;
      return r && typeof r.then === "function" ? r.then(fix) : r;
    };
  }
}

/** node-postgres connection fields from a postgres:// URL (discrete, so `database` can be swapped). */
export function pgConfigOf(url: string): pg.ClientConfig & { database: string } {
  const u = new URL(url);
  const sslmode = u.searchParams.get("sslmode");
  return {
    host: decodeURIComponent(u.hostname) || u.searchParams.get("host") || "localhost",
    port: Number(u.port || 5432),
    user: decodeURIComponent(u.username) || undefined,
    password: decodeURIComponent(u.password) || undefined,
    database: decodeURIComponent(u.pathname.slice(1)) || "postgres",
    ...(sslmode && sslmode !== "disable" ? { ssl: { rejectUnauthorized: sslmode === "verify-full" } } : {}),
  };
}

export function createPgMigrationAdapter(url: string): SqlMigrationAwareDriverAdapterFactory {
  reportCharColumnsAsText();
  const config = pgConfigOf(url);
  const schema = new URL(url).searchParams.get("schema") ?? undefined;
  const options = schema ? { schema } : undefined;
  const base = new PrismaPg(config, options);
  return {
    provider: base.provider,
    adapterName: base.adapterName,
    connect: () => base.connect(),
    async connectToShadowDb() {
      const admin = await base.connect();
      const name = `prisma_migrate_shadow_db_${globalThis.crypto.randomUUID().replace(/-/g, "")}`;
      await admin.executeScript(`CREATE DATABASE "${name}"`);
      const shadow = await new PrismaPg({ ...config, database: name }, options).connect();
      const dispose = shadow.dispose.bind(shadow);
      shadow.dispose = async () => {
        try {
          await dispose();
          await admin.executeScript(`DROP DATABASE IF EXISTS "${name}"`);
        } finally {
          await admin.dispose();
        }
      };
      return shadow;
    },
  };
}
