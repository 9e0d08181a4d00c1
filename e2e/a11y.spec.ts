import { expect, test } from "@playwright/test";
import { ANONYMOUS, stateFile } from "./fixtures/accounts";
import { CHART_SVG, FORECAST_CHARTS, SCORECARD_CHARTS, listClaims, unique } from "./fixtures/claims";
import { expectNoSeriousViolations } from "./fixtures/axe";
import { tabTo } from "./fixtures/keyboard";

// One test per page keeps each axe run inside the test timeout on a busy machine.
// Every page of e2e/fixtures/main-pages.ts is here (theme.spec.ts scans those in the dark theme).
const PAGES: { name: string; path: (ids: { parent: string; child: string; source: string; year: number }) => string; charts?: number }[] = [
  { name: "scorecard", path: () => "/", charts: SCORECARD_CHARTS },
  { name: "forecast scores", path: () => "/scorecard/forecasts", charts: FORECAST_CHARTS },
  { name: "prediction list", path: () => "/predictions" },
  { name: "filtered list", path: () => "/predictions?verdict=confirmed&sort=horizon&due=final" },
  { name: "claim with sub-claims", path: (ids) => `/predictions/${ids.parent}` },
  { name: "sub-claim", path: (ids) => `/predictions/${ids.child}` },
  { name: "sources", path: () => "/sources" },
  { name: "source", path: (ids) => `/sources/${ids.source}` },
  { name: "tags", path: () => "/tags" },
  { name: "reviews", path: () => "/reviews" },
  { name: "completed review", path: (ids) => `/reviews/${ids.year}` },
  { name: "admin", path: () => "/admin" },
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
    const reviews = (await (await request.get("/api/reviews")).json()).reviews as { year: number; status: string }[];
    const year = Math.max(...reviews.filter((r) => r.status === "completed").map((r) => r.year));
    const ids = { parent: parent.id, child: claims.find((c) => c.parentId)!.id, source: detail.prediction.source.id, year };
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

test.describe("from the keyboard alone, as an editor", () => {
  // The date input's segments follow the locale: month, day, year in en-US.
  test.use({ storageState: stateFile("editor"), locale: "en-US" });

  test("skip to the content, open the claim list and a claim, log evidence, and land on the new item", async ({ page }) => {
    await page.goto("/");
    // The first stop is the skip link, and it moves focus past the navigation into the content.
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "Skip to content" });
    await expect(skip).toBeFocused();
    await page.keyboard.press("Enter");
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => !!document.activeElement?.closest("main"))).toBe(true);

    // The claim list, from the main navigation.
    await tabTo(page, page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Predictions" }));
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/predictions$/);
    await expect(page.getByRole("heading", { level: 1, name: "Predictions" })).toBeVisible();

    // A claim, from the list.
    const first = page.getByTestId("prediction-table").locator("tbody tr").first().getByRole("link").first();
    const statement = (await first.textContent())!.trim();
    await tabTo(page, first);
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { level: 1, name: statement })).toBeVisible();

    // The log-evidence form opens from its disclosure and is filled and sent with keys only.
    await tabTo(page, page.locator("summary", { hasText: /^Log evidence$/ }));
    await page.keyboard.press("Enter");
    const form = page.getByRole("form", { name: "Log evidence" });
    await expect(form).toBeVisible();
    const title = unique("Keyboard evidence");
    await tabTo(page, form.getByLabel("Title"));
    await page.keyboard.type(title);
    await tabTo(page, form.getByLabel("Source URL"));
    await page.keyboard.type("https://example.org/keyboard");
    await tabTo(page, form.getByLabel("Date observed"));
    await page.keyboard.type("06012024");
    await expect(form.getByLabel("Date observed")).toHaveValue("2024-06-01");
    await tabTo(page, form.getByLabel("Stance"));
    await page.keyboard.press("ArrowDown");
    await expect(form.getByLabel("Stance")).toHaveValue("supports");
    await tabTo(page, form.getByLabel("Summary"));
    await page.keyboard.type("Logged without a mouse.");
    await tabTo(page, form.getByRole("button", { name: "Log evidence" }));
    await page.keyboard.press("Enter");

    // The page announces the new item, and focus lands on it in the list.
    await expect(page).toHaveURL(/[?&]added=/);
    await expect(page.getByRole("status").filter({ hasText: `Evidence “${title}” logged.` })).toBeVisible();
    const added = page.getByTestId("evidence-list").getByRole("listitem").filter({ hasText: title });
    await expect(added).toBeFocused();
    await expect(added).toContainText("by E2E editor");
  });
});
