import { expect, test } from "@playwright/test";
import { expectNoSeriousViolations } from "./fixtures/axe";
import { unique } from "./fixtures/claims";

test("an admin previews a CSV with a bad row, fixes it, imports every row, and downloads them from the filtered list", async ({ page, request }) => {
  test.slow();
  const src = await request.post("/api/sources", {
    data: { title: unique("E2E CSV source"), author: "C. Importer", url: "https://example.org/csv", publishedOn: "2024-03-01", kind: "report" },
  });
  expect(src.status()).toBe(201);
  const source = (await src.json()).source as { id: string };
  const parent = unique("E2E imported parent");
  const child = unique("E2E imported child");
  const header = "quote,statement,criteria,horizonFrom,horizonTo,tags,parentRow";

  await page.goto(`/sources/${source.id}`);
  await page.getByRole("link", { name: "Import claims from CSV" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Import claims into");
  await expect(page.getByRole("link", { name: "Download the template (CSV)" })).toHaveAttribute("href", `/api/sources/${source.id}/import`);
  await expectNoSeriousViolations(page);

  // A bad row: its problem is shown on its own row, and there is nothing to import yet.
  const paste = page.getByLabel("Or paste the CSV");
  await paste.fill(`${header}\n"It will, probably, happen.",${parent},It happens,2025,2027,energy,\n"Then this.",,Check,2025,2026,,2\n`);
  await page.getByRole("button", { name: "Preview" }).click();
  const preview = page.getByTestId("import-preview");
  await expect(preview.getByRole("row").filter({ hasText: "statement: Statement is required" }).getByRole("rowheader")).toHaveText("3");
  await expect(preview.getByRole("row").filter({ hasText: parent })).toContainText("Ready");
  await expect(page.getByText("1 of 2 rows have errors")).toBeVisible();
  await expect(page.getByRole("button", { name: /^Import/ })).toHaveCount(0);
  await expectNoSeriousViolations(page);

  // Fixed: both rows are ready, then imported together.
  await paste.fill(`${header}\n"It will, probably, happen.",${parent},It happens,2025,2027,energy,\n"Then this.",${child},Check,2025,2026,,2\n`);
  await page.getByRole("button", { name: "Preview" }).click();
  await expect(page.getByText("2 rows are ready to import")).toBeVisible();
  await page.getByRole("button", { name: "Import 2 claims" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Imported 2 claims" })).toBeVisible();
  const imported = page.getByTestId("imported-claims");
  await expect(imported.getByRole("link")).toHaveText([parent, child]);
  await expectNoSeriousViolations(page);

  // The filtered claim list offers the three CSV downloads with its filters.
  await page.goto(`/predictions?source=${source.id}`);
  const claimsLink = page.getByRole("link", { name: "Download the matching claims as CSV" });
  const href = await claimsLink.getAttribute("href");
  expect(href).toBe(`/api/predictions?source=${source.id}&format=csv`);
  await expect(page.getByRole("link", { name: "Download the evidence of the matching claims as CSV" })).toHaveAttribute("href", `${href}&table=evidence`);
  const csv = await page.request.get(href!);
  expect(csv.headers()["content-type"]).toBe("text/csv; charset=utf-8");
  const text = await csv.text();
  expect(text).toContain(parent);
  expect(text).toContain(child);
  expect(text).toContain('"It will, probably, happen."');
});
