import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { ANONYMOUS } from "./fixtures/accounts";
import { expectNoSeriousViolations } from "./fixtures/axe";
import { unique } from "./fixtures/claims";

/** A source with claims, made through the API as the signed-in admin. */
async function makeSourceWithClaims(request: APIRequestContext, statements: string[], tags: string[] = []) {
  const src = await request.post("/api/sources", {
    data: { title: unique("E2E admin source"), author: "C. Curator", url: "https://example.org/admin", publishedOn: "2024-02-01", kind: "report" },
  });
  expect(src.status()).toBe(201);
  const source = (await src.json()).source as { id: string; title: string };
  const claims: { id: string; statement: string }[] = [];
  for (const statement of statements) {
    const res = await request.post("/api/predictions", {
      data: { sourceId: source.id, quote: "This will probably happen.", statement, criteria: "It happens.", horizon: { from: 2024, to: 2027 }, tags },
    });
    expect(res.status()).toBe(201);
    claims.push({ id: (await res.json()).prediction.id, statement });
  }
  return { source, claims };
}

const auditRow = (page: Page, text: string | RegExp) => page.getByTestId("audit-rows").getByRole("row").filter({ hasText: text });

test("the audit log reads as sentences that link what they name, with the changed fields behind a disclosure", async ({ page, request }) => {
  const statement = unique("E2E audited claim");
  const { claims } = await makeSourceWithClaims(request, [statement]);
  const claim = claims[0];
  const title = unique("E2E audited evidence");
  const ev = await request.post(`/api/predictions/${claim.id}/evidence`, {
    data: { title, url: "https://example.org/ev", observedOn: "2025-01-15", stance: "supports", strength: "strong", summary: "Seen." },
  });
  expect(ev.status()).toBe(201);
  const evidenceId = (await ev.json()).evidence.id as string;
  const verdict = await request.post(`/api/predictions/${claim.id}/verdicts`, { data: { grade: "on_track", rationale: "Going well.", credence: 0.7 } });
  expect(verdict.status()).toBe(201);

  await page.goto("/admin");
  await page.getByRole("navigation", { name: "Admin" }).getByRole("link", { name: "Audit log" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Audit log" })).toBeVisible();

  const logged = auditRow(page, title);
  await expect(logged).toHaveCount(1);
  await expect(logged).toContainText(`E2E admin logged evidence “${title}” on claim “${statement}”`);
  await expect(logged.getByRole("link", { name: `“${title}”` })).toHaveAttribute("href", `/predictions/${claim.id}#ev-${evidenceId}`);
  await expect(logged.getByRole("link", { name: `“${statement}”` })).toHaveAttribute("href", `/predictions/${claim.id}`);
  // Raw JSON is gone; the changed fields open on demand.
  await expect(logged.getByRole("cell").filter({ hasText: /\{"/ })).toHaveCount(0);
  const diff = logged.locator("details");
  await logged.getByText(/fields? changed/).click();
  await expect(diff.getByRole("row", { name: /Title/ })).toContainText(title);
  await expect(diff.getByRole("row", { name: /Stance/ })).toContainText("supports");

  const graded = auditRow(page, `recorded a verdict: On track (credence 70%) on claim “${statement}”`);
  await expect(graded).toHaveCount(1);
  await graded.getByText(/fields? changed/).click();
  await expect(graded.getByRole("row", { name: /Grade/ })).toContainText("On track");
  await expectNoSeriousViolations(page);

  // The action code filters the log to that kind of row.
  await graded.getByRole("link", { name: "Show only verdict.create rows" }).click();
  await expect(page).toHaveURL(/action=verdict\.create/);
  await expect(page.getByLabel("Action")).toHaveValue("verdict.create");
});

test("/admin shows what the instance holds and where its reviews stand, with links", async ({ page }) => {
  await page.goto("/admin");
  const status = page.getByTestId("admin-status");
  for (const name of ["Claims", "Sources", "Evidence", "Verdicts", "Tags", "Users", "Reviews", "Link health"]) {
    await expect(status.getByRole("heading", { name, exact: true })).toBeVisible();
  }
  await expect(status.getByRole("region", { name: "Users" })).toContainText(/\d+ admins? · \d+ editors? · \d+ viewers?/);
  await expect(status.getByRole("region", { name: "Reviews" })).toContainText(/Last completed: \d{4} review/);
  await expect(page.getByRole("link", { name: "Link health" }).first()).toHaveAttribute("href", "/admin/links");
  await status.getByRole("link", { name: "All claims" }).click();
  await expect(page).toHaveURL(/\/predictions$/);
  await page.goto("/admin");
  await expectNoSeriousViolations(page);
});

test("tags are renamed in place and deleted from a row menu, with a reason and a confirmation when in use", async ({ page, request }) => {
  const name = unique("e2e row tag").toLowerCase();
  const renamed = `${name} renamed`;
  const { claims } = await makeSourceWithClaims(request, [unique("E2E tagged claim")], [name]);

  await page.goto("/tags");
  const tags = page.getByTestId("tag-list");
  const row = tags.getByRole("row").filter({ has: page.getByRole("link", { name, exact: true }) });
  await expect(row.getByRole("cell").first()).toHaveText("1");

  // The menu works from the keyboard: ↓ opens it on the first item, Escape closes it and returns focus.
  const menuButton = tags.getByRole("button", { name: `Actions for “${name}”` });
  await menuButton.focus();
  await page.keyboard.press("ArrowDown");
  await expect(page.getByRole("menuitem", { name: "Rename" })).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await expect(page.getByRole("menuitem", { name: "Merge into…" })).toBeFocused();
  await expectNoSeriousViolations(page);
  await page.keyboard.press("Escape");
  await expect(page.getByRole("menu")).toHaveCount(0);
  await expect(menuButton).toBeFocused();

  await page.keyboard.press("Enter");
  await page.getByRole("menuitem", { name: "Rename" }).click();
  const rename = tags.getByRole("form", { name: `Rename “${name}”` });
  await expect(rename.getByLabel(`New name for “${name}”`)).toBeFocused();
  await rename.getByLabel(`New name for “${name}”`).fill(renamed);
  await page.keyboard.press("Enter");
  await expect(tags.getByRole("status").filter({ hasText: `Renamed “${name}” to “${renamed}”.` })).toBeVisible();
  await expect(tags.getByRole("link", { name: renamed, exact: true })).toBeVisible();

  await tags.getByRole("button", { name: `Actions for “${renamed}”` }).click();
  await page.getByRole("menuitem", { name: "Delete…" }).click();
  const del = tags.getByRole("form", { name: `Delete “${renamed}”` });
  await expect(del).toContainText("It is on 1 claim.");
  await del.getByLabel("Reason for deleting").fill("Too vague to group anything");
  await del.getByRole("button", { name: "Delete tag" }).click();
  // Not ticked: refused next to the box, and nothing deleted.
  await expect(del.getByLabel("Unlink it from 1 claim and delete it")).toHaveAccessibleDescription(/on 1 claim; confirm/);
  await expect(tags.getByRole("link", { name: renamed, exact: true })).toBeVisible();
  await expectNoSeriousViolations(page);
  await del.getByLabel("Unlink it from 1 claim and delete it").check();
  await del.getByRole("button", { name: "Delete tag" }).click();
  await expect(page.getByRole("status").filter({ hasText: `Deleted the tag “${renamed}”; it was unlinked from 1 claim.` })).toBeVisible();
  await expect(tags.getByRole("link", { name: renamed, exact: true })).toHaveCount(0);
  const claim = await request.get(`/api/predictions/${claims[0].id}`);
  expect((await claim.json()).prediction.tags).toEqual([]);

  await page.goto("/admin/audit?action=tag.delete");
  const row2 = auditRow(page, `deleted the tag “${renamed}”, unlinking it from 1 claim`);
  await expect(row2).toContainText("Reason: Too vague to group anything");
});

test("a source is edited with a reason; its history shows the change and the audit log names it", async ({ page, request }) => {
  const { source } = await makeSourceWithClaims(request, [unique("E2E source claim")]);
  const newTitle = unique("E2E corrected title");

  await page.goto(`/sources/${source.id}`);
  await page.getByRole("link", { name: "Edit source" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Edit source" })).toBeVisible();
  const form = page.getByRole("form", { name: "Edit the source" });
  await expect(form.getByLabel("Title")).toHaveValue(source.title);
  await form.getByLabel("Title").fill(newTitle);
  await form.getByRole("button", { name: "Save changes" }).click();
  await expect(form.getByLabel("Reason for the change")).toHaveAccessibleDescription(/Reason is required/);
  await expect(form.getByLabel("Title")).toHaveValue(newTitle);
  await expectNoSeriousViolations(page);

  await form.getByLabel("Reason for the change").fill("The report's title was abbreviated");
  await form.getByRole("button", { name: "Save changes" }).click();
  await expect(form.getByRole("status")).toContainText("Saved: title changed.");
  const history = page.getByTestId("revision-history");
  await expect(history.getByRole("listitem")).toHaveCount(1);
  await expect(history).toContainText("Reason: The report's title was abbreviated");
  const change = history.getByRole("row", { name: /Title/ });
  await expect(change.getByRole("cell").first()).toHaveText(source.title);
  await expect(change.getByRole("cell").last()).toHaveText(newTitle);

  await page.getByRole("link", { name: "← Back to the source" }).click();
  await expect(page.getByRole("heading", { level: 1, name: newTitle })).toBeVisible();

  await page.goto("/admin/audit?action=source.edit");
  const row = auditRow(page, `edited source “${newTitle}”: title`);
  await expect(row.getByRole("link", { name: `“${newTitle}”` })).toHaveAttribute("href", `/sources/${source.id}`);
});

test("the Part of picker finds a parent by search, the same source first, from the keyboard", async ({ page, request }) => {
  const parent = unique("E2E picker parent");
  const child = unique("E2E picker child");
  const { claims } = await makeSourceWithClaims(request, [parent, child]);

  await page.goto(`/predictions/${claims[1].id}/edit`);
  const form = page.getByRole("form", { name: "Parent claim" });
  const box = form.getByRole("combobox", { name: "Part of" });
  await expect(form).toContainText("Chosen: none (a top-level claim)");
  await box.fill(parent.slice(0, 20));
  const list = page.getByRole("listbox", { name: "Part of: matching claims" });
  const status = form.getByRole("status").filter({ hasText: /claims? match|No claims match|claim\. Use|claims\. Use/ });
  await expect(status).toBeVisible();
  await expect(list.getByRole("group", { name: "From this source" }).getByRole("option", { name: parent })).toBeVisible();
  expect(await list.getByRole("option").count()).toBeLessThanOrEqual(20);
  await box.fill(`${parent} nothing like this`);
  await expect(form.getByRole("status").filter({ hasText: "No claims match." })).toBeVisible();
  await box.fill(parent);
  await expect(form.getByRole("status").filter({ hasText: "1 claim. Use the arrow keys to choose." })).toBeVisible();
  await expect(list.getByRole("option")).toHaveCount(1);
  await box.press("ArrowDown");
  await expect(box).toHaveAttribute("aria-activedescendant", /.+/);
  await expectNoSeriousViolations(page);
  await box.press("Enter");
  await expect(form).toContainText(`Chosen: ${parent}`);
  await form.getByLabel("Reason").fill("It is one part of the bigger claim");
  await form.getByRole("button", { name: "Save parent" }).click();
  await expect(form.getByRole("status").filter({ hasText: "Attached as a sub-claim." })).toBeVisible();
  const res = await request.get(`/api/predictions/${claims[1].id}`);
  expect((await res.json()).prediction.parentId).toBe(claims[0].id);
});

test.describe("a user's own account", () => {
  test("changes their name and password: the current password is required, the old one stops working", async ({ browser, request, baseURL }) => {
    const email = `e2e-account-${Date.now().toString(36)}@example.org`;
    const oldPassword = "first password 123";
    const newPassword = "second password 456";
    const created = await request.post("/api/users", { data: { email, password: oldPassword, role: "viewer", name: "E2E Viewer" } });
    expect(created.status()).toBe(201);

    const context = await browser.newContext({ storageState: ANONYMOUS, baseURL });
    const page = await context.newPage();
    await page.goto("/sign-in?next=/account");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(oldPassword);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/account$/);

    const nameForm = page.getByRole("form", { name: "Your name" });
    await nameForm.getByLabel("Name").fill("E2E Renamed Viewer");
    await nameForm.getByRole("button", { name: "Save name" }).click();
    await expect(nameForm.getByRole("status")).toContainText("Your name is now “E2E Renamed Viewer”.");

    const form = page.getByRole("form", { name: "Change your password" });
    await form.getByLabel("Current password").fill("not the password");
    await form.getByLabel("New password", { exact: true }).fill(newPassword);
    await form.getByLabel("New password again").fill(newPassword);
    await form.getByRole("button", { name: "Change password" }).click();
    await expect(form.getByLabel("Current password")).toHaveAccessibleDescription(/current password is wrong/);
    // Nothing typed comes back from the server.
    await expect(form.getByLabel("New password", { exact: true })).toHaveValue("");
    await expectNoSeriousViolations(page);

    await form.getByLabel("Current password").fill(oldPassword);
    await form.getByLabel("New password", { exact: true }).fill(newPassword);
    await form.getByLabel("New password again").fill(newPassword);
    await form.getByRole("button", { name: "Change password" }).click();
    await expect(form.getByRole("status")).toContainText("Password changed.");
    // This session stays signed in.
    await page.reload();
    await expect(page.getByRole("heading", { level: 1, name: "Your account" })).toBeVisible();
    await context.close();

    const fresh = await browser.newContext({ storageState: ANONYMOUS, baseURL });
    expect((await fresh.request.post("/api/auth/sign-in", { data: { email, password: oldPassword } })).status()).toBe(401);
    expect((await fresh.request.post("/api/auth/sign-in", { data: { email, password: newPassword } })).status()).toBe(200);
    await fresh.close();

    const audit = await request.get(`/api/audit?action=user.change_password&actor=${encodeURIComponent("E2E Renamed Viewer")}`);
    expect((await audit.json()).total).toBe(1);
  });
});
