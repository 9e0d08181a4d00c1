import { expect, test, type Page } from "@playwright/test";
import { CHART_SVG, FORECAST_CHARTS, SCORECARD_CHARTS, claimNotGraded, unique } from "./fixtures/claims";

/** The claim page's write forms open on demand, behind a disclosure. */
async function openForm(page: Page, name: string) {
  const summary = page.locator("summary", { hasText: new RegExp(`^${name}$`) });
  await summary.click();
  await expect(page.getByRole("form", { name })).toBeVisible();
}

async function confirmedCount(page: Page): Promise<number> {
  const row = page.getByTestId("verdict-counts").getByRole("row", { name: /^Confirmed/ });
  return Number(await row.getByRole("cell").last().textContent());
}

test("the scorecard overview shows its figures and renders its three charts", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "Scorecard" })).toBeVisible();
  await expect(page.getByText("How the hit rate is computed")).toBeVisible();
  await expect(page.getByTestId("hit-rate")).toHaveText(/\d+%/);
  await expect(page.getByTestId("headline-brier")).toHaveText(/^\d\.\d{3}$/);
  // Recharts draws its SVG after hydration; every chart on the seeded overview has data.
  await expect(page.locator(CHART_SVG)).toHaveCount(SCORECARD_CHARTS);
  for (const name of ["Current verdict mix", "Verdict mix over time", "Evidence balance over time"]) {
    await expect(page.getByRole("heading", { name })).toBeVisible();
  }
  await expect(page.getByRole("heading", { name: "Most recent evidence" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Past their horizon, no final verdict" })).toBeVisible();
  // The detail moved to its own view, not away: calibration is not drawn here.
  await expect(page.getByRole("heading", { name: "Calibration", exact: true })).toHaveCount(0);
});

test("the forecast scores view has the calibration and the scores by tag, source and review, each chart with its table", async ({
  page,
}) => {
  await page.goto("/");
  const tabs = page.getByRole("navigation", { name: "Scorecard views" });
  await expect(tabs.getByRole("link", { name: "Overview" })).toHaveAttribute("aria-current", "page");
  await tabs.getByRole("link", { name: "Forecast scores" }).click();
  await expect(page).toHaveURL(/\/scorecard\/forecasts$/);
  await expect(page.getByRole("heading", { level: 1, name: "Forecast scores" })).toBeVisible();
  await expect(tabs.getByRole("link", { name: "Forecast scores" })).toHaveAttribute("aria-current", "page");
  await expect(page.locator(CHART_SVG)).toHaveCount(FORECAST_CHARTS);
  for (const name of ["How good were the forecasts?", "Brier and log scores", "Calibration", "By tag", "By source", "Over time"]) {
    await expect(page.getByRole("heading", { name, exact: true })).toBeVisible();
  }
  for (const table of ["Forecast scores", "Calibration table", "Forecast scores by tag", "Forecast scores by source", "Forecast scores as of each review"]) {
    await expect(page.getByRole("table", { name: table, exact: true })).toBeVisible();
  }
  // The drawn charts keep their text alternative: a table behind "Show data table".
  const overTime = page.getByRole("figure", { name: "Brier score as of each review" });
  await overTime.getByText("Show data table").click();
  await expect(overTime.getByRole("table", { name: "Brier score as of each review" })).toBeVisible();
});

test("a newcomer logs evidence, records a verdict and sees the scorecard change", async ({ page, request }) => {
  const claim = await claimNotGraded(request, "confirmed");

  await page.goto("/");
  const before = await confirmedCount(page);

  await page.goto(`/predictions/${claim.id}`);
  await expect(page.getByRole("heading", { level: 1, name: claim.statement })).toBeVisible();
  // The timeline's two lanes: the evidence strip and the credence line.
  await expect(page.locator(CHART_SVG)).toHaveCount(2);

  const title = unique("E2E evidence");
  // The forms open on demand.
  await expect(page.getByRole("form", { name: "Log evidence" })).toBeHidden();
  await openForm(page, "Log evidence");
  const form = page.getByRole("form", { name: "Log evidence" });
  await form.getByLabel("Title").fill(title);
  await form.getByLabel("Source URL").fill("https://example.org/report");
  await form.getByLabel("Date observed").fill("2024-06-01");
  await form.getByLabel("Stance").selectOption("supports");
  await form.getByLabel("Strength").selectOption("strong");
  await form.getByLabel("Summary").fill("Observed in a public demo.");
  await form.getByRole("button", { name: "Log evidence" }).click();

  // The page says so, and the new item is highlighted and focused.
  await expect(page.getByRole("status").filter({ hasText: `Evidence “${title}” logged.` })).toBeVisible();
  await expect(page).toHaveURL(/[?&]added=/);
  const list = page.getByTestId("evidence-list");
  await expect(list.getByRole("link", { name: title })).toBeVisible();
  const added = list.getByRole("listitem").filter({ hasText: title });
  await expect(added).toContainText("by E2E admin");
  await expect(added).toHaveClass(/just-added/);
  await expect(added).toContainText("Just added");
  await expect(added).toBeFocused();
  await expect(added).toBeInViewport();

  // The timeline's data table lists the new item too.
  const timeline = page.locator("section", { has: page.getByRole("heading", { name: "Timeline" }) });
  await timeline.getByText("Show data table").click();
  await expect(timeline.getByRole("table").getByText(title)).toBeVisible();

  await openForm(page, "Record a verdict");
  const verdict = page.getByRole("form", { name: "Record a verdict" });
  await verdict.getByLabel("Grade").selectOption("confirmed");
  await verdict.getByLabel("Credence (%)").fill("95");
  await verdict.getByLabel("Rationale").fill("The new evidence settles it.");
  await verdict.getByRole("checkbox", { name: new RegExp(title) }).check();
  await verdict.getByRole("button", { name: "Record verdict" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Verdict recorded." })).toBeVisible();

  // Newest first: the new verdict heads the history, highlighted and focused.
  const history = page.getByTestId("verdict-history");
  const last = history.locator("tbody tr").first();
  await expect(last).toHaveClass(/just-added/);
  await expect(last).toBeFocused();
  await expect(last).toContainText("Confirmed");
  await expect(last).toContainText("The new evidence settles it.");
  await expect(last).toContainText(title);

  await page.goto("/");
  await expect.poll(() => confirmedCount(page)).toBe(before + 1);
});

test("bad form input shows errors next to the fields and stores nothing", async ({ page, request }) => {
  const claim = await claimNotGraded(request, "confirmed");
  await page.goto(`/predictions/${claim.id}`);
  const countBefore = await page.getByTestId("evidence-list").getByRole("listitem").count();

  await openForm(page, "Log evidence");
  const form = page.getByRole("form", { name: "Log evidence" });
  await form.getByLabel("Source URL").fill("javascript:alert(1)");
  await form.getByLabel("Date observed").fill("2999-01-01");
  await form.getByRole("button", { name: "Log evidence" }).click();

  await expect(form.getByRole("status")).toContainText("Please fix the highlighted fields.");
  const title = form.getByLabel("Title");
  await expect(title).toHaveAttribute("aria-invalid", "true");
  await expect(title).toHaveAccessibleDescription(/Title is required/);
  await expect(form.getByLabel("Source URL")).toHaveAccessibleDescription(/http:\/\/ or https:\/\//);
  await expect(form.getByLabel("Date observed")).toHaveAccessibleDescription(/cannot be in the future/);
  await expect(form.getByLabel("Stance")).toHaveAccessibleDescription(/Stance must be/);
  await expect(form.getByLabel("Summary")).toHaveAccessibleDescription(/Summary is required/);
  // What the user typed is kept.
  await expect(form.getByLabel("Source URL")).toHaveValue("javascript:alert(1)");

  await openForm(page, "Record a verdict");
  const verdict = page.getByRole("form", { name: "Record a verdict" });
  await verdict.getByLabel("Credence (%)").fill("150");
  await verdict.getByRole("button", { name: "Record verdict" }).click();
  await expect(verdict.getByLabel("Grade")).toHaveAccessibleDescription(/Grade must be one of/);
  await expect(verdict.getByLabel("Credence (%)")).toHaveAccessibleDescription(/between 0 and 100/);
  await expect(verdict.getByLabel("Rationale")).toHaveAccessibleDescription(/Rationale is required/);

  await page.reload();
  await expect(page.getByTestId("evidence-list").getByRole("listitem")).toHaveCount(countBefore);
});

test("the prediction list filters, searches and sorts through the URL", async ({ page }) => {
  await page.goto("/predictions");
  const rows = page.getByTestId("prediction-table").locator("tbody tr");
  const all = await rows.count();
  expect(all).toBeGreaterThan(10);

  // Filters apply as they change: no Apply button, and no empty parameters in the URL.
  await expect(page.getByRole("button", { name: "Apply" })).toHaveCount(0);
  await page.getByLabel("Search").fill("Anthropic");
  await expect(page).toHaveURL(/\/predictions\?q=Anthropic$/);
  await expect(rows).toHaveCount(1);

  await page.goto("/predictions?tag=companies&sort=evidence");
  await expect(page.getByLabel("Tag")).toHaveValue("companies");
  await expect(page.getByLabel("Sort by")).toHaveValue("evidence");
  const filtered = await rows.count();
  expect(filtered).toBeGreaterThan(0);
  expect(filtered).toBeLessThan(all);
  // Each row shows a sign of its evidence balance.
  await expect(rows.first().locator("td").last().getByText(/Evidence: \d+ supporting, \d+ contradicting/)).toBeAttached();
});

test("a source page lists its claims in the order they appear", async ({ page }) => {
  await page.goto("/sources");
  await page.getByRole("link", { name: /State of Machine Learning/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: /State of Machine Learning/ })).toBeVisible();
  const positions = page.getByTestId("source-claims").getByText(/^#\d+ ·/);
  await expect(positions.first()).toHaveText(/^#1 ·/);
  const numbers = (await positions.allTextContents()).map((t) => Number(t.match(/^#(\d+)/)![1]));
  expect(numbers.length).toBeGreaterThan(10);
  expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
  // Each claim shows its current verdict.
  await expect(page.getByTestId("source-claims").getByText("Confirmed").first()).toBeVisible();
});
