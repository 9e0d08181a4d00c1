// Runs before the browser tests: creates one account per role in the e2e database with the
// real `npm run user` command, signs each in through the API, and saves the session
// (storage state) and a personal API token per role under e2e/.auth/ (git-ignored).
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { expect, test as setup } from "@playwright/test";
import { AUTH_DIR, E2E_PASSWORD, ROLES, emailFor, stateFile } from "./fixtures/accounts";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const user = (...args: string[]) =>
  execFileSync(path.join(root, "node_modules/.bin/tsx"), ["scripts/user.ts", ...args], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: process.env.E2E_DATABASE_URL },
    encoding: "utf8",
  });

setup("create an account per role, sign each in and issue API tokens", async ({ playwright, baseURL }) => {
  setup.setTimeout(180_000); // six runs of the user CLI, each starting a TypeScript process
  mkdirSync(AUTH_DIR, { recursive: true });
  const tokens: Record<string, string> = {};
  for (const role of ROLES) {
    user("create", "--email", emailFor(role), "--password", E2E_PASSWORD, "--role", role, "--name", `E2E ${role}`);
    // The token is printed alone on the last line, for scripts.
    tokens[role] = user("token", "--email", emailFor(role), "--name", "e2e").trim().split("\n").at(-1)!;
    expect(tokens[role]).toMatch(/^pt_/);
    const context = await playwright.request.newContext({ baseURL });
    const res = await context.post("/api/auth/sign-in", { data: { email: emailFor(role), password: E2E_PASSWORD } });
    expect(res.status(), await res.text()).toBe(200);
    await context.storageState({ path: stateFile(role) });
    await context.dispose();
  }
  writeFileSync(path.join(AUTH_DIR, "tokens.json"), JSON.stringify(tokens));
});
