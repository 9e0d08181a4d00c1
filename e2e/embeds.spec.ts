import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test } from "@playwright/test";
import { expectNoSeriousViolations } from "./fixtures/axe";
import { listClaims } from "./fixtures/claims";

// Another site puts a claim in a blog post: the embed card shows in its frame, while the
// claim's own page refuses to be framed. The blog is a real server the test starts on the
// loopback (a page Playwright made up would have no address, and the browser's local-network
// checks would block its frames), reached as localhost while the app is 127.0.0.1: another
// origin and another site. The production server's headers say why the two frames differ:
// only /embed/predictions/{id} relaxes frame-ancestors.
let blog: Server;
let blogPage = "";

test.beforeAll(async () => {
  blog = createServer((_, res) => res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(blogPage));
  await new Promise<void>((resolve) => blog.listen(0, "127.0.0.1", resolve));
});

test.afterAll(async () => {
  await new Promise((resolve) => blog.close(resolve));
});

test("another site frames the embed card and the badge, but not the claim's page", async ({ page, request, baseURL }) => {
  const blogUrl = `http://localhost:${(blog.address() as AddressInfo).port}/a-post.html`;
  const claim = (await listClaims(request)).find((c) => c.parentId === null)!;
  const embedUrl = `${baseURL}/embed/predictions/${claim.id}`;
  const pageUrl = `${baseURL}/predictions/${claim.id}`;

  const embed = (await request.get(embedUrl)).headers();
  expect(embed["content-security-policy"]).toContain("frame-ancestors *");
  expect(embed["x-frame-options"]).toBeUndefined();
  const own = (await request.get(pageUrl)).headers();
  expect(own["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(own["x-frame-options"]).toBe("DENY");

  blogPage = `<!doctype html><html lang="en"><head><title>A blog post</title></head><body>
        <h1>A blog post</h1>
        <iframe id="card" title="A tracked claim" src="${embedUrl}" width="520" height="380"></iframe>
        <iframe id="page" title="The claim's page" src="${pageUrl}" width="520" height="380"></iframe>
        <img id="badge" alt="" src="${baseURL}/predictions/${claim.id}/badge.svg">
      </body></html>`;
  await page.goto(blogUrl);
  const card = page.frameLocator("#card");
  await expect(card.getByRole("heading", { level: 1, name: claim.statement })).toBeVisible();
  await expect(card.getByText(claim.quote.slice(0, 40), { exact: false })).toBeVisible();
  await expect(card.getByRole("link", { name: /See its evidence and verdicts/ })).toHaveAttribute("target", "_blank");
  // The claim's page was refused: the browser shows its own error page in that frame instead.
  const frameUrl = async (id: string) => (await (await page.locator(id).elementHandle())!.contentFrame())?.url();
  await expect.poll(() => frameUrl("#page")).toMatch(/^chrome-error:/);
  expect(await frameUrl("#card")).toBe(embedUrl);
  await expect(page.frameLocator("#page").getByRole("heading", { name: claim.statement })).toHaveCount(0);
  await expect.poll(() => page.locator("#badge").evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(50);
});

test("the embed card passes an axe scan", async ({ page, request }) => {
  const [claim] = await listClaims(request);
  await page.goto(`/embed/predictions/${claim.id}`);
  await expect(page.getByRole("main")).toBeVisible();
  await expectNoSeriousViolations(page);
});
