import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { ANONYMOUS, stateFile } from "./fixtures/accounts";
import { expectNoSeriousViolations } from "./fixtures/axe";
import { CHART_SVG, unique } from "./fixtures/claims";

// The claim page and the claim list as a reader meets them (issue 14): the page's layout
// signed in and out, forms on demand, the two-lane timeline, evidence numbering, and the
// list's nested sub-claims, search matches and filters that apply on change.

async function newSource(request: APIRequestContext, label: string): Promise<string> {
  const res = await request.post("/api/sources", {
    data: { title: unique(label), author: "E2E Author", url: "https://example.org/source", publishedOn: "2023-03-01", kind: "post" },
  });
  expect(res.status()).toBe(201);
  return (await res.json()).source.id as string;
}

async function newClaim(request: APIRequestContext, sourceId: string, fields: { statement: string; quote?: string; parentId?: string }) {
  const res = await request.post("/api/predictions", {
    data: {
      sourceId,
      quote: fields.quote ?? "This will probably happen.",
      statement: fields.statement,
      criteria: "It happens.",
      horizon: { from: 2024, to: 2027 },
      parentId: fields.parentId,
    },
  });
  expect(res.status()).toBe(201);
  return (await res.json()).prediction.id as string;
}

async function addEvidence(request: APIRequestContext, claimId: string, title: string, observedOn: string, stance = "supports") {
  const res = await request.post(`/api/predictions/${claimId}/evidence`, {
    data: { title, url: "https://example.org/e", observedOn, stance, strength: "strong", summary: "Seen in public." },
  });
  expect(res.status()).toBe(201);
}

async function addVerdict(request: APIRequestContext, claimId: string, grade: string, credence?: number) {
  const res = await request.post(`/api/predictions/${claimId}/verdicts`, { data: { grade, rationale: `Graded ${grade}.`, credence } });
  expect(res.status()).toBe(201);
}

const summary = (page: Page, name: string) => page.locator("summary", { hasText: new RegExp(`^${name}$`) });

test.describe("signed out", () => {
  test.use({ storageState: ANONYMOUS });

  test("one line invites sign-in and the histories take the full width", async ({ page, playwright, baseURL }) => {
    // The data is written as an admin; the page is read signed out.
    const request = await playwright.request.newContext({ baseURL, storageState: stateFile("admin") });
    const claimId = await newClaim(request, await newSource(request, "E2E signed-out source"), { statement: unique("E2E signed-out claim") });
    await addEvidence(request, claimId, unique("E2E evidence"), "2024-02-01");
    await addVerdict(request, claimId, "on_track", 0.6);

    await page.goto(`/predictions/${claimId}`);
    const invite = page.getByTestId("write-invite");
    await expect(invite).toHaveText("Sign in to log evidence or record a verdict.");
    await expect(invite.getByRole("link", { name: "Sign in" })).toHaveAttribute("href", `/sign-in?next=${encodeURIComponent(`/predictions/${claimId}`)}`);
    // No forms, and no near-empty "Sign in to…" cards beside the histories.
    await expect(page.getByRole("form")).toHaveCount(0);
    await expect(page.getByText(/^Sign in to/)).toHaveCount(1);

    const main = await page.locator("main").boundingBox();
    for (const heading of ["Evidence (1)", "Verdict history (1)"]) {
      const section = page.locator("section", { has: page.getByRole("heading", { level: 2, name: heading }) });
      const box = await section.boundingBox();
      expect(box!.width, `${heading} spans the page`).toBeGreaterThan(main!.width * 0.9);
    }
    // The rationale column is not squeezed.
    const rationale = await page.getByTestId("verdict-history").locator("td.rationale").first().boundingBox();
    expect(rationale!.width).toBeGreaterThan(400);
    await expectNoSeriousViolations(page);
    await request.dispose();
  });
});

