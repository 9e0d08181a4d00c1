import { expect, test } from "@playwright/test";
import { expectNoSeriousViolations } from "./fixtures/axe";
import { unique } from "./fixtures/claims";

// Long lists are paged, with the page in the URL: a source with more claims than one page
// holds, and a claim with more evidence than its first page shows.
const CLAIMS = 57;
const EVIDENCE = 23;

test("the claim list pages by URL, keeps its filters, and a claim's evidence shows older items on demand", async ({ page, request }) => {
  test.setTimeout(120_000);
  const src = await request.post("/api/sources", {
    data: { title: unique("E2E long source"), author: "Many Claims", url: "https://example.org/long", publishedOn: "2023-02-01", kind: "report" },
  });
  expect(src.status()).toBe(201);
  const sourceId = (await src.json()).source.id as string;
  let firstId = "";
  for (let i = 1; i <= CLAIMS; i++) {
    const res = await request.post("/api/predictions", {
      data: {
        sourceId,
        quote: `Item ${i} will probably happen.`,
        statement: `Paged claim number ${String(i).padStart(2, "0")}`,
        criteria: "It happens.",
        horizon: { from: 2023, to: 2030 },
      },
    });
    expect(res.status()).toBe(201);
    if (i === 1) firstId = (await res.json()).prediction.id;
  }

  await page.goto(`/predictions?source=${sourceId}`);
  await expect(page.getByRole("status").filter({ hasText: `${CLAIMS} claims match these filters` })).toBeVisible();
  const pages = page.getByRole("navigation", { name: "Pages of claims" });
  await expect(pages).toContainText(`1–50 of ${CLAIMS} claims`);
  await expect(page.getByTestId("prediction-table").locator("tbody tr")).toHaveCount(50);

  // The keyboard reaches the next page; the filter stays in the URL.
  const next = pages.getByRole("link", { name: "Next →" });
  await next.focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`source=${sourceId}.*page=2|page=2.*source=${sourceId}`));
  await expect(page.getByRole("navigation", { name: "Pages of claims" })).toContainText(`51–${CLAIMS} of ${CLAIMS} claims`);
  await expect(page.getByTestId("prediction-table").locator("tbody tr")).toHaveCount(CLAIMS - 50);
  await expect(page.getByRole("link", { name: `Paged claim number ${CLAIMS}` })).toBeVisible();
  await expectNoSeriousViolations(page);

  // A page past the end says so and offers the first page, rather than an empty table.
  await page.goto(`/predictions?source=${sourceId}&page=9`);
  await expect(page.getByText(`Page 9 is past the end (${CLAIMS} claims).`)).toBeVisible();
  await page.getByRole("link", { name: "Go to the first page" }).click();
  await expect(page.getByTestId("prediction-table").locator("tbody tr")).toHaveCount(50);

  // A claim with more evidence than the first page: newest first, then "Show older evidence".
  for (let k = 1; k <= EVIDENCE; k++) {
    const res = await request.post(`/api/predictions/${firstId}/evidence`, {
      data: {
        title: `Observation ${String(k).padStart(2, "0")}`,
        url: "https://example.org/o",
        observedOn: `2024-01-${String(k).padStart(2, "0")}`,
        stance: k % 2 ? "supports" : "contradicts",
        strength: "weak",
        summary: "Seen.",
      },
    });
    expect(res.status()).toBe(201);
  }
  await page.goto(`/predictions/${firstId}`);
  const evidence = page.getByTestId("evidence-list").getByRole("listitem");
  await expect(evidence).toHaveCount(20);
  await expect(evidence.first()).toContainText(`Observation ${EVIDENCE}`);
  await page.getByRole("link", { name: "Show older evidence →" }).click();
  await expect(page.getByTestId("evidence-list").getByRole("listitem")).toHaveCount(EVIDENCE - 20);
  await expect(page.getByTestId("evidence-list")).toContainText("Observation 01");
  await page.getByRole("link", { name: "↑ Back to the newest" }).click();
  await expect(page.getByTestId("evidence-list").getByRole("listitem").first()).toContainText(`Observation ${EVIDENCE}`);

  // A mangled link to older items falls back to the newest, with a note.
  await page.goto(`/predictions/${firstId}?evidence=not-a-cursor`);
  await expect(page.getByText("That link to older items no longer fits")).toBeVisible();
  await expect(page.getByTestId("evidence-list").getByRole("listitem")).toHaveCount(20);
});
