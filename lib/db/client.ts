import { PrismaClient } from "../generated/prisma/client";
import { createSqliteAdapter } from "./sqlite";
import { resolveDatabaseUrl } from "./url";

export type Db = PrismaClient;

export function createPrismaClient(url = resolveDatabaseUrl().url): PrismaClient {
  return new PrismaClient({ adapter: createSqliteAdapter(url) });
}

// One client per process; cached on globalThis so dev hot reloads don't open new ones.
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

export const prisma: PrismaClient = globalForPrisma.prisma ?? createPrismaClient();
if (process.env.NODE_ENV !== "production") globalForPrisma.prisma = prisma;
