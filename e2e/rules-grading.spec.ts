import { expect, test } from "@playwright/test";
import { GRADES, GRADE_LABELS } from "../lib/domain";
import { expectNoSeriousViolations } from "./fixtures/axe";
import { YEAR, addVerdict, ensureOpenReview, newClaims } from "./fixtures/reviews";

// Fast grading in a yearly review (issue 14): focus starts on the grade, 1–7 pick a grade,
// Ctrl/⌘+Enter records, s skips, ? shows the key sheet, and credence is typed as a percentage.
// Named to run after reviews.spec.ts, which needs this year's review not to exist yet: this
// spec opens it (or reopens it) and leaves it open for rules-review.spec.ts.
test.describe.configure({ mode: "serial" });

type ApiVerdict = { grade: string; credence: number | null; rationale: string };
const verdictsOf = async (request: import("@playwright/test").APIRequestContext, id: string): Promise<ApiVerdict[]> =>
  (await (await request.get(`/api/predictions/${id}/verdicts`)).json()).verdicts;

test("a reviewer grades three claims with the keyboard alone, typing credences as percentages", async ({ page, request }) => {
  test.slow(); // three server round trips, an axe scan with the key sheet open
  await ensureOpenReview(request);
  const claims = await newClaims(request, "E2E keys", 3);
  // The first claim already has an interim verdict: its credence is the starting point.
  await addVerdict(request, claims[0].id, "too_early", 0.6);

  await page.goto(`/reviews/${YEAR}?claim=${claims[0].id}`);
  const current = page.getByRole("region", { name: "Current claim" });
  const form = page.getByRole("form", { name: "Record a verdict" });
  const grade = form.getByLabel("Grade");
  const credence = form.getByLabel("Credence (%)");
  await expect(current.getByRole("heading", { level: 2 })).toHaveText(claims[0].statement);
  // Focus starts on the grade; the credence starts at the previous verdict's, as a percentage.
  await expect(grade).toBeFocused();
  await expect(credence).toHaveValue("60");
  // Each grade option carries its number and a one-line description.
  await expect(grade.locator("option")).toHaveText(["Choose…", ...GRADES.map((g, i) => new RegExp(`^${i + 1} · ${GRADE_LABELS[g]} — \\w+: .+`))]);

  await test.step("? opens the key sheet, a dialog that Escape closes", async () => {
    await page.keyboard.press("?");
    const sheet = page.getByRole("dialog", { name: "Keyboard shortcuts" });
    await expect(sheet).toBeVisible();
    await expect(sheet).toContainText("pick a grade");
    await expect(sheet.getByRole("button", { name: "Close" })).toBeFocused();
    await expectNoSeriousViolations(page);
    await page.keyboard.press("Escape");
    await expect(sheet).toBeHidden();
    await grade.focus();
  });

  const plan = [
    { key: "3", grade: "on_track", credence: "85", expected: 0.85 }, // typed over the previous 60
    { key: "5", grade: "off_track", credence: "0.3", expected: 0.3 },
    { key: "4", grade: "too_early", credence: "40%", expected: 0.4 },
  ] as const;
  for (const [i, step] of plan.entries()) {
    await test.step(`claim ${i + 1}: ${step.key} grades it ${GRADE_LABELS[step.grade]}, Ctrl+Enter records it`, async () => {
      await expect(current.getByRole("heading", { level: 2 })).toHaveText(claims[i].statement);
      await expect(grade).toBeFocused();
      await page.keyboard.press(step.key);
      await expect(grade).toHaveValue(step.grade);
      await expect(form.getByText(/^(Final|Interim): /)).toBeVisible();
      // Tab to the rationale and type: letters and digits typed there are text, not keys.
      await page.keyboard.press("Tab");
      await expect(form.getByLabel("Rationale")).toBeFocused();
      await page.keyboard.type(`Graded with keys 1 s j k ? as ${step.grade}.`);
      await expect(grade).toHaveValue(step.grade);
      await expect(page).toHaveURL(new RegExp(`[?&]claim=${claims[i].id}`));
      await page.keyboard.press("Tab");
      await expect(credence).toBeFocused();
      await page.keyboard.type(step.credence);
      await page.keyboard.press("Control+Enter");
      await expect(page.getByText(`Verdict recorded for “${claims[i].statement}”.`)).toBeVisible();
    });
  }

  await test.step("the three verdicts are stored with the grades and credences typed", async () => {
    for (const [i, step] of plan.entries()) {
      const [latest] = await verdictsOf(request, claims[i].id);
      expect(latest).toMatchObject({ grade: step.grade, credence: step.expected, rationale: `Graded with keys 1 s j k ? as ${step.grade}.` });
    }
  });

  await test.step("s skips the claim on screen, recording nothing", async () => {
    const before = new URL(page.url()).searchParams.get("claim");
    await expect(grade).toBeFocused();
    await page.keyboard.press("s");
    await expect(page).not.toHaveURL(new RegExp(`[?&]claim=${before}(&|$)`));
    await expect(page.getByRole("form", { name: "Record a verdict" }).getByLabel("Grade")).toBeFocused();
  });
});

test("a credence the form cannot read is explained next to the field, and what was typed stays", async ({ page, request }) => {
  await ensureOpenReview(request);
  const [claim] = await newClaims(request, "E2E credence", 1);
  await page.goto(`/reviews/${YEAR}?claim=${claim.id}`);
  const form = page.getByRole("form", { name: "Record a verdict" });
  await form.getByLabel("Grade").selectOption("on_track");
  await form.getByLabel("Rationale").fill("Checking the credence field.");
  await expect(form.getByLabel("Credence (%)")).toHaveAccessibleDescription(/85, 85 % and 0\.85 all mean 85 %/);
  await form.getByLabel("Credence (%)").fill("150");
  await form.getByRole("button", { name: "Record verdict" }).click();
  await expect(form.getByLabel("Credence (%)")).toHaveAccessibleDescription(/between 0 and 100 %/);
  await expect(form.getByLabel("Credence (%)")).toHaveValue("150");
  expect(await (await request.get(`/api/predictions/${claim.id}/verdicts`)).json()).toMatchObject({ total: 0 });
  // "85" is 85 %.
  await form.getByLabel("Credence (%)").fill("85");
  await form.getByRole("button", { name: "Record verdict" }).click();
  await expect(page.getByText(`Verdict recorded for “${claim.statement}”.`)).toBeVisible();
  expect((await verdictsOf(request, claim.id))[0]).toMatchObject({ grade: "on_track", credence: 0.85 });
});
