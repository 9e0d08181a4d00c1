// Runs before each test file: gives the file its own copy of the migrated template database,
// so files can run in parallel and never see each other's rows. SQLite: a copied file;
// PostgreSQL: CREATE DATABASE … TEMPLATE (tests/support/global-setup.ts).
import { randomUUID } from "node:crypto";
import { copyFileSync, mkdtempSync } from "node:fs";
import path from "node:path";
import { inject } from "vitest";

if (process.env.TEST_DATABASE === "postgres") {
  const { createFromTemplate } = await import("./postgres");
  const prefix = inject("pgPrefix");
  const name = `${prefix}_${randomUUID().replace(/-/g, "").slice(0, 12)}`;
  process.env.DATABASE_URL = await createFromTemplate(inject("pgAdminUrl"), name, `${prefix}_template`);
} else {
  const dir = mkdtempSync(path.join(inject("dbRoot"), "file-"));
  const file = path.join(dir, "test.db");
  copyFileSync(inject("dbTemplate"), file);
  process.env.DATABASE_URL = `file:${file}`;
}
