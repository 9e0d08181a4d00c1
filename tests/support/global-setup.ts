// Builds one migrated SQLite template database per test run, through the same migration
// engine the app uses; each test file then works on its own copy (tests/support/test-database.ts).
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    dbTemplate: string;
    dbRoot: string;
  }
}

/** Test databases live in memory-backed /dev/shm when there is one: fsync-free and fast. */
export const TEST_DB_ROOT = existsSync("/dev/shm") ? "/dev/shm" : os.tmpdir();

export default async function setup(project: TestProject) {
  const dir = mkdtempSync(path.join(TEST_DB_ROOT, "tracker-test-"));
  const template = path.join(dir, "template.db");
  process.env.DATABASE_URL = `file:${template}`;
  const { loadSchemaEngine } = await import("../../scripts/db/schema-engine");
  const { createMigrationAdapter } = await import("../../scripts/db/migration-adapter");
  const { FILTERS, readMigrationsList, readSchemaFiles } = await import("../../scripts/db/migrations");
  const engine = await loadSchemaEngine(await readSchemaFiles(), createMigrationAdapter());
  try {
    await engine.applyMigrations({ migrationsList: await readMigrationsList(), filters: FILTERS });
  } finally {
    engine.free();
  }
  project.provide("dbTemplate", template);
  project.provide("dbRoot", dir);
  return () => rmSync(dir, { recursive: true, force: true });
}
