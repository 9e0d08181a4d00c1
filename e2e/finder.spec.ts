import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { expect, test, type Page } from "@playwright/test";
import { listClaims, unique } from "./fixtures/claims";
import { expectNoSeriousViolations } from "./fixtures/axe";

const FIXTURE = readFileSync(
  path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../tests/fixtures/finder/health-forum-remarks.txt"),
  "utf8",
);

async function pasteAndFind(page: Page, title: string) {
  await page.goto("/sources/new/find");
  await expect(page.getByRole("heading", { level: 1, name: "Find claims in a text" })).toBeVisible();
  const form = page.getByRole("form", { name: "Text and source" });
  await form.getByLabel("Title").fill(title);
  await form.getByLabel("Author").fill("A. Health Officer");
  await form.getByLabel("URL").fill("https://example.org/remarks");
  await form.getByLabel("Date published").fill("2021-11-02");
  await form.getByLabel("Kind").selectOption("talk");
  await form.getByLabel("Format").selectOption("text");
  await form.getByLabel("Text", { exact: true }).fill(FIXTURE);
  await form.getByRole("button", { name: "Find claims" }).click();
  await expect(form.getByRole("status").filter({ hasText: "candidate claims found" })).toBeVisible();
}

test("a curator goes from a pasted text to saved claims without typing a quote", async ({ page, request }) => {
  const title = unique("Finder remarks");
  await pasteAndFind(page, title);
  const list = page.getByRole("list").filter({ has: page.getByRole("button", { name: /^Accept:/ }).first() });

  // The best candidate is current: move its start one word later ("First, I expect …" → "I expect …").
  await expect(page.getByRole("button", { name: "Accept: First, I expect our region to reach the 95% measles targ" })).toBeVisible();
  await page.getByRole("button", { name: "Start one word later" }).click();
  const adjusted = "I expect our region to reach the 95% measles target by 2026.";
  await expect(list.getByRole("blockquote").filter({ hasText: adjusted }).first()).toHaveText(adjusted);
  // The text highlights the adjusted quote in place.
  await expect(page.locator("mark", { hasText: adjusted })).toHaveText(adjusted);

  // Accept it and the next one by button, the third with the keyboard (j, j, a).
  await page.getByRole("button", { name: /^Accept: I expect our region/ }).click();
  await page.getByRole("button", { name: /^Accept: We are going to be short/ }).click();
  await page.keyboard.press("j");
  await page.keyboard.press("j");
  await page.keyboard.press("a");
  const third = page.getByRole("button", { name: /^Accept: Third, and this is the hopeful part/ });
  await expect(third).toHaveAttribute("aria-pressed", "true");

  await page.getByRole("button", { name: "Save source and 3 claims" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();

  const quotes = [
    adjusted,
    "We are going to be short of at least 300 nurses next year, and the gap will not close before 2028 unless training places double.",
    "Third, and this is the hopeful part: deaths from heart disease should fall by a further 10% in the next decade, mostly thanks to cheaper blood-pressure drugs and fewer smokers.",
  ];
  const saved = (await listClaims(request)).filter((c) => quotes.includes(c.quote));
  expect(saved.map((c) => c.quote).sort()).toEqual([...quotes].sort());
  const nurses = saved.find((c) => c.quote === quotes[1])!;
  expect(nurses.horizon).toEqual({ from: 2022, to: 2022 });

  // The claim page shows the quote in the text around it.
  await page.goto(`/predictions/${saved.find((c) => c.quote === adjusted)!.id}`);
  await page.getByText("Show in context").click();
  const context = page.locator("details").filter({ hasText: "Show in context" });
  await expect(context.locator("mark")).toHaveText(adjusted);
  await expect(context).toContainText("First, I expect our region");
});

test("the finder page passes an accessibility scan, before and after finding", async ({ page }) => {
  await page.goto("/sources/new/find");
  await expectNoSeriousViolations(page);
  await pasteAndFind(page, unique("Finder a11y"));
  await expectNoSeriousViolations(page);
});

test("a claim the finder missed is added by selecting text, snapped to whole words", async ({ page }) => {
  await pasteAndFind(page, unique("Finder selection"));
  const region = page.getByRole("region", { name: "The text, with candidates highlighted" });
  // Select from inside "Honestly" to inside "knows": the quote snaps to whole words.
  await region.evaluate((root) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent!.indexOf("Honestly, nobody knows when.");
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at + 3);
      range.setEnd(node, at + "Honestly, nobody kn".length);
      window.getSelection()!.removeAllRanges();
      window.getSelection()!.addRange(range);
      return;
    }
    throw new Error("text not found");
  });
  await page.getByRole("button", { name: "Add selected text as a claim" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Added “Honestly, nobody knows” as a claim." })).toBeVisible();
  await expect(page.getByRole("article", { name: /^Added by hand: Honestly, nobody knows$/ })).toBeVisible();
  await expect(page.getByRole("button", { name: "Save source and 1 claim" })).toBeEnabled();
});