test("the timeline has an evidence strip and a credence line on one axis, with a today rule and a table", async ({ page, request }) => {
  const claimId = await newClaim(request, await newSource(request, "E2E timeline source"), { statement: unique("E2E timeline claim") });
  const title = unique("E2E strip evidence");
  await addEvidence(request, claimId, title, "2024-03-01", "contradicts");
  await addVerdict(request, claimId, "off_track", 0.3);

  await page.goto(`/predictions/${claimId}`);
  const timeline = page.locator("section", { has: page.getByRole("heading", { name: "Timeline" }) });
  // Two lanes, each its own drawing.
  await expect(timeline.locator(CHART_SVG)).toHaveCount(2);
  await expect(timeline.locator('[data-lane="evidence"] .recharts-scatter-symbol, [data-lane="evidence"] .recharts-symbols')).not.toHaveCount(0);
  await expect(timeline.locator('[data-lane="credence"] .recharts-line-curve')).toHaveCount(1);
  await expect(timeline.locator('[data-lane="credence"]').getByText("Today", { exact: true })).toBeVisible();
  // The text alternative starts the credence at the implied one ("probably" = 70%) on the day the claim was made.
  await expect(timeline.getByRole("img", { name: /^Timeline of/ })).toHaveAttribute("aria-label", /credence line starts at the implied 70%/);
  await timeline.getByText("Show data table").click();
  const table = timeline.getByRole("table");
  await expect(table.getByRole("row").nth(1)).toContainText("Claim made");
  await expect(table.getByRole("row").nth(1)).toContainText("70%");
  await expect(table.getByText(title)).toBeVisible();
  await expect(table.getByRole("row").filter({ hasText: "Verdict: Off track" })).toContainText("30%");
});

test("the forms open on demand from the keyboard, and a form that comes back with errors is open", async ({ page, request }) => {
  const claimId = await newClaim(request, await newSource(request, "E2E forms source"), { statement: unique("E2E forms claim") });
  await page.goto(`/predictions/${claimId}`);
  await expect(page.getByRole("form", { name: "Log evidence" })).toBeHidden();
  await expect(page.getByRole("form", { name: "Record a verdict" })).toBeHidden();

  await summary(page, "Log evidence").focus();
  await page.keyboard.press("Enter");
  const form = page.getByRole("form", { name: "Log evidence" });
  await expect(form).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(form).toBeHidden();

  // Open the verdict form, send it empty and close it before the answer arrives: the errors open it again.
  await summary(page, "Record a verdict").click();
  const verdict = page.getByRole("form", { name: "Record a verdict" });
  await expect(verdict).toBeVisible();
  await verdict.evaluate((f: HTMLFormElement) => {
    f.requestSubmit();
    (f.closest("details") as HTMLDetailsElement).open = false;
  });
  await expect(verdict.getByLabel("Grade")).toHaveAccessibleDescription(/Grade must be one of/);
  await expect(verdict).toBeVisible();
  await expect(page.locator("details.form-disclosure").filter({ has: verdict })).toHaveAttribute("open", "");
  await expectNoSeriousViolations(page);
});

test("evidence is numbered counting down from the total when signed in, retract controls and all", async ({ page, request }) => {
  const claimId = await newClaim(request, await newSource(request, "E2E numbering source"), { statement: unique("E2E numbering claim") });
  for (const day of ["2024-01-01", "2024-02-01", "2024-03-01"]) await addEvidence(request, claimId, unique(`E2E item ${day}`), day);

  await page.goto(`/predictions/${claimId}`);
  const items = page.getByTestId("evidence-list").getByRole("listitem");
  await expect(items).toHaveCount(3);
  // Signed in as an admin, every item has a "Retract" disclosure inside it.
  await expect(page.getByTestId("evidence-list").locator("summary")).toHaveCount(3);
  expect(await items.evaluateAll((lis) => lis.map((li) => (li as HTMLLIElement).value))).toEqual([3, 2, 1]);
  // The retract <summary> is no list item of its own, so it cannot move the count.
  expect(await page.getByTestId("evidence-list").locator("summary").first().evaluate((s) => getComputedStyle(s).display)).not.toBe("list-item");
});

test("sub-claims nest under their parent, collapsed, and a rolled-up grade says so", async ({ page, request }) => {
  const sourceId = await newSource(request, "E2E family source");
  const parentStatement = unique("E2E parent");
  const parentId = await newClaim(request, sourceId, { statement: parentStatement });
  const children: string[] = [];
  for (const name of ["Alpha", "Beta", "Gamma"]) {
    const statement = unique(`E2E child ${name}`);
    children.push(statement);
    await addVerdict(request, await newClaim(request, sourceId, { statement, parentId }), "confirmed", 0.9);
  }
  await newClaim(request, sourceId, { statement: unique("E2E lone claim") });

  await page.goto(`/predictions?source=${sourceId}`);
  const rows = page.getByTestId("prediction-table").locator("tbody > tr");
  // Pages count top-level claims: the parent and the lone claim.
  await expect(rows).toHaveCount(2);
  await expect(page.getByTestId("claim-count")).toHaveText("2 claims match these filters, and 3 sub-claims listed under their parents.");
  const parentRow = rows.filter({ hasText: parentStatement });
  await expect(parentRow.getByTestId("rolled-up")).toHaveText("(rolled up from 3 sub-claims)");
  // The verdict column (Claim is the row header; then horizon, credence, verdict).
  await expect(parentRow.locator("td").nth(2).getByText("Confirmed")).toBeVisible();
  const disclosure = parentRow.locator("summary", { hasText: "3 sub-claims" });
  await expect(disclosure).toBeVisible();
  await expect(page.getByRole("link", { name: children[0] })).toBeHidden();
  await disclosure.click();
  for (const c of children) await expect(parentRow.getByRole("link", { name: c })).toBeVisible();
  await expectNoSeriousViolations(page);

  // A filter that matches a sub-claim but not its parent lists the sub-claim as a row of its own.
  await page.goto(`/predictions?source=${sourceId}&q=${encodeURIComponent(children[1])}`);
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText("Sub-claim ·");
  await expect(page.getByTestId("claim-count")).toHaveText("1 claim matches these filters.");
});

