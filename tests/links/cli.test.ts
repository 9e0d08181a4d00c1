// `npm run links` as cron would run it: a child process on the test's database, against the
// local pages server. Its output (the progress bar when asked for, one summary line otherwise)
// and its exit codes.
import { spawn } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { acquireLinksLock } from "@/lib/db/evidence-links";
import { day, makeClaim, makeSource } from "../support/factories";
import { startPagesServer, type PagesServer } from "./pages-server";

const ROOT = path.resolve(import.meta.dirname, "../..");
let pages: PagesServer;

/** Runs the command without blocking this process's event loop (the pages server answers it). */
function links(args: string[], env: Record<string, string> = {}) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
    const child = spawn(path.join(ROOT, "node_modules/.bin/tsx"), [path.join(ROOT, "scripts/links/main.ts"), ...args], {
      cwd: ROOT,
      env: { NODE_ENV: "test", PATH: process.env.PATH ?? "", DATABASE_URL: process.env.DATABASE_URL ?? "", LINKS_ALLOW_PRIVATE: "1", ...env },
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

beforeAll(async () => {
  pages = await startPagesServer({ slowMs: 300 });
  const claim = await makeClaim({ sourceId: (await makeSource()).id });
  for (const p of ["/slow", "/missing", "/hang"]) {
    await prisma.evidence.create({
      data: { predictionId: claim.id, title: p, url: `${pages.base}${p}`, observedOn: day("2024-01-01"), stance: "supports", strength: "weak", summary: "s", loggedBy: "t" },
    });
  }
});
afterAll(() => pages.close());

describe("npm run links", () => {
  it("check: draws a progress bar when asked, ends with one summary line, and exits 0", async () => {
    const r = await links(["check", "--progress", "--host-delay", "0", "--timeout", "3s"]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.trim().split("\n")).toHaveLength(1);
    expect(r.stdout).toMatch(/^links check: 3 checked \(1 ok, 1 broken, 1 unreachable, 0 changed\) in [\d.]+ s\.\n$/);
    expect(r.stderr).toMatch(/links check \[[█░]+\] \d\/3/);
    expect(r.stderr).toContain("3/3");
    const rows = await prisma.evidence.findMany({ select: { url: true, linkProblem: true, linkStatus: true } });
    expect(rows.find((e) => e.url.endsWith("/missing"))).toMatchObject({ linkProblem: "broken", linkStatus: 404 });
  });

  it("check from cron: no output but the summary, nothing left to do within --max-age", async () => {
    const r = await links(["check", "--max-age", "1d"]);
    expect(r).toEqual({ code: 0, stdout: "links check: 0 checked (0 ok, 0 broken, 0 unreachable, 0 changed) in " + r.stdout.split(" in ")[1], stderr: "" });
  });

  it("check: exits 3 without starting while another run holds the lock", async () => {
    const held = await acquireLinksLock("check");
    if (!("lock" in held)) throw new Error("expected the lock");
    try {
      const r = await links(["check", "--max-age", "0"]);
      expect(r.code).toBe(3);
      expect(r.stdout).toBe("");
      expect(r.stderr).toMatch(/another run is in progress \(pid \d+ on .+\); not starting/);
    } finally {
      await held.lock.release();
    }
  });

  it("archive: says it is off and exits 0 when not configured; bad usage exits 2", async () => {
    const off = await links(["archive"]);
    expect(off.code).toBe(0);
    expect(off.stdout).toMatch(/^links archive: off, nothing asked\. Set LINKS_ARCHIVE=on/);
    const bad = await links(["check", "--max-age", "soon"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--max-age must be a duration/);
  });
});
