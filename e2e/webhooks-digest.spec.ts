import { expect, test } from "@playwright/test";
import { expectNoSeriousViolations } from "./fixtures/axe";
import { listClaims, unique } from "./fixtures/claims";

// The address ends in .invalid, which never resolves: nothing this spec registers can reach a network.
test("an admin registers a webhook, sees its secret once, and deletes it; the page passes axe", async ({ page }) => {
  test.slow();
  const url = `https://hooks.example.invalid/${unique("e2e").replace(/\s+/g, "-")}`;
  await page.goto("/admin/webhooks");
  await expect(page.getByRole("heading", { level: 1, name: "Webhooks" })).toBeVisible();
  await page.getByLabel("URL").fill(url);
  await page.getByRole("checkbox", { name: /verdict\.recorded/ }).uncheck();
  await page.getByRole("button", { name: "Register webhook" }).click();
  await expect(page.getByRole("textbox", { name: `Signing secret for ${url}` })).toHaveValue(/^whsec_[0-9a-f]{64}$/);
  const row = page.getByRole("row", { name: new RegExp(url) });
  await expect(row).toContainText("evidence.created");
  await expect(row).not.toContainText("verdict.recorded");
  await expectNoSeriousViolations(page);
  await row.locator("summary", { hasText: "Delete…" }).click();
  await row.getByRole("button", { name: "Delete webhook" }).click();
  await expect(page.getByRole("row", { name: new RegExp(url) })).toHaveCount(0);
});

test("following a claim and opting in to the digest are undone as easily", async ({ page, request }) => {
  const [claim] = await listClaims(request);
  await page.goto(`/predictions/${claim.id}`);
  await page.getByRole("button", { name: "Follow", exact: true }).click();
  await expect(page.getByRole("button", { name: "Unfollow" })).toBeVisible();
  await page.getByRole("button", { name: "Unfollow" }).click();
  await expect(page.getByRole("button", { name: "Follow", exact: true })).toBeVisible();

  await page.goto("/account");
  await expect(page.getByText("Email is not configured on this server")).toBeVisible();
  const optIn = page.getByRole("checkbox", { name: "Email me the weekly digest" });
  await optIn.check();
  await page.getByRole("button", { name: "Save digest setting" }).click();
  await expect(page.getByText("Saved: you will get the weekly digest by email.")).toBeVisible();
  await expectNoSeriousViolations(page);
  await optIn.uncheck();
  await page.getByRole("button", { name: "Save digest setting" }).click();
  await expect(page.getByText("Saved: no weekly digest.")).toBeVisible();
});
