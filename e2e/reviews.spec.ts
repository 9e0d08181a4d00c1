import { readFile } from "node:fs/promises";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { GRADE_LABELS, type Grade } from "../lib/domain";
import { DIRECTION_LABELS, gradeDirection } from "../lib/reviews";
import { ANONYMOUS, stateFile, tokenFor } from "./fixtures/accounts";
import { CHART_SVG } from "./fixtures/claims";
import { expectNoSeriousViolations } from "./fixtures/axe";

// The suite's database starts with seeded, completed reviews for earlier years; these tests
// run this year's review from start to finish, so they run in order and share its state.
test.describe.configure({ mode: "serial" });

const YEAR = new Date().getUTCFullYear();
/** Opening a review over the API takes an editor. */
const asEditor = () => ({ authorization: `Bearer ${tokenFor("editor")}` });

type ApiReview = {
  year: number;
  status: string;
  openedOn: string;
  completedOn: string | null;
  graded: number;
  total: number;
  isSeeded: boolean;
};

async function listReviews(request: APIRequestContext): Promise<ApiReview[]> {
  const res = await request.get("/api/reviews");
  expect(res.status()).toBe(200);
  return (await res.json()).reviews;
}

/** Each claim's grade in the latest completed review before this year's, which "what changed" compares with. */
async function lastReviewGrades(request: APIRequestContext): Promise<{ year: number; grades: Map<string, Grade | null> }> {
  const last = (await listReviews(request)).filter((r) => r.status === "completed" && r.year < YEAR).sort((a, b) => b.year - a.year)[0];
  expect(last, "a completed review from an earlier year (the seed makes three)").toBeDefined();
  // The seeded reviews hold a few dozen claims: one page of the API's entries holds them all.
  const body = await (await request.get(`/api/reviews/${last.year}?limit=500`)).json();
  expect(body.nextCursor, "every entry of that review on one page").toBeNull();
  const { review } = body;
  return {
    year: last.year,
    grades: new Map(review.entries.map((e: { predictionId: string; grade: Grade | null }) => [e.predictionId, e.grade])),
  };
}

const LABEL_TO_GRADE = new Map(Object.entries(GRADE_LABELS).map(([g, label]) => [label, g as Grade]));

