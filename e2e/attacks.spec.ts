// The probe's attacks, replayed in Chromium against the production build: an open redirect
// after a real sign-in, a non-ASCII `next`, login CSRF through a cross-site text/plain form,
// logout CSRF, and a rotating X-Forwarded-For against the sign-in rate limit.
import http from "node:http";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { autoSubmitForm, startAttackerSite, type AttackerSite } from "./fixtures/attacker-site";
import { ANONYMOUS, E2E_PASSWORD, emailFor, tokenFor } from "./fixtures/accounts";
import { unique } from "./fixtures/claims";

test.use({ storageState: ANONYMOUS });

/** Signs in through the real form, starting from /sign-in?next=…, in a fresh browser context. */
async function signInWithNext(browser: Browser, baseURL: string, next: string) {
  const context = await browser.newContext({ baseURL, storageState: ANONYMOUS });
  // Should the app send the browser to evil.example, the test sees the page rather than a DNS error.
  await context.route(/^https?:\/\/evil\.example\//, (route) => route.fulfill({ status: 200, contentType: "text/html", body: "<h1>Phished</h1>" }));
  const page = await context.newPage();
  const serverErrors: string[] = [];
  page.on("response", (r) => {
    if (r.status() >= 500) serverErrors.push(`${r.status()} ${r.url()}`);
  });
  await page.goto(`/sign-in?next=${encodeURIComponent(next)}`);
  await page.getByLabel("Email").fill(emailFor("viewer"));
  await page.getByLabel("Password").fill(E2E_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => url.pathname !== "/sign-in");
  return { page, serverErrors, close: () => context.close() };
}

test.describe("attack: open redirect through sign-in's next", () => {
  for (const next of ["/..//evil.example/phish", "/.//evil.example/phish", "/%2e%2e//evil.example/phish", "/a/../..//evil.example/phish", "/\\evil.example/phish"]) {
    test(`after a real sign-in, next=${next} stays on the app`, async ({ browser, baseURL }) => {
      const { page, close } = await signInWithNext(browser, baseURL!, next);
      expect(new URL(page.url()).origin).toBe(new URL(baseURL!).origin);
      await expect(page.getByRole("heading", { name: "Phished" })).toHaveCount(0);
      await close();
    });
  }

  test("after a real sign-in, a same-site next is still honoured", async ({ browser, baseURL }) => {
    const { page, close } = await signInWithNext(browser, baseURL!, "/predictions?sort=recent");
    expect(page.url()).toBe(`${baseURL}/predictions?sort=recent`);
    await close();
  });
});

test("attack: after a real sign-in, next=/日本 redirects there instead of answering 500", async ({ browser, baseURL }) => {
  const { page, serverErrors, close } = await signInWithNext(browser, baseURL!, "/日本");
  expect(new URL(page.url()).pathname).toBe("/%E6%97%A5%E6%9C%AC");
  expect(serverErrors).toEqual([]);
  await close();
});

test.describe("cross-site forms", () => {
  let site: AttackerSite;
  test.afterEach(async () => {
    await site?.close();
  });

  /** Opens the attacker's page in the victim's browser and returns the app's answer to its form. */
  async function visitAttackerPage(page: Page, path: string, target: string) {
    const answer = page.waitForResponse((r) => r.url().endsWith(target) && r.request().method() === "POST");
    await page.goto(site.url(path));
    return answer;
  }

  test("attack: a cross-site text/plain form shaped as JSON cannot sign the visitor into the attacker's account (login CSRF)", async ({ page, request, baseURL }) => {
    // The attacker's own account; "=" in the password lets text/plain encoding ("name=value") form valid JSON.
    const attacker = { email: `${unique("attacker").replace(/\W+/g, "-")}@example.org`, password: "attacker-pass=word-123" };
    const created = await request.post("/api/users", {
      data: { ...attacker, role: "viewer", name: "Attacker" },
      headers: { authorization: `Bearer ${tokenFor("admin")}` },
    });
    expect(created.status(), await created.text()).toBe(201);
    const [before, after] = attacker.password.split("=");
    site = await startAttackerSite({
      "/win": autoSubmitForm(`${baseURL}/api/auth/sign-in`, { [`{"email":"${attacker.email}","password":"${before}`]: `${after}"}` }, "text/plain"),
    });

    const answer = await visitAttackerPage(page, "/win", "/api/auth/sign-in");
    expect(answer.request().headers()["content-type"]).toContain("text/plain");
    expect(JSON.parse(answer.request().postData()!)).toEqual(attacker); // the body the probe relied on
    expect(answer.status()).toBe(403);
    const session = await page.context().request.get(`${baseURL}/api/auth/session`);
    expect((await session.json()).actor).toBeNull();
  });

  test("attack: a cross-site form cannot sign the visitor out (logout CSRF)", async ({ page, baseURL }) => {
    // A session of the victim's own, so the shared e2e sessions are never at risk.
    const signIn = await page.context().request.post(`${baseURL}/api/auth/sign-in`, { data: { email: emailFor("editor"), password: E2E_PASSWORD } });
    expect(signIn.status()).toBe(200);
    site = await startAttackerSite({ "/bye": autoSubmitForm(`${baseURL}/api/auth/sign-out`, {}) });

    const answer = await visitAttackerPage(page, "/bye", "/api/auth/sign-out");
    expect(answer.status()).toBe(403);
    const session = await page.context().request.get(`${baseURL}/api/auth/session`);
    expect((await session.json()).actor?.email).toBe(emailFor("editor"));
    // The app's own Sign out still works.
    await page.goto("/account");
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page.getByRole("link", { name: "Sign in" }).first()).toBeVisible();
    expect((await (await page.context().request.get(`${baseURL}/api/auth/session`)).json()).actor).toBeNull();
  });
});

