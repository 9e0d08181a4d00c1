// The one Prisma client of the process, for the database DATABASE_URL names:
//   file:…                       SQLite (the embedded default), lib/db/sqlite.ts
//   postgres://… postgresql://…  PostgreSQL, lib/db/postgres.ts
// Each provider has its own generated client (lib/generated/prisma and prisma-pg, from the
// one data model in prisma/schema.prisma). Their model APIs are the same, so callers see
// one type: the SQLite client's.
import { PrismaClient } from "../generated/prisma/client";
import { PrismaClient as PostgresPrismaClient } from "../generated/prisma-pg/client";
import { createPostgresAdapter } from "./postgres";
import { createSqliteAdapter } from "./sqlite";
import { providerOf, resolveDatabaseUrl, type DatabaseProvider } from "./url";

export type Db = PrismaClient;

/**
 * Writes queue for the database's writer (SQLite has one; a PostgreSQL row lock is the same
 * for two writers of one row): under a burst, or behind a long transaction such as
 * completing a large review, a write waits its turn rather than failing after Prisma's
 * default 2 s. A transaction itself may run up to a minute.
 */
const TRANSACTION_OPTIONS = { maxWait: 30_000, timeout: 60_000 };

export function createPrismaClient(url = resolveDatabaseUrl().url): PrismaClient {
  if (providerOf(url) === "postgresql") {
    return new PostgresPrismaClient({ adapter: createPostgresAdapter(url), transactionOptions: TRANSACTION_OPTIONS }) as unknown as PrismaClient;
  }
  return new PrismaClient({ adapter: createSqliteAdapter(url), transactionOptions: TRANSACTION_OPTIONS });
}

/** The database this process runs on, for the rare query that must differ between the two. */
export function databaseProvider(): DatabaseProvider {
  return resolveDatabaseUrl().provider;
}

// One client per process; cached on globalThis so dev hot reloads don't open new ones.
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

export const prisma: PrismaClient = globalForPrisma.prisma ?? createPrismaClient();
if (process.env.NODE_ENV !== "production") globalForPrisma.prisma = prisma;
