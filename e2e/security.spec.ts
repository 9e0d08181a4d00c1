import { expect, test } from "@playwright/test";
import { ANONYMOUS, E2E_PASSWORD, emailFor, stateFile, tokenFor } from "./fixtures/accounts";
import { listClaims, unique } from "./fixtures/claims";

const XSS_TITLE = `<script>window.__pwned=1</script><img src=x onerror="window.__pwned=2">${Date.now()}`;
const XSS_SUMMARY = `<b onmouseover=alert(1)>bold?</b><iframe src="javascript:alert(3)"></iframe>"'><svg onload=alert(4)>`;

test("script and HTML in evidence render as inert text", async ({ page, request }) => {
  const [claim] = await listClaims(request);
  const res = await request.post(`/api/predictions/${claim.id}/evidence`, {
    data: { title: XSS_TITLE, url: "https://example.org/x", observedOn: "2025-01-01", stance: "mixed", strength: "weak", summary: XSS_SUMMARY },
  });
  expect(res.status()).toBe(201);

  const dialogs: string[] = [];
  page.on("dialog", async (d) => {
    dialogs.push(d.message());
    await d.dismiss();
  });
  await page.goto(`/predictions/${claim.id}`);
  const list = page.getByTestId("evidence-list");
  await expect(list.getByText(XSS_TITLE)).toBeVisible();
  await expect(list.getByText(XSS_SUMMARY)).toBeVisible();
  await list.getByText(XSS_SUMMARY).hover();
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  await expect(page.locator('main img[src="x"], main iframe, main svg[onload], main b[onmouseover]')).toHaveCount(0);
  expect(dialogs).toEqual([]);
  // Evidence links never pass referrers or ranking to the linked site.
  await expect(list.getByRole("link", { name: XSS_TITLE })).toHaveAttribute("rel", "noopener noreferrer nofollow");
});

test("responses carry the security headers", async ({ request }) => {
  const res = await request.get("/");
  const h = res.headers();
  expect(h["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(h["content-security-policy"]).toContain("object-src 'none'");
  expect(h["x-content-type-options"]).toBe("nosniff");
  expect(h["referrer-policy"]).toBe("strict-origin-when-cross-origin");
});

test.describe("signed out", () => {
  test.use({ storageState: ANONYMOUS });

  test("reads the public dashboard, but every write needs an account", async ({ page, request }) => {
    const [claim] = await listClaims(request);
    await page.goto(`/predictions/${claim.id}`);
    await expect(page.getByRole("form", { name: "Log evidence" })).toHaveCount(0);
    await page.getByRole("link", { name: "Sign in" }).first().click();
    await expect(page).toHaveURL(/\/sign-in/);

    const write = await request.post(`/api/predictions/${claim.id}/evidence`, { data: {} });
    expect(write.status()).toBe(401);
    expect((await write.json()).error.code).toBe("unauthorized");
    await page.goto("/admin/users");
    await expect(page).toHaveURL(/\/sign-in\?next=%2Fadmin%2Fusers/);
  });

  test("signs in with the form, writes as that account, and signs out", async ({ page, request }) => {
    await page.goto("/sign-in?next=/account");
    await page.getByLabel("Email").fill(emailFor("editor"));
    await page.getByLabel("Password").fill(E2E_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/account$/);
    await expect(page.getByText(emailFor("editor"), { exact: true })).toBeVisible();

    const [claim] = await listClaims(request);
    await page.goto(`/predictions/${claim.id}`);
    const title = unique("Signed-in evidence");
    await page.locator("summary", { hasText: /^Log evidence$/ }).click();
    const form = page.getByRole("form", { name: "Log evidence" });
    await form.getByLabel("Title").fill(title);
    await form.getByLabel("Source URL").fill("https://example.org/e");
    await form.getByLabel("Date observed").fill("2025-02-02");
    await form.getByLabel("Stance").selectOption("supports");
    await form.getByLabel("Summary").fill("Logged by the editor.");
    await form.getByRole("button", { name: "Log evidence" }).click();
    // Attribution is the account's name, not a typed one.
    const item = page.getByTestId("evidence-list").getByRole("listitem").filter({ hasText: title });
    await expect(item).toContainText("by E2E editor");

    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page.getByRole("link", { name: "Sign in" }).first()).toBeVisible();
  });
});

test.describe("as a viewer", () => {
  test.use({ storageState: stateFile("viewer") });

  test("reads everything but sees why the write forms are missing, and the API answers 403", async ({ page, request }) => {
    const [claim] = await listClaims(request);
    await page.goto(`/predictions/${claim.id}`);
    await expect(page.getByText("Your role (viewer) can read but not log evidence")).toBeVisible();
    const res = await request.post(`/api/predictions/${claim.id}/verdicts`, { data: { grade: "partly", rationale: "x" } });
    expect(res.status()).toBe(403);
  });
});

test("an editor's API token writes; once revoked it stops at once", async ({ request, playwright, baseURL }) => {
  const api = await playwright.request.newContext({ baseURL, storageState: ANONYMOUS });
  const [claim] = await listClaims(request);
  const token = tokenFor("editor");
  const mine = await api.post("/api/tokens", { data: { name: "short-lived" }, headers: { authorization: `Bearer ${token}` } });
  expect(mine.status()).toBe(201);
  const { id, token: fresh } = await mine.json();
  const auth = { authorization: `Bearer ${fresh}` };
  const ok = await api.post(`/api/predictions/${claim.id}/verdicts`, { data: { grade: "on_track", rationale: "Token write." }, headers: auth });
  expect(ok.status()).toBe(201);
  expect((await ok.json()).verdict.madeBy).toBe("E2E editor");
  expect((await api.delete(`/api/tokens/${id}`, { headers: auth })).status()).toBe(200);
  expect((await api.post(`/api/predictions/${claim.id}/verdicts`, { data: { grade: "on_track", rationale: "x" }, headers: auth })).status()).toBe(401);
  await api.dispose();
});

test("a private dashboard sends anonymous readers to sign in", async ({ page, request, playwright, baseURL }) => {
  expect((await request.put("/api/settings", { data: { readAccess: "private" } })).status()).toBe(200);
  try {
    const anon = await playwright.request.newContext({ baseURL, storageState: ANONYMOUS });
    expect((await anon.get("/api/predictions")).status()).toBe(401);
    await anon.dispose();
    const fresh = await page.context().browser()!.newContext({ storageState: ANONYMOUS, baseURL });
    const p = await fresh.newPage();
    await p.goto("/predictions");
    await expect(p).toHaveURL(/\/sign-in\?next=%2Fpredictions/);
    await fresh.close();
  } finally {
    expect((await request.put("/api/settings", { data: { readAccess: "public" } })).status()).toBe(200);
  }
});
