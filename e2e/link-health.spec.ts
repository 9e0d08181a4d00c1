// The link checker end to end: evidence logged through the API points at a local web server;
// `npm run links -- check` (only that server's host) records a broken link and, on a second
// run, a changed page; editors find both on /admin/links, and viewers are turned away.
import { execFile } from "node:child_process";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { expect, test } from "@playwright/test";
import { stateFile } from "./fixtures/accounts";
import { expectNoSeriousViolations } from "./fixtures/axe";
import { listClaims, unique } from "./fixtures/claims";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const run = promisify(execFile);

let server: Server;
let host: string;
let pageBody = "The page as it was cited.";

test.beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === "/page") return void res.writeHead(200, { "content-type": "text/html" }).end(pageBody);
    res.writeHead(404).end("gone");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  host = `127.0.0.1:${(server.address() as AddressInfo).port}`;
});

test.afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

/** `npm run links -- check` on the e2e database, for the local server's links only. */
async function checkLinks() {
  const { stdout } = await run(path.join(root, "node_modules/.bin/tsx"), ["scripts/links/main.ts", "check", "--host", host, "--max-age", "0", "--host-delay", "0"], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: process.env.E2E_DATABASE_URL, LINKS_ALLOW_PRIVATE: "1" },
  });
  return stdout.trim();
}

test("editors find broken and changed evidence links on the link-health page", async ({ page, request }) => {
  test.slow(); // two runs of the checker, each starting a TypeScript process
  const claim = (await listClaims(request)).find((c) => c.parentId === null)!;
  const titles = { broken: unique("Vanished report"), changed: unique("Quietly edited page") };
  const ids: string[] = [];
  for (const [title, url] of [
    [titles.broken, `http://${host}/gone`],
    [titles.changed, `http://${host}/page`],
  ]) {
    const res = await request.post(`/api/predictions/${claim.id}/evidence`, {
      data: { title, url, observedOn: "2025-01-15", stance: "supports", strength: "weak", summary: "Logged by the link-health spec." },
    });
    expect(res.status()).toBe(201);
    ids.push((await res.json()).evidence.id);
  }

  try {
    expect(await checkLinks()).toMatch(/^links check: 2 checked \(1 ok, 1 broken, 0 unreachable, 0 changed\)/);
    pageBody = "The page, edited after it was cited.";
    expect(await checkLinks()).toMatch(/^links check: 2 checked \(0 ok, 1 broken, 0 unreachable, 1 changed\)/);

    await page.goto("/admin/links?problem=broken");
    await expect(page.getByRole("heading", { level: 1, name: "Link health" })).toBeVisible();
    const brokenRow = page.getByRole("row").filter({ hasText: titles.broken });
    await expect(brokenRow.getByText("Link broken (404)")).toBeVisible();
    await expect(page.getByRole("row").filter({ hasText: titles.changed })).toHaveCount(0);

    await page.getByRole("navigation", { name: "Filter by problem" }).getByRole("link", { name: /^Changed \(\d+\)$/ }).click();
    await expect(page).toHaveURL(/problem=changed/);
    const changedRow = page.getByRole("row").filter({ hasText: titles.changed });
    await expect(changedRow.getByText(/^Page changed since it was cited \(noticed \d{4}-\d{2}-\d{2}\)$/)).toBeVisible();
    await expectNoSeriousViolations(page);

    await changedRow.getByRole("link", { name: claim.statement }).click();
    await expect(page).toHaveURL(new RegExp(`/predictions/${claim.id}$`));
    // The claim page flags the same items in its evidence list.
    const evidence = page.getByTestId("evidence-list");
    await expect(evidence.getByRole("listitem").filter({ hasText: titles.broken }).getByText("Link broken (404)")).toBeVisible();
    await expect(evidence.getByRole("listitem").filter({ hasText: titles.changed }).getByText(/^Page changed since it was cited/)).toBeVisible();
  } finally {
    for (const id of ids) {
      const res = await request.post(`/api/evidence/${id}/retract`, { data: { reason: "Cleanup after the link-health spec." } });
      expect(res.status()).toBe(200);
    }
  }
  // Retracted evidence leaves the list.
  await page.goto("/admin/links");
  await expect(page.getByRole("row").filter({ hasText: titles.broken })).toHaveCount(0);
});

test.describe("as a viewer", () => {
  test.use({ storageState: stateFile("viewer") });
  test("the link-health page is for editors", async ({ page }) => {
    await page.goto("/admin/links");
    await expect(page.getByRole("heading", { name: "Editors only" })).toBeVisible();
    await expect(page.getByRole("table")).toHaveCount(0);
  });
});
