import Database from "better-sqlite3";
import { expect, test } from "@playwright/test";
import { CHART_SVG, SCORECARD_CHARTS } from "./fixtures/claims";

// Each widget on the scorecard loads its own data inside its own error boundary
// (components/scorecard/widget.tsx). To make exactly one of them fail for real, with no switch
// in the app, this spec gives the evidence that "Most recent evidence" lists a stance the app
// does not know, straight in the e2e database, then puts the rows back.
const url = process.env.E2E_DATABASE_URL ?? "";

test("one scorecard widget failing leaves the rest of the page working, and it can be retried", async ({ page }) => {
  test.skip(!url.startsWith("file:"), "plants the bad rows with SQLite; the e2e database is a SQLite file");
  const db = new Database(url.slice("file:".length));
  const newest = db
    .prepare(`SELECT "id", "stance" FROM "Evidence" WHERE "retractedAt" IS NULL ORDER BY "recordedAt" DESC, "observedOn" DESC LIMIT 8`)
    .all() as { id: string; stance: string }[];
  expect(newest.length).toBeGreaterThan(0);
  const setStance = db.prepare(`UPDATE "Evidence" SET "stance" = ? WHERE "id" = ?`);
  const failed = page.getByTestId("widget-error");
  try {
    db.transaction(() => newest.forEach((e) => setStance.run("not-a-stance", e.id)))();
    await page.goto("/");
    await expect(failed).toHaveCount(1);
    await expect(failed.getByRole("heading", { name: "Most recent evidence could not be loaded" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Most recent evidence", exact: true })).toHaveCount(0);
    // The page itself did not fail (app/error.tsx), and every other widget is there.
    await expect(page.getByRole("heading", { name: "Something went wrong" })).toHaveCount(0);
    await expect(page.getByRole("heading", { level: 1, name: "Scorecard" })).toBeVisible();
    await expect(page.getByTestId("scope-line")).toHaveText(/^Scoring all \d+ claims\.$/);
    await expect(page.getByTestId("hit-rate")).toHaveText(/\d+%/);
    await expect(page.getByTestId("headline-brier")).toHaveText(/^\d\.\d{3}$/);
    await expect(page.getByRole("heading", { name: "Past their horizon, no final verdict" })).toBeVisible();
    await expect(page.locator(CHART_SVG)).toHaveCount(SCORECARD_CHARTS);
  } finally {
    db.transaction(() => newest.forEach((e) => setStance.run(e.stance, e.id)))();
    db.close();
  }
  // With the data good again, "Try again" reloads that widget alone.
  await failed.getByRole("button", { name: "Try again" }).click();
  await expect(page.getByRole("heading", { name: "Most recent evidence", exact: true })).toBeVisible();
  await expect(failed).toHaveCount(0);
  await expect(page.locator(CHART_SVG)).toHaveCount(SCORECARD_CHARTS);
});
