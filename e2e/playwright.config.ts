import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "@playwright/test";

// Chosen once in the runner process; workers inherit them through the environment.
if (!process.env.E2E_PORT) {
  process.env.E2E_PORT = execFileSync(
    process.execPath,
    ["-e", 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{process.stdout.write(String(s.address().port));s.close()})'],
    { encoding: "utf8" },
  ).trim();
}
// Every run gets a fresh database file in a temp folder: never a developer's or a shared one.
if (!process.env.E2E_DATABASE_URL) {
  process.env.E2E_DATABASE_URL = `file:${path.join(mkdtempSync(path.join(os.tmpdir(), "tracker-e2e-")), "e2e.db")}`;
}
const PORT = process.env.E2E_PORT;
const BASE_URL = `http://127.0.0.1:${PORT}`;
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

export default defineConfig({
  testDir: ".",
  timeout: 30_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: [["list"], ["./summary-reporter.ts"]],
  use: { baseURL: BASE_URL, trace: "off" },
  projects: [
    { name: "setup", testMatch: /auth\.setup\.ts/ },
    {
      name: "chromium",
      dependencies: ["setup"],
      testIgnore: /auth\.setup\.ts/,
      use: {
        browserName: "chromium",
        headless: true,
        // Most specs act as an admin; specs about access switch to other roles or none.
        storageState: path.join(process.env.E2E_AUTH_DIR ? path.resolve(process.env.E2E_AUTH_DIR) : path.join(root, "e2e/.auth"), "admin.json"),
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
          args: [
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
          ],
        },
      },
    },
  ],
  webServer: {
    // Serves the output of `next build` (scripts/test.sh builds first); migrates and seeds
    // the fresh database exactly as `npm start` does.
    command: `./node_modules/.bin/tsx scripts/db-setup.ts && exec ./node_modules/.bin/next start -H 127.0.0.1 -p ${PORT}`,
    cwd: root,
    url: BASE_URL,
    reuseExistingServer: false,
    timeout: 90_000,
    env: {
      NEXT_TELEMETRY_DISABLED: "1",
      DATABASE_URL: process.env.E2E_DATABASE_URL!,
      // Test-only secret for the throwaway e2e server; production needs its own.
      BETTER_AUTH_SECRET: "e2e-only-secret-not-for-production-9f2c1b7d4e6a",
      BETTER_AUTH_URL: BASE_URL,
    },
    stdout: "ignore",
    stderr: "pipe",
  },
});
