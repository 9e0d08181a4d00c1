// On a real PostgreSQL server: the PostgreSQL migrations, replayed, give exactly the schema
// generated from prisma/schema.prisma, and stay in step with the SQLite migrations.
import { execFileSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { inject } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "../..");
const tsx = (args: string[], env: Record<string, string> = {}) =>
  execFileSync(path.join(ROOT, "node_modules/.bin/tsx"), args, {
    cwd: ROOT,
    env: { ...process.env, ...env },
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
  });

describe("PostgreSQL migrations", () => {
  it("this test database is on PostgreSQL with every migration applied and no drift", () => {
    expect(process.env.DATABASE_URL).toMatch(/^postgres(ql)?:\/\//);
    const status = JSON.parse(tsx(["scripts/prisma-migrate.ts", "status"])) as Record<string, unknown>;
    expect(status).toMatchObject({ history: null, failedMigrationNames: [], editedMigrationNames: [], hasMigrationsTable: true });
  });

  it("replayed, give exactly the generated PostgreSQL schema", () => {
    expect(tsx(["scripts/prisma-migrate.ts", "diff"]).trim()).toBe("-- This is an empty migration.");
  }, 60_000);

  it("npm run db:migrate:pg -- --check finds nothing missing or drifted", () => {
    expect(tsx(["scripts/db/pg-migrations.ts", "--check"], { PG_ADMIN_URL: inject("pgAdminUrl") })).toMatch(/in step/);
  }, 60_000);
});
