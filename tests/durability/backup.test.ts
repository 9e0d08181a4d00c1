// npm run backup: a consistent copy of a live SQLite database that restores and reads back.
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, prisma } from "@/lib/db/client";
import { resolveDatabaseUrl } from "@/lib/db/url";
import { seedDatabase } from "@/prisma/seed";
import { backupSqlite } from "@/scripts/backup";

const ROOT = path.resolve(import.meta.dirname, "../..");
const dir = mkdtempSync(path.join(os.tmpdir(), "tracker-backup-test-"));
const source = () => {
  const db = resolveDatabaseUrl();
  if (db.provider !== "sqlite") throw new Error("this suite runs on SQLite");
  return db.file;
};

beforeAll(async () => {
  await seedDatabase(prisma);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("backup", () => {
  it("copies a database with writes going on around it; the copy restores and reads back", async () => {
    const before = await prisma.tag.count();
    let writing = true;
    let written = 0;
    const writer = (async () => {
      while (writing) {
        await prisma.tag.create({ data: { name: `backup-load-${written++}` } });
      }
    })();
    const dest = path.join(dir, "live.db");
    const r = await backupSqlite(source(), dest);
    writing = false;
    await writer;
    expect(r.integrity).toBe("ok");
    expect(written).toBeGreaterThan(0);

    // Restore: the copy as a database of its own, read through the app's own client.
    const restoredFile = path.join(dir, "restored.db");
    copyFileSync(dest, restoredFile);
    const restored = createPrismaClient(`file:${restoredFile}`);
    try {
      const tags = await restored.tag.count();
      expect(tags).toBeGreaterThanOrEqual(before);
      expect(tags).toBeLessThanOrEqual(before + written);
      // A consistent snapshot: the load tags it holds are exactly the first ones written.
      const load = await restored.tag.findMany({ where: { name: { startsWith: "backup-load-" } }, select: { name: true } });
      const numbers = load.map((t) => Number(t.name.slice("backup-load-".length))).sort((a, b) => a - b);
      expect(numbers).toEqual(numbers.map((_, i) => i));
      const want = await prisma.prediction.findMany({ orderBy: { position: "asc" }, select: { id: true, quote: true, horizonTo: true } });
      expect(await restored.prediction.findMany({ orderBy: { position: "asc" }, select: { id: true, quote: true, horizonTo: true } })).toEqual(want);
      expect(await restored.evidence.count()).toBe(await prisma.evidence.count());
      expect(await restored.verdict.count()).toBe(await prisma.verdict.count());
    } finally {
      await restored.$disconnect();
    }
  });

  it("npm run backup refuses to overwrite an existing file", () => {
    const dest = path.join(dir, "cli.db");
    const run = () =>
      execFileSync(path.join(ROOT, "node_modules/.bin/tsx"), [path.join(ROOT, "scripts/backup.ts"), dest], {
        cwd: ROOT,
        env: { ...process.env, DATABASE_URL: `file:${source()}` },
        encoding: "utf8",
        stdio: ["ignore", "pipe", "pipe"],
      });
    expect(run()).toMatch(/Backed up .* integrity ok/);
    const first = readFileSync(dest);
    const mtime = statSync(dest).mtimeMs;
    let failure: { status?: number; stderr?: string } = {};
    try {
      run();
    } catch (e) {
      failure = e as typeof failure;
    }
    expect(failure.status).toBe(1);
    expect(failure.stderr).toMatch(/already exists/);
    expect(readFileSync(dest).equals(first)).toBe(true);
    expect(statSync(dest).mtimeMs).toBe(mtime);
  });
});
