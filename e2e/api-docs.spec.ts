import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { ANONYMOUS } from "./fixtures/accounts";
import { tabTo } from "./fixtures/keyboard";

// The API reference is rendered from the OpenAPI document: one article per operation, grouped
// by tag, readable without signing in and from the keyboard.
test.describe("the API reference", () => {
  test.use({ storageState: ANONYMOUS });

  test("is linked from the footer, lists every operation of the document, works from the keyboard and passes axe", async ({ page, request }) => {
    test.slow();
    const doc = await (await request.get("/api/openapi.json")).json();
    const operations = Object.values(doc.paths as Record<string, object>).flatMap((item) => Object.keys(item)).length;

    await page.goto("/");
    await page.getByRole("contentinfo").getByRole("link", { name: "API reference" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "API reference" })).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: "Evidence" })).toBeVisible();
    await expect(page.locator("main article[id^='op-']")).toHaveCount(operations);

    const name = "POST /api/predictions/{id}/evidence";
    const article = page.getByRole("article", { name });
    await expect(article.getByText("Access (editor):")).toBeVisible();
    await expect(article.getByRole("table", { name: `Request body of ${name}` }).getByRole("rowheader", { name: "observedOn" })).toBeVisible();
    await expect(article.getByRole("table", { name: `Responses of ${name}` }).getByRole("rowheader", { name: "201" })).toBeVisible();
    await expect(article.getByRole("region", { name: `Example request: ${name}` })).toContainText("Authorization: Bearer $TRACKER_TOKEN");

    const link = page.getByRole("navigation", { name: "API reference contents" }).getByRole("link", { name });
    await tabTo(page, link);
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/#op-createevidence$/);
    await expect(article.getByRole("heading", { level: 3 })).toBeInViewport();

    // Every part of the page is drawn by the same few components, so axe scans one of each
    // (a whole scan of some 80 operations takes most of a minute): the header and contents,
    // the overview, authentication, one group of operations, one webhook event, one schema.
    const scanned = ["header", "nav[aria-label='API reference contents']", "#overview", "#authentication", "#tag-evidence", "#event-evidence-created", "#schema-evidence", "footer"];
    for (const selector of scanned) await expect(page.locator(selector)).toHaveCount(1);
    const axe = new AxeBuilder({ page });
    for (const selector of scanned) axe.include(selector);
    const results = await axe.analyze();
    const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    expect(serious.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  });
});
