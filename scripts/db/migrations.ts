// Reads the schema and the prisma/migrations folder in the shapes the schema engine takes.
import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";

export const SCHEMA_PATH = path.resolve(process.env.PRISMA_SCHEMA ?? "prisma/schema.prisma");
export const MIGRATIONS_DIR = path.resolve(
  process.env.PRISMA_MIGRATIONS ?? path.join(path.dirname(SCHEMA_PATH), "migrations"),
);
export const FILTERS = { externalTables: [], externalEnums: [] };

export async function readSchemaFiles(): Promise<[string, string][]> {
  return [[SCHEMA_PATH, await readFile(SCHEMA_PATH, "utf8")]];
}

export async function readMigrationsList() {
  const dirs = existsSync(MIGRATIONS_DIR)
    ? (await readdir(MIGRATIONS_DIR, { withFileTypes: true }))
        .filter((d) => d.isDirectory())
        .map((d) => d.name)
        .sort()
    : [];
  const lockPath = path.join(MIGRATIONS_DIR, "migration_lock.toml");
  return {
    baseDir: MIGRATIONS_DIR,
    lockfile: {
      path: "migration_lock.toml",
      content: existsSync(lockPath) ? await readFile(lockPath, "utf8") : null,
    },
    shadowDbInitScript: "",
    migrationDirectories: await Promise.all(
      dirs.map(async (dir) => {
        const file = path.join(MIGRATIONS_DIR, dir, "migration.sql");
        return {
          path: dir,
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
