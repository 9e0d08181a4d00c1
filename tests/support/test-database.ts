// Runs before each test file: gives the file its own copy of the migrated template
// database, so files can run in parallel and never see each other's rows.
import { copyFileSync, mkdtempSync } from "node:fs";
import path from "node:path";
import { inject } from "vitest";

const dir = mkdtempSync(path.join(inject("dbRoot"), "file-"));
const file = path.join(dir, "test.db");
copyFileSync(inject("dbTemplate"), file);
process.env.DATABASE_URL = `file:${file}`;