/**
 * POSTs JSON from a chosen loopback source address, as a different machine would connect:
 * the server sees `from` as the socket's peer whatever X-Forwarded-For says.
 */
function postFrom(baseURL: string, from: string, path: string, body: unknown, headers: Record<string, string> = {}): Promise<number> {
  const data = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = http.request(
      new URL(path, baseURL),
      { method: "POST", localAddress: from, headers: { "content-type": "application/json", "content-length": Buffer.byteLength(data), ...headers } },
      (res) => {
        res.resume();
        res.on("end", () => resolve(res.statusCode!));
      },
    );
    req.on("error", reject);
    req.end(data);
  });
}

test.describe("the sign-in rate limit on the real server", () => {
  // Each test gets a loopback address of its own, so its failures never hold back other specs.
  const someLoopback = () => `127.${1 + Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.${2 + Math.floor(Math.random() * 250)}`;

  test("attack: a new X-Forwarded-For on every attempt does not escape the per-address limit", async ({ baseURL, request }) => {
    const from = someLoopback();
    const email = `${unique("rotate").replace(/\W+/g, "-")}@example.org`;
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) {
      const spoofed = `198.18.${i}.${i + 7}`;
      statuses.push(await postFrom(baseURL!, from, "/api/auth/sign-in", { email, password: "guess" }, { "x-forwarded-for": spoofed, "x-real-ip": spoofed }));
    }
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
    // The audit log names the real address, never the spoofed ones.
    const audit = await request.get(`/api/audit?action=auth.sign_in_failed&actor=${encodeURIComponent(email)}`, {
      headers: { authorization: `Bearer ${tokenFor("admin")}` },
    });
    const ips = ((await audit.json()).entries as { ip: string }[]).map((e) => e.ip);
    expect(ips).toEqual(Array(5).fill(from));
  });

  test("attack: 20 concurrent wrong passwords for one account check at most 5", async ({ baseURL, request }) => {
    const victim = { email: `${unique("burst").replace(/\W+/g, "-")}@example.org`, password: "victim-password-123" };
    expect((await request.post("/api/users", { data: { ...victim, role: "viewer" }, headers: { authorization: `Bearer ${tokenFor("admin")}` } })).status()).toBe(201);
    const statuses = await Promise.all(Array.from({ length: 20 }, (_, i) => postFrom(baseURL!, someLoopback(), "/api/auth/sign-in", { email: victim.email, password: `wrong ${i}` })));
    expect(statuses.filter((s) => s === 401).length).toBeLessThanOrEqual(5);
    expect(statuses.filter((s) => s !== 401 && s !== 429)).toEqual([]);
  });
});
