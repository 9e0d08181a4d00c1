// The driver adapter the schema engine migrates through, for the database DATABASE_URL names.
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { resolveDatabaseUrl } from "../../lib/db/url";
import { createPgMigrationAdapter } from "./pg-adapter";
import { createSqliteMigrationAdapter } from "./sqlite-adapter";

export function createMigrationAdapter(env: NodeJS.ProcessEnv = process.env): SqlMigrationAwareDriverAdapterFactory {
  const db = resolveDatabaseUrl(env);
  return db.provider === "postgresql" ? createPgMigrationAdapter(db.url) : createSqliteMigrationAdapter(db.url);
}