/** A non-final grade that differs from every grade given, so the claim's grade visibly moves. */
function gradeOtherThan(...grades: (Grade | null | undefined)[]): Grade {
  return (["partly", "off_track", "on_track", "too_early"] as const).find((g) => !grades.includes(g))!;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

test("the reviews page explains reviews and lists the seeded ones", async ({ page, request, browser, baseURL }) => {
  // Three browser contexts and an axe scan.
  test.slow();
  const before = await listReviews(request);
  expect(before.find((r) => r.status === "open"), "no review is open before this spec").toBeUndefined();
  expect(before.find((r) => r.year === YEAR), `no ${YEAR} review exists before this spec`).toBeUndefined();

  await page.goto("/reviews");
  await expect(page.getByRole("heading", { level: 1, name: "Yearly reviews" })).toBeVisible();
  await expect(page.getByText(/Once a year, every claim that still needs a verdict/)).toBeVisible();
  const list = page.getByRole("table", { name: "Every review, newest first" });
  for (const r of before) {
    const row = list.getByRole("row").filter({ has: page.getByRole("link", { name: `${r.year} review` }) });
    await expect(row).toContainText(r.status === "open" ? "Open" : "Completed");
    await expect(row).toContainText(`${r.graded} of ${r.total} graded`);
    if (r.isSeeded) await expect(row).toContainText("Seeded");
  }
  await expect(page.getByRole("button", { name: `Start the ${YEAR} review` })).toBeVisible();
  await expectNoSeriousViolations(page);

  await test.step("starting a review takes an editor: a viewer is told so, a visitor is asked to sign in", async () => {
    for (const role of ["viewer", "anonymous"] as const) {
      const context = await browser.newContext({ baseURL, storageState: role === "viewer" ? stateFile("viewer") : ANONYMOUS });
      const other = await context.newPage();
      await other.goto("/reviews");
      const section = other.getByRole("region", { name: "This year’s review" });
      await expect(section).toBeVisible();
      await expect(section.getByRole("button", { name: `Start the ${YEAR} review` })).toHaveCount(0);
      if (role === "viewer") await expect(section).toContainText(`Your role (viewer) can read but not start the ${YEAR} review.`);
      else await expect(section.getByRole("link", { name: "Sign in" })).toHaveAttribute("href", "/sign-in?next=%2Freviews");
      await context.close();
    }
    expect((await listReviews(request)).find((r) => r.year === YEAR)).toBeUndefined();
  });
});

test("a reviewer runs this year's review with the keyboard, skips a claim, completes it and downloads the report", async ({
  page,
  request,
}) => {
  // A whole review in one go: a dozen server round trips and two axe scans.
  test.slow();
  const last = await lastReviewGrades(request);

  await page.goto("/reviews");
  await page.getByRole("button", { name: `Start the ${YEAR} review` }).click();
  await expect(page).toHaveURL(new RegExp(`/reviews/${YEAR}$`));
  await expect(page.getByRole("heading", { level: 1, name: `${YEAR} review` })).toBeVisible();

  const progressLabel = page.getByText(/^\d+ of \d+ graded$/);
  await expect(progressLabel).toHaveText(/^0 of \d+ graded$/);
  const total = Number((await progressLabel.textContent())!.split(" of ")[1].split(" ")[0]);
  expect(total, "enough claims to grade two and skip one").toBeGreaterThanOrEqual(4);
  await expect(page.getByRole("progressbar", { name: `0 of ${total} graded` })).toHaveAttribute("max", String(total));

  await test.step("only one review can be open, and this year's exists now", async () => {
    const other = await request.post("/api/reviews", { data: { year: 2022 }, headers: asEditor() });
    expect(other.status()).toBe(409);
    expect((await other.json()).error.code).toBe("review_open");
    await page.goto("/reviews");
    await expect(page.getByRole("button", { name: /^Start the/ })).toHaveCount(0);
    await page.getByRole("link", { name: `continue the ${YEAR} review` }).click();
    await expect(page.getByRole("heading", { level: 1, name: `${YEAR} review` })).toBeVisible();
  });

  const queue = page.getByRole("navigation", { name: "Claims in this review" });
  const current = page.getByRole("region", { name: "Current claim" });
  const heading = current.getByRole("heading", { level: 2 });
  const form = page.getByRole("form", { name: "Record a verdict" });
  // The queue shows 50 claims a page; this review's first page.
  await expect(queue.getByRole("link")).toHaveCount(Math.min(total, 50));
  const ids = await Promise.all(
    (await queue.getByRole("link").all()).map(async (a) => new URL((await a.getAttribute("href"))!, "http://x").searchParams.get("claim")!),
  );
  const statements = await queue.getByRole("link").allTextContents();
  const queueItem = (i: number) => queue.getByRole("listitem").filter({ has: page.getByRole("link", { name: statements[i], exact: true }) });
  const expectOnClaim = async (i: number) => {
    await expect(page).toHaveURL(new RegExp(`[?&]claim=${ids[i]}(&|$)`));
    await expect(heading).toHaveText(statements[i]);
    await expect(queue.getByRole("link", { name: statements[i], exact: true })).toHaveAttribute("aria-current", "step");
  };

  // The review opens on the first claim not yet graded: nothing is graded yet.
  await expect(heading).toHaveText(statements[0]);
  await expect(page.getByRole("heading", { name: `Evidence since the last review (${last.year})` })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Older evidence" })).toBeVisible();
  await expect(page.getByText(/^Keys: 1–7 grade, Ctrl \+ Enter records, s skips, j \/ → next, k \/ ← previous/)).toBeVisible();
  await expectNoSeriousViolations(page);

  const chosen: Grade[] = [];
  async function grade(i: number, submitWithKeyboard: boolean) {
    const previousLabel = (await current.getByTestId("previous-verdict").textContent()) ?? "";
    const previous = [...LABEL_TO_GRADE].find(([label]) => previousLabel.includes(label))?.[1];
    const g = gradeOtherThan(previous, last.grades.get(ids[i]));
    chosen[i] = g;
    await form.getByLabel("Grade").selectOption(g);
    await form.getByLabel("Credence (%)").fill("40");
    await form.getByLabel("Rationale").fill(`Graded in the ${YEAR} e2e review.`);
    const submit = form.getByRole("button", { name: "Record verdict" });
    if (submitWithKeyboard) await submit.press("Enter");
    else await submit.click();
  }
  const focusBody = () => page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());

  await test.step("grade the first claim; the review moves on to the next one to grade", async () => {
    await grade(0, false);
    await expectOnClaim(1);
    await expect(progressLabel).toHaveText(`1 of ${total} graded`);
    await expect(page.getByText(`Verdict recorded for “${statements[0]}”.`)).toBeVisible();
    await expect(queueItem(0)).toContainText(`Graded: ${GRADE_LABELS[chosen[0]]}`);
  });

  await test.step("move between claims with j / k and the arrow keys", async () => {
    await focusBody();
    await page.keyboard.press("j");
    await expectOnClaim(2);
    await page.keyboard.press("k");
    await expectOnClaim(1);
    await page.keyboard.press("ArrowRight");
    await expectOnClaim(2);
    await page.keyboard.press("ArrowLeft");
    await expectOnClaim(1);
    // Typing in a field is left alone.
    await form.getByLabel("Rationale").pressSequentially("jk");
    await expectOnClaim(1);
    await expect(page.getByRole("link", { name: "Next claim" })).toHaveAttribute("aria-keyshortcuts", "j ArrowRight");
  });

  await test.step("grade the second claim from the keyboard", async () => {
    await grade(1, true);
    await expectOnClaim(2);
    await expect(progressLabel).toHaveText(`2 of ${total} graded`);
  });

  await test.step("skip the third claim: nothing is recorded", async () => {
    await page.getByRole("link", { name: "Skip this claim" }).click();
    await expectOnClaim(3);
    await expect(progressLabel).toHaveText(`2 of ${total} graded`);
    await expect(queueItem(2)).toContainText("Not yet graded");
    await expect(queueItem(1)).toContainText(`Graded: ${GRADE_LABELS[chosen[1]]}`);
  });

  await test.step("complete the review, through its confirm step", async () => {
    await page.getByRole("link", { name: "Complete review…" }).click();
    const confirm = page.getByRole("region", { name: `Complete the ${YEAR} review?` });
    await expect(confirm).toContainText(`${total - 2} claims are still not graded in this review`);
    await confirm.getByRole("button", { name: `Complete anyway (${total - 2} carry over)` }).click();
    await expect(page).toHaveURL(new RegExp(`/reviews/${YEAR}$`));
    await expect(page.getByRole("heading", { level: 1, name: `${YEAR} review` })).toBeVisible();
    await expect(page.getByRole("heading", { name: `Scorecard at the ${YEAR} review` })).toBeVisible();
  });

  await test.step("the completed review shows its seal, chained to the last review's, as the verify API recomputes it", async () => {
    const res = await request.get("/api/reviews/verify");
    expect(res.status()).toBe(200);
    const { reviews } = (await res.json()) as { reviews: { year: number; hash: string | null; previousHash: string | null; ok: boolean }[] };
    const sealed = reviews.find((r) => r.year === YEAR);
    const previous = reviews.find((r) => r.year === last.year);
    expect(sealed, `the ${YEAR} review verifies`).toMatchObject({ ok: true, hash: expect.stringMatching(/^[0-9a-f]{64}$/), previousHash: previous?.hash });
    const seal = page.getByRole("region", { name: "Seal" });
    await expect(seal.getByTestId("review-hash")).toHaveText(sealed!.hash!);
    await expect(seal.getByTestId("review-previous-hash")).toHaveText(previous!.hash!);
    await expect(seal.getByRole("link", { name: "/api/reviews/verify" })).toBeVisible();
  });

  const quotes: string[] = [];
  await test.step("see what changed since the last review", async () => {
    await expect(page.getByRole("heading", { name: `What changed since the ${last.year} review` })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Verdict mix at each review" })).toBeVisible();
    await expect(page.locator(CHART_SVG)).toHaveCount(1);
    await expect(page.getByRole("table", { name: `Every claim in the ${YEAR} snapshot` })).toBeVisible();
    for (const i of [0, 1]) {
      // The snapshot's filters, in the URL: the claims whose grade moved, now graded as chosen.
      // A claim added since the last review (other specs add some) is in the "new" group, and
      // one that had no verdict then in the "first verdict" group: neither is a grade move.
      const inLast = last.grades.has(ids[i]);
      const before = last.grades.get(ids[i]) ?? null;
      const [label, changed] = !inLast ? ["New since the last review", "new"] : before === null ? ["First verdict", "first"] : ["Grade moved (any direction)", "1"];
      const filters = page.getByRole("search", { name: "Filter the snapshot" });
      await filters.getByLabel("Verdict").selectOption(chosen[i]);
      await filters.getByLabel(`Since the ${last.year} review`).selectOption({ label });
      await filters.getByRole("button", { name: "Apply" }).click();
      await expect(page).toHaveURL(new RegExp(`[?&]changed=${changed}(&|#|$)`));
      await expect(page).toHaveURL(new RegExp(`[?&]grade=${chosen[i]}(&|#|$)`));
      const moved = page.getByRole("table", { name: /^Claims (whose grade moved|new since|that got their first verdict)/ });
      const row = moved.getByRole("row").filter({ has: page.getByRole("link", { name: statements[i], exact: true }) });
      if (before !== null) await expect(row).toContainText(GRADE_LABELS[before]);
      await expect(row).toContainText(GRADE_LABELS[chosen[i]]);
      await expect(row).toContainText(DIRECTION_LABELS[inLast ? gradeDirection(before, chosen[i]) : "new"]);
      quotes[i] = ((await row.getByRole("cell").first().textContent()) ?? "").replace(/^“|”$/g, "");
      // The skipped claim kept its grade, so it did not move.
      await expect(moved.getByRole("link", { name: statements[2], exact: true })).toHaveCount(0);
    }
    await expectNoSeriousViolations(page);
  });

  await test.step("download the Markdown report", async () => {

    const downloading = page.waitForEvent("download");
    await page.getByRole("link", { name: "Download the Markdown report" }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe(`review-${YEAR}.md`);
    const markdown = await readFile((await download.path())!, "utf8");
    const lines = markdown.split("\n");
    expect(lines[0]).toBe(`# ${YEAR} review`);
    expect(lines.some((l) => l.startsWith("| Claim |"))).toBe(true);
    for (const [i, quote] of quotes.entries()) {
      expect(quote.length).toBeGreaterThan(10);
      const row = lines.find((l) => l.startsWith(`| “${quote}”`));
      expect(row, `a report row for “${quote}”`).toBeDefined();
      expect(row).toMatch(new RegExp(`\\*\\*${escape(GRADE_LABELS[chosen[i]])}\\*\\*`));
    }
  });
});

test("the reviews API refuses a year that exists and lists every review", async ({ request }) => {
  for (const year of [2025, YEAR]) {
    const res = await request.post("/api/reviews", { data: { year }, headers: asEditor() });
    expect(res.status()).toBe(409);
    const body = await res.json();
    expect(body.error.code).toBe("review_exists");
    expect(typeof body.error.message).toBe("string");
  }

  const reviews = await listReviews(request);
  expect(reviews.map((r) => r.year)).toEqual(expect.arrayContaining([YEAR, 2025, 2024, 2023]));
  for (const r of reviews) {
    expect(r).toEqual(
      expect.objectContaining({ year: expect.any(Number), status: expect.stringMatching(/^(open|completed)$/), graded: expect.any(Number), total: expect.any(Number) }),
    );
    expect(r.openedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(r.graded).toBeLessThanOrEqual(r.total);
  }
  const ours = reviews.find((r) => r.year === YEAR)!;
  expect(ours.status).toBe("completed");
  expect(ours.completedOn).toBe(new Date().toISOString().slice(0, 10));
  expect(ours.graded).toBe(2);
});
