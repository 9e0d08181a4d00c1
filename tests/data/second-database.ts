// Another empty, migrated database beside the test file's own, for tests that move data from
// one database to another: a copy of the same template (a file on SQLite, CREATE DATABASE …
// TEMPLATE on PostgreSQL), with its own Prisma client.
import { randomUUID } from "node:crypto";
import { copyFileSync, mkdtempSync } from "node:fs";
import path from "node:path";
import { inject } from "vitest";
import { createPrismaClient, type Db } from "@/lib/db/client";

export async function openEmptyDatabase(): Promise<Db> {
  let url: string;
  if (process.env.TEST_DATABASE === "postgres") {
    const { createFromTemplate } = await import("../support/postgres");
    const prefix = inject("pgPrefix");
    url = await createFromTemplate(inject("pgAdminUrl"), `${prefix}_${randomUUID().replace(/-/g, "").slice(0, 12)}`, `${prefix}_template`);
  } else {
    const file = path.join(mkdtempSync(path.join(inject("dbRoot"), "second-")), "test.db");
    copyFileSync(inject("dbTemplate"), file);
    url = `file:${file}`;
  }
  return createPrismaClient(url);
}
