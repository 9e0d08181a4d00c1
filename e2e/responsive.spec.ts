import { expect, test } from "@playwright/test";
import { CHART_SVG } from "./fixtures/claims";
import { mainPages, openSettled } from "./fixtures/main-pages";

// A small phone, signed in as an admin (the default storage state), so /admin and the write
// forms are on the pages too.
test.use({ viewport: { width: 375, height: 800 } });

const pageOverflow = (page: import("@playwright/test").Page) =>
  page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));

test("no page scrolls sideways on a 375 px phone", async ({ page, request }) => {
  test.setTimeout(180_000);
  for (const p of await mainPages(request)) {
    await test.step(p.name, async () => {
      await openSettled(page, p.path);
      const { scroll, client } = await pageOverflow(page);
      expect(client, p.path).toBe(375);
      expect(scroll, `${p.path} is ${scroll} px wide`).toBeLessThanOrEqual(client);
    });
  }
});

test("on a phone the claim list becomes stacked rows, each cell labelled", async ({ page }) => {
  await page.goto("/predictions");
  const table = page.getByTestId("prediction-table");
  const row = table.locator("tbody tr").first();
  // One column: the row's cells sit one under another, each as wide as the row allows.
  const [claim, horizon] = [row.locator("th").first(), row.locator("td").first()];
  const a = (await claim.boundingBox())!;
  const b = (await horizon.boundingBox())!;
  expect(b.y).toBeGreaterThanOrEqual(a.y + a.height - 1);
  expect(await horizon.evaluate((el) => getComputedStyle(el, "::before").content)).toBe('"Horizon: "');
  // The column headers stay in the table for screen readers, out of sight.
  await expect(table.getByRole("columnheader", { name: "Horizon" })).toBeAttached();
});

test("a wide table scrolls inside its own box, from the keyboard too", async ({ page, request }) => {
  const reviews = (await (await request.get("/api/reviews")).json()).reviews as { year: number; status: string }[];
  const year = reviews.filter((r) => r.status === "completed").sort((x, y) => y.year - x.year)[0].year;
  await page.goto(`/reviews/${year}`);
  const box = page.getByRole("region", { name: "Snapshot table" });
  const size = await box.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
  expect(size.scroll).toBeGreaterThan(size.client);
  await box.focus();
  await expect(box).toBeFocused();
  await page.keyboard.press("ArrowRight");
  await expect.poll(() => box.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
  expect((await pageOverflow(page)).scroll).toBeLessThanOrEqual(375);
});

test("charts shrink to the phone's width", async ({ page }) => {
  await page.goto("/");
  const charts = page.locator(CHART_SVG);
  await expect(charts.first()).toBeVisible();
  for (const svg of await charts.all()) {
    const width = Number(await svg.getAttribute("width"));
    expect(width).toBeGreaterThan(200);
    expect(width).toBeLessThanOrEqual(375 - 2 * 12);
  }
});
