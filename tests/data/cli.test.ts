// `npm run data` as a person or cron runs it: a child process on the test's database. The
// export's file equals the library's document, a database with data is refused (exit 1), a
// bad document is named by path (exit 2), and a merge's dry run of the same document adds
// nothing; none of them writes.
// Runs on SQLite only: the commands are thin over lib/data, which data-document.test.ts checks on both databases.
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { exportDataDocument } from "@/lib/data/export";
import { prisma } from "@/lib/db/client";
import { seedDatabase } from "@/prisma/seed";
import { makeSource } from "../support/factories";

const ROOT = path.resolve(import.meta.dirname, "../..");
const dir = mkdtempSync(path.join(tmpdir(), "data-cli-"));

function data(args: string[]) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
    const child = spawn(path.join(ROOT, "node_modules/.bin/tsx"), [path.join(ROOT, "scripts/data.ts"), ...args], {
      cwd: ROOT,
      env: { NODE_ENV: "test", PATH: process.env.PATH ?? "", DATABASE_URL: process.env.DATABASE_URL ?? "" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

const without = (doc: object) => ({ ...doc, exportedAt: "" });

beforeAll(async () => {
  await seedDatabase(prisma);
});

// Something a user added: the database no longer holds only the untouched seed.
const addSource = () => makeSource();

describe("npm run data", () => {
  it("export --out writes the document the library builds, and says so in one line", async () => {
    const file = path.join(dir, "a.json");
    const r = await data(["export", "--out", file]);
    expect(r.code, r.stderr).toBe(0);
    // The summary goes to stderr, as it does when the document itself goes to stdout.
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/^data export: \d+ rows \(1 sources, 22 claims, [^\n]+ in [\d.]+ s\.\n$/);
    const written = JSON.parse(readFileSync(file, "utf8"));
    expect(written).toMatchObject({ format: "prediction-tracker", version: 1 });
    expect(without(written)).toEqual(without(await exportDataDocument(prisma, { withUsers: false })));
    // An existing file is never overwritten.
    expect((await data(["export", "--out", file])).code).toBe(2);
  });

  it("import refuses a database with data (exit 1), names a bad document's first problem (exit 2), and a merge's dry run adds nothing", async () => {
    await addSource();
    const good = path.join(dir, "good.json");
    writeFileSync(good, JSON.stringify(await exportDataDocument(prisma, { withUsers: false })));
    const claims = await prisma.prediction.count();

    const refused = await data(["import", good]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/--merge/);

    const doc = JSON.parse(readFileSync(good, "utf8"));
    doc.claims[3].madeOn = "not a date";
    const bad = path.join(dir, "bad.json");
    writeFileSync(bad, JSON.stringify(doc));
    const named = await data(["import", bad, "--merge"]);
    expect(named.code).toBe(2);
    expect(named.stderr).toMatch(/nothing written\. claims\[3\]\.madeOn: /);

    const dry = await data(["import", good, "--merge", "--dry-run"]);
    expect(dry.code, dry.stderr).toBe(0);
    expect(dry.stdout).toMatch(/would add 0 rows/);
    expect(await prisma.prediction.count()).toBe(claims);
  });
});
