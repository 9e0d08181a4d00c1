// PostgreSQL through @prisma/adapter-pg, for a team or a public site that runs several app
// instances against one database server. Each process keeps one connection pool.
//   PG_POOL_MAX: connections per app instance (default 10). Keep instances × PG_POOL_MAX
//   below the server's max_connections (100 by default).
// A `?schema=name` parameter, as in Prisma's own URLs, selects the PostgreSQL schema.
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlDriverAdapterFactory } from "@prisma/driver-adapter-utils";

export function postgresPoolMax(env: NodeJS.ProcessEnv = process.env): number {
  const max = Number(env.PG_POOL_MAX ?? 10);
  if (!Number.isInteger(max) || max < 1) {
    throw new Error(`PG_POOL_MAX must be a whole number of connections, at least 1 (got "${env.PG_POOL_MAX}")`);
  }
  return max;
}

/** Splits Prisma's `schema` parameter off a URL; node-postgres does not know it. */
export function splitSchemaParam(url: string): { connectionString: string; schema?: string } {
  const u = new URL(url);
  const schema = u.searchParams.get("schema") ?? undefined;
  u.searchParams.delete("schema");
  return { connectionString: u.toString(), schema };
}

export function createPostgresAdapter(url: string, env: NodeJS.ProcessEnv = process.env): SqlDriverAdapterFactory {
  const { connectionString, schema } = splitSchemaParam(url);
  return new PrismaPg(
    { connectionString, max: postgresPoolMax(env), connectionTimeoutMillis: 10_000 },
    schema ? { schema } : undefined,
  );
}
