import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { CHART_SVG, SCORECARD_CHARTS, listClaims } from "./fixtures/claims";

async function expectNoSeriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  expect(serious).toEqual([]);
}

test("every page passes an axe scan with no serious or critical violations", async ({ page, request }) => {
  const claims = await listClaims(request);
  const parent = claims.find((c) => claims.some((k) => k.parentId === c.id))!;
  const detail = await (await request.get(`/api/predictions/${parent.id}`)).json();
  const sourceId = detail.prediction.source.id;
  const pages = [
    "/",
    "/predictions",
    "/predictions?verdict=confirmed&sort=horizon",
    `/predictions/${parent.id}`,
    `/predictions/${claims.find((c) => c.parentId)!.id}`,
    "/sources",
    `/sources/${sourceId}`,
    "/no-such-page",
  ];
  for (const path of pages) {
    await test.step(path, async () => {
      await page.goto(path);
      await expect(page.locator("main h1")).toBeVisible();
      if (path === "/") await expect(page.locator(CHART_SVG)).toHaveCount(SCORECARD_CHARTS);
      await expectNoSeriousViolations(page);
    });
  }
});

test("a form with errors still passes the axe scan", async ({ page, request }) => {
  const [claim] = await listClaims(request);
  await page.goto(`/predictions/${claim.id}`);
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
