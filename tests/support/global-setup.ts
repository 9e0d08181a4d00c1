// Builds one migrated template database per test run, through the same migration engine the
// app uses; each test file then works on its own copy (tests/support/test-database.ts).
//   project "sqlite":   a template file on tmpfs, copied per file
//   project "postgres": a template database on the server TEST_POSTGRES_URL names (a role
//                       that may create databases); each file gets CREATE DATABASE … TEMPLATE
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { TestProject } from "vitest/node";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

declare module "vitest" {
  export interface ProvidedContext {
    dbTemplate: string;
    dbRoot: string;
    pgAdminUrl: string;
    pgPrefix: string;
  }
}

/** Test databases live in memory-backed /dev/shm when there is one: fsync-free and fast. */
export const TEST_DB_ROOT = existsSync("/dev/shm") ? "/dev/shm" : os.tmpdir();

/**
 * Applies the migrations in a child process: the Wasm schema engine can be instantiated only
 * once per process, and each Vitest project loads this file in its own module graph.
 */
function migrate(databaseUrl: string) {
  execFileSync(path.join(ROOT, "node_modules/.bin/tsx"), [path.join(ROOT, "scripts/prisma-migrate.ts"), "deploy"], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: databaseUrl },
    stdio: ["ignore", "ignore", "inherit"],
  });
}

async function setupPostgres(project: TestProject) {
  const adminUrl = process.env.TEST_POSTGRES_URL;
  if (!adminUrl) throw new Error("the postgres test project needs TEST_POSTGRES_URL");
  const { adminQuery, databaseUrl, dropDatabasesLike } = await import("./postgres");
  const prefix = `tracker_t${process.pid}_${Date.now().toString(36)}`;
  const template = `${prefix}_template`;
  await adminQuery(adminUrl, `CREATE DATABASE "${template}"`);
  migrate(databaseUrl(adminUrl, template));
  project.provide("pgAdminUrl", adminUrl);
  project.provide("pgPrefix", prefix);
  return () => dropDatabasesLike(adminUrl, prefix);
}

export default async function setup(project: TestProject) {
  if (project.name === "postgres") return setupPostgres(project);
  const dir = mkdtempSync(path.join(TEST_DB_ROOT, "tracker-test-"));
  const template = path.join(dir, "template.db");
  migrate(`file:${template}`);
  project.provide("dbTemplate", template);
  project.provide("dbRoot", dir);
  return () => rmSync(dir, { recursive: true, force: true });
}