test("search shows the matching quote with the match marked, as text", async ({ page, request }) => {
  const sourceId = await newSource(request, "E2E search source");
  const word = `zq${Date.now().toString(36)}`;
  const quote = `Robots will <img src=x onerror="window.__pwned=1"> probably ${word} everything.`;
  const statement = unique("E2E searched claim");
  await newClaim(request, sourceId, { statement, quote });

  await page.goto(`/predictions?q=${encodeURIComponent(`<img src=x onerror="window.__pwned=1"> probably ${word}`)}`);
  const row = page.getByTestId("prediction-table").locator("tbody > tr").filter({ hasText: statement });
  await expect(row).toHaveCount(1);
  const match = row.getByTestId("quote-match");
  await expect(match.locator("mark")).toHaveText(`<img src=x onerror="window.__pwned=1"> probably ${word}`);
  await expect(page.locator('main img[src="x"]')).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();

  await page.goto(`/predictions?q=${word}`);
  await expect(page.getByTestId("prediction-table").getByTestId("quote-match").locator("mark")).toHaveText(word);
  // One claim is "1 claim" everywhere on the page.
  await expect(page.getByTestId("claim-count")).toHaveText("1 claim matches these filters.");
  await expect(page.getByRole("navigation", { name: "Pages of claims" }).locator("p")).toHaveText("1 of 1 claim");
});

test("filters apply as they change, and the URL carries only the filters in use", async ({ page }) => {
  await page.goto("/predictions");
  await expect(page.getByRole("button", { name: "Apply" })).toHaveCount(0);
  await page.getByLabel("Verdict", { exact: true }).selectOption("confirmed");
  await expect(page).toHaveURL(/\/predictions\?verdict=confirmed$/);
  await expect(page.getByTestId("claim-count")).toContainText("match");
  await page.getByLabel("Sort by").selectOption("horizon");
  await expect(page).toHaveURL(/\/predictions\?verdict=confirmed&sort=horizon$/);
  await page.getByLabel("Verdict", { exact: true }).selectOption("");
  await expect(page).toHaveURL(/\/predictions\?sort=horizon$/);
  await expect(page.getByLabel("Sort by")).toHaveValue("horizon");
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the filters still work through Apply, and the page drops the empty parameters", async ({ page }) => {
    await page.goto("/predictions");
    await page.getByLabel("Verdict", { exact: true }).selectOption("confirmed");
    await page.getByRole("button", { name: "Apply" }).click();
    await expect(page).toHaveURL(/\/predictions\?verdict=confirmed$/);
    await expect(page.getByLabel("Verdict", { exact: true })).toHaveValue("confirmed");
  });
});

test("a source numbers its claims once, and list cards keep their padding", async ({ page }) => {
  await page.goto("/sources");
  const card = page.locator("main ul.plain.card");
  expect(Number.parseFloat(await card.evaluate((el) => getComputedStyle(el).paddingLeft))).toBeGreaterThan(8);
  await page.getByRole("link", { name: /State of Machine Learning/ }).click();
  const list = page.getByTestId("source-claims");
  expect(await list.evaluate((el) => getComputedStyle(el).listStyleType)).toBe("none");
  await expect(list.getByText(/^#1 ·/)).toHaveCount(1);
});

test("the evidence balance draws the net line its caption defines", async ({ page }) => {
  await page.goto("/");
  const figure = page.locator("figure", { has: page.getByRole("heading", { name: "Cumulative evidence by month" }) });
  await expect(figure.getByText("Net (supports − contradicts)")).toBeVisible();
  await expect(figure.locator(".recharts-line-curve")).toHaveCount(4);
});
