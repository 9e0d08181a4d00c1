import { expect, test } from "@playwright/test";
import { stateFile } from "./fixtures/accounts";
import { expectNoSeriousViolations } from "./fixtures/axe";
import { addVerdict, newClaims } from "./fixtures/reviews";

test.use({ storageState: stateFile("editor") });

test("an editor reopens a claim with a final verdict from its page, with a reason that is required and shown", async ({ page, request }) => {
  const [claim] = await newClaims(request, "Reopen", 1);
  await addVerdict(request, claim.id, "refuted", 0.1);

  await page.goto(`/predictions/${claim.id}`);
  await page.locator("summary", { hasText: "Reopen this claim" }).click();
  const form = page.getByRole("form", { name: "Reopen this claim" });
  await form.getByRole("button", { name: "Reopen claim" }).click();
  await expect(form.getByRole("textbox", { name: "Reason for reopening" })).toHaveAttribute("aria-invalid", "true");
  await expect(form.getByText("Reason is required")).toBeVisible();

  await form.getByRole("textbox", { name: "Reason for reopening" }).fill("A correction was published after the verdict.");
  await form.getByRole("button", { name: "Reopen claim" }).click();
  await expect(page.getByTestId("claim-reopened")).toContainText("A correction was published after the verdict.");
  await expect(page.getByText("Reopen this claim", { exact: true })).toHaveCount(0);
  await expectNoSeriousViolations(page);

  const detail = await (await request.get(`/api/predictions/${claim.id}`)).json();
  expect(detail.prediction.currentVerdict).toBe("refuted");
  // The next verdict settles the reopening.
  await addVerdict(request, claim.id, "refuted", 0.05);
  await page.reload();
  await expect(page.getByTestId("claim-reopened")).toHaveCount(0);
});
