// Reads the schema and the migrations folder, in the shapes the schema engine takes, for the
// database DATABASE_URL names:
//   SQLite      prisma/schema.prisma           prisma/migrations
//   PostgreSQL  prisma/postgres/schema.prisma  prisma/postgres/migrations
// The PostgreSQL schema is generated from prisma/schema.prisma (scripts/db/pg-schema.mjs);
// the engine gets it straight from the generator, so it can never be stale here.
// PRISMA_SCHEMA and PRISMA_MIGRATIONS override the paths.
import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { resolveDatabaseUrl, type DatabaseProvider } from "../../lib/db/url";
import { toPostgresSchema } from "./pg-schema.mjs";

export const FILTERS = { externalTables: [], externalEnums: [] };

const PATHS: Record<DatabaseProvider, { schema: string; migrations: string }> = {
  sqlite: { schema: "prisma/schema.prisma", migrations: "prisma/migrations" },
  postgresql: { schema: "prisma/postgres/schema.prisma", migrations: "prisma/postgres/migrations" },
};

export function currentProvider(env: NodeJS.ProcessEnv = process.env): DatabaseProvider {
  return resolveDatabaseUrl(env).provider;
}

export function schemaPath(provider = currentProvider()): string {
  return path.resolve(process.env.PRISMA_SCHEMA ?? PATHS[provider].schema);
}

export function migrationsDir(provider = currentProvider()): string {
  if (process.env.PRISMA_MIGRATIONS) return path.resolve(process.env.PRISMA_MIGRATIONS);
  if (process.env.PRISMA_SCHEMA) return path.join(path.dirname(schemaPath(provider)), "migrations");
  return path.resolve(PATHS[provider].migrations);
}

export async function readSchemaFiles(provider = currentProvider()): Promise<[string, string][]> {
  if (provider === "postgresql" && !process.env.PRISMA_SCHEMA) {
    const source = await readFile(path.resolve(PATHS.sqlite.schema), "utf8");
    return [[schemaPath(provider), toPostgresSchema(source)]];
  }
  return [[schemaPath(provider), await readFile(schemaPath(provider), "utf8")]];
}

export async function migrationNames(dir = migrationsDir()): Promise<string[]> {
  return existsSync(dir)
    ? (await readdir(dir, { withFileTypes: true }))
        .filter((d) => d.isDirectory())
        .map((d) => d.name)
        .sort()
    : [];
}

export async function readMigrationsList(dir = migrationsDir()) {
  const dirs = await migrationNames(dir);
  const lockPath = path.join(dir, "migration_lock.toml");
  return {
    baseDir: dir,
    lockfile: {
      path: "migration_lock.toml",
      content: existsSync(lockPath) ? await readFile(lockPath, "utf8") : null,
    },
    shadowDbInitScript: "",
    migrationDirectories: await Promise.all(
      dirs.map(async (name) => {
        const file = path.join(dir, name, "migration.sql");
        return {
          path: name,
          migrationFile: {
            path: "migration.sql",
            content: existsSync(file)
              ? { tag: "ok" as const, value: await readFile(file, "utf8") }
              : { tag: "error" as const, value: "missing migration.sql" },
          },
        };
      }),
    ),
  };
}
