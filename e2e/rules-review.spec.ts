import { expect, test, type APIRequestContext } from "@playwright/test";
import type { Grade } from "../lib/domain";
import { ANONYMOUS, stateFile } from "./fixtures/accounts";
import { expectNoSeriousViolations } from "./fixtures/axe";
import { YEAR, ensureOpenReview, newClaims, reportFigures } from "./fixtures/reviews";

// The rules that must add up (issue 14): a new claim is not stale, a regrade that takes a
// claim out of the hit rate is "reopened" (and the form says so before saving), completing a
// review goes through a confirm step, and a review's page, report and API give the same
// figures. Named to run after reviews.spec.ts and rules-grading.spec.ts; it reopens this
// year's review if it was completed, and completes it again at the end.
test.describe.configure({ mode: "serial" });

const PREVIOUS = YEAR - 1;

type Entry = { predictionId: string; statement: string; grade: Grade | null };

/** A top-level claim settled in the previous review (partly true by preference) and still graded so. */
async function settledClaim(request: APIRequestContext): Promise<Entry> {
  for (const grade of ["partly", "confirmed", "refuted"]) {
    const body = await (await request.get(`/api/reviews/${PREVIOUS}?grade=${grade}&limit=500`)).json();
    for (const e of body.review.entries as Entry[]) {
      const p = (await (await request.get(`/api/predictions/${e.predictionId}`)).json()).prediction;
      if (p.currentVerdict === grade && p.parentId === null && p.childCount === 0) return e;
    }
  }
  throw new Error(`no claim settled in the ${PREVIOUS} review is still graded so`);
}

let regraded: Entry;

test("a claim added today needs a first verdict and is not flagged as not reviewed", async ({ page, request }) => {
  // Its source is from 2022, so the claim was *made* long ago; it was *added* today.
  const [claim] = await newClaims(request, "E2E fresh", 1, "2022-05-01");
  await page.goto(`/predictions?q=${encodeURIComponent(claim.statement)}`);
  const row = page.getByRole("row").filter({ has: page.getByRole("link", { name: claim.statement }) });
  await expect(row).toContainText("New: needs a first verdict");
  await expect(row).not.toContainText("Not reviewed in over 12 months");
  // Nor in the list of stale claims.
  await page.goto(`/predictions?due=stale&q=${encodeURIComponent(claim.statement)}`);
  await expect(page.getByRole("link", { name: claim.statement })).toHaveCount(0);
  // The scorecard counts it with the new claims.
  await page.goto("/");
  await expect(page.getByRole("link", { name: /new claims? needs? (its|their) first verdict/ })).toBeVisible();
});

test("regrading a settled claim back to an interim grade warns before saving that it reopens the claim", async ({ page, request }) => {
  regraded = await settledClaim(request);
  await page.goto(`/predictions/${regraded.predictionId}`);
  const disclosure = page.locator("summary", { hasText: /^Record a verdict$/ });
  if (await disclosure.count()) await disclosure.click();
  const form = page.getByRole("form", { name: "Record a verdict" });
  await form.getByLabel("Grade").selectOption("on_track");
  const warning = form.getByRole("status").filter({ hasText: "This reopens the claim" });
  await expect(warning).toBeVisible();
  await expect(warning).toContainText("takes it out of the hit rate");
  await expect(form.getByLabel("Grade")).toHaveAccessibleDescription(/This reopens the claim/);
  // Choosing another settled grade is not a reopening.
  await form.getByLabel("Grade").selectOption("refuted");
  await expect(warning).toBeHidden();
  await form.getByLabel("Grade").selectOption("on_track");
  await form.getByLabel("Rationale").fill("Settled too soon: back to on track.");
  await form.getByRole("button", { name: "Record verdict" }).click();
  await expect.poll(async () => (await (await request.get(`/api/predictions/${regraded.predictionId}`)).json()).prediction.currentVerdict).toBe("on_track");
});

