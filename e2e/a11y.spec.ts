import { expect, test } from "@playwright/test";
import { ANONYMOUS } from "./fixtures/accounts";
import { CHART_SVG, SCORECARD_CHARTS, listClaims } from "./fixtures/claims";
import { expectNoSeriousViolations } from "./fixtures/axe";

// One test per page keeps each axe run inside the test timeout on a busy machine.
const PAGES: { name: string; path: (ids: { parent: string; child: string; source: string }) => string; charts?: number }[] = [
  { name: "scorecard", path: () => "/", charts: SCORECARD_CHARTS },
  { name: "prediction list", path: () => "/predictions" },
  { name: "filtered list", path: () => "/predictions?verdict=confirmed&sort=horizon&due=final" },
  { name: "claim with sub-claims", path: (ids) => `/predictions/${ids.parent}` },
  { name: "sub-claim", path: (ids) => `/predictions/${ids.child}` },
  { name: "sources", path: () => "/sources" },
  { name: "source", path: (ids) => `/sources/${ids.source}` },
  { name: "tags", path: () => "/tags" },
  { name: "reviews", path: () => "/reviews" },
  { name: "account", path: () => "/account" },
  { name: "users", path: () => "/admin/users" },
  { name: "audit log", path: () => "/admin/audit" },
  { name: "settings", path: () => "/admin/settings" },
  { name: "not found", path: () => "/no-such-page" },
];

for (const p of PAGES) {
  test(`the ${p.name} page passes an axe scan with no serious or critical violations`, async ({ page, request }) => {
    test.slow();
    const claims = await listClaims(request);
    const parent = claims.find((c) => claims.some((k) => k.parentId === c.id))!;
    const detail = await (await request.get(`/api/predictions/${parent.id}`)).json();
    const ids = { parent: parent.id, child: claims.find((c) => c.parentId)!.id, source: detail.prediction.source.id };
    await page.goto(p.path(ids));
    await expect(page.locator("main h1")).toBeVisible();
    if (p.charts) await expect(page.locator(CHART_SVG)).toHaveCount(p.charts);
    await expectNoSeriousViolations(page);
  });
}

test.describe("signed out", () => {
  test.use({ storageState: ANONYMOUS });
  test("the sign-in page passes an axe scan", async ({ page }) => {
    await page.goto("/sign-in");
    await expect(page.getByRole("button", { name: "Sign in" })).toBeVisible();
    await expectNoSeriousViolations(page);
  });
});

test("a form with errors still passes the axe scan", async ({ page, request }) => {
  const [claim] = await listClaims(request);
  await page.goto(`/predictions/${claim.id}`);
  await page.locator("summary", { hasText: /^Log evidence$/ }).click();
  await page.getByRole("form", { name: "Log evidence" }).getByRole("button", { name: "Log evidence" }).click();
  await expect(page.getByText("Please fix the highlighted fields.")).toBeVisible();
  await expectNoSeriousViolations(page);
});

test("the main paths work from the keyboard", async ({ page }) => {
  await page.goto("/");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await expect(skip).toBeFocused();
  await page.keyboard.press("Enter");
  await page.keyboard.press("Tab");
  // Focus moved into the main content, past the navigation.
  const inMain = await page.evaluate(() => !!document.activeElement?.closest("main"));
  expect(inMain).toBe(true);
});