test("completing a review asks first, listing what is still ungraded, with the keyboard alone", async ({ page, request, browser, baseURL }) => {
  test.slow();
  await ensureOpenReview(request);
  // At least one claim is left ungraded for the confirm step to list.
  const [left] = await newClaims(request, "E2E left ungraded", 1);
  await page.goto(`/reviews/${YEAR}?claim=${left.id}`);
  const progress = page.getByText(/^\d+ of \d+ graded$/);
  const [graded, total] = ((await progress.textContent()) ?? "").match(/\d+/g)!.map(Number);
  const ungraded = total - graded;
  expect(ungraded).toBeGreaterThan(0);

  const open = page.getByRole("link", { name: "Complete review…" });
  await open.focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/[?&]confirm=complete/);
  const panel = page.getByRole("region", { name: `Complete the ${YEAR} review?` });
  await expect(panel.getByRole("heading", { name: `Complete the ${YEAR} review?` })).toBeFocused();
  await expect(panel).toContainText(`${ungraded === 1 ? "1 claim is" : `${ungraded.toLocaleString("en")} claims are`} still not graded in this review`);
  await expect(panel.getByTestId("ungraded-claims").getByRole("listitem").first()).toBeVisible();
  const completeAnyway = panel.getByRole("button", { name: `Complete anyway (${ungraded.toLocaleString("en")} carry over)` });
  await expect(completeAnyway).toBeVisible();
  await expectNoSeriousViolations(page);

  await test.step("“Review them now” goes to the first ungraded claim, and nothing was completed", async () => {
    await panel.getByRole("link", { name: "Review them now" }).click();
    await expect(page).toHaveURL(/[?&]show=ungraded/);
    await expect(page).not.toHaveURL(/confirm=/);
    await expect(page.getByRole("region", { name: "Current claim" })).toContainText("not yet graded in this review");
    const list = (await (await request.get("/api/reviews")).json()).reviews as { year: number; status: string }[];
    expect(list.find((r) => r.year === YEAR)?.status).toBe("open");
  });

  await test.step("the confirm step works without JavaScript too", async () => {
    const context = await browser.newContext({ baseURL, javaScriptEnabled: false, storageState: stateFile("admin") });
    const noJs = await context.newPage();
    await noJs.goto(`/reviews/${YEAR}`);
    await noJs.getByRole("link", { name: "Complete review…" }).click();
    await expect(noJs.getByRole("button", { name: /^Complete anyway \(\d[\d,]* carry over\)$/ })).toBeVisible();
    await context.close();
  });

  await test.step("“Complete anyway” from the keyboard completes and seals it", async () => {
    await page.goto(`/reviews/${YEAR}?confirm=complete`);
    await expect(completeAnyway).toBeVisible();
    await completeAnyway.focus();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { name: `Scorecard at the ${YEAR} review` })).toBeVisible();
    await expect(page.getByTestId("review-hash")).toHaveText(/^[0-9a-f]{64}$/);
  });
});

test("the completed review shows the regrade as reopened, and its page, report and API agree", async ({ page, request }) => {
  const api = (await (await request.get(`/api/reviews/${YEAR}`)).json()).review;
  expect(api.status).toBe("completed");
  const summary = api.summary;

  await test.step("the regraded claim is in the reopened group, not moved towards refuted", async () => {
    await page.goto(`/reviews/${YEAR}?changed=reopened`);
    const table = page.getByTestId("review-snapshot");
    const row = table.getByRole("row").filter({ has: page.getByRole("link", { name: regraded.statement }) });
    await expect(row).toContainText("⟲ reopened (left the hit rate)");
    await page.goto(`/reviews/${YEAR}?changed=down`);
    await expect(page.getByRole("region", { name: "The snapshot" }).getByRole("link", { name: regraded.statement })).toHaveCount(0);
    expect(summary.changes.reopened).toBeGreaterThanOrEqual(1);
  });

  await page.goto(`/reviews/${YEAR}`);
  const figure = async (name: string) => {
    const el = page.locator(`[data-figure="${name}"]`);
    const count = await el.getAttribute("data-count");
    return Number((count ?? (await el.textContent()) ?? "").replace(/[,%\s]/g, ""));
  };
  const shown = {
    inSnapshot: await figure("inSnapshot"),
    graded: await figure("graded"),
    needingVerdict: await figure("needingVerdict"),
    carriedOver: await figure("carriedOver"),
    hitRate: await figure("hitRate"),
    moved: await figure("moved"),
    up: await figure("up"),
    down: await figure("down"),
    sideways: await figure("sideways"),
    reopened: await figure("reopened"),
    newClaims: await figure("newClaims"),
    firstVerdicts: await figure("firstVerdicts"),
    unchanged: await figure("unchanged"),
  };
  const fromApi = {
    ...summary.claims,
    hitRate: summary.hitRate.rate === null ? null : Math.round(summary.hitRate.rate * 100),
    moved: summary.changes.moved,
    up: summary.changes.up,
    down: summary.changes.down,
    sideways: summary.changes.sideways,
    reopened: summary.changes.reopened,
    newClaims: summary.changes.newClaims,
    firstVerdicts: summary.changes.firstVerdicts,
    unchanged: summary.changes.unchanged,
  };
  const md = await (await request.get(`/reviews/${YEAR}/report.md`)).text();
  expect(shown).toEqual(fromApi);
  expect(reportFigures(md, PREVIOUS)).toEqual(fromApi);
  // The header is truthful: the claims graded in this review, not every claim in the snapshot.
  expect(fromApi.graded).toBeLessThan(fromApi.inSnapshot);
  expect(md).toContain(`${fromApi.graded.toLocaleString("en")} of ${fromApi.needingVerdict.toLocaleString("en")} claims needing a verdict graded in this review`);
  await expectNoSeriousViolations(page);
});

test.describe("signed out", () => {
  test.use({ storageState: ANONYMOUS });
  test("the completed review's summary is public to read, as the API's", async ({ page, request }) => {
    await page.goto(`/reviews/${YEAR}`);
    await expect(page.getByTestId("review-summary")).toBeVisible();
    const api = (await (await request.get(`/api/reviews/${YEAR}`)).json()).review;
    await expect(page.locator('[data-figure="inSnapshot"]')).toHaveText(api.summary.claims.inSnapshot.toLocaleString("en"));
  });
});
