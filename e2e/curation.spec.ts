import { expect, test, type APIRequestContext } from "@playwright/test";
import { listClaims, unique } from "./fixtures/claims";
import { expectNoSeriousViolations } from "./fixtures/axe";
import { QUOTE_IS_FROZEN } from "../lib/validation/curation";

type Revision = { kind: string; createdAt: string; reason: string; changes: Record<string, { before: unknown; after: unknown }> };

test("a curator adds a source with two claims, edits one claim's criteria and reads its history", async ({ page, request }) => {
  const title = unique("E2E essay");
  const parentStatement = unique("Most new cars sold are electric");
  const childStatement = unique("Battery prices halve");
  const oldCriteria = "Confirmed if over half of new cars sold worldwide in one year are battery-electric.";
  const newCriteria = "Confirmed if over half of new passenger cars sold worldwide in one calendar year are fully battery-electric (plug-in hybrids do not count).";

  // A new source, from the sources list.
  await page.goto("/sources");
  await page.getByRole("link", { name: "Add a source" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Add a source" })).toBeVisible();
  const sourceForm = page.getByRole("form", { name: "Source details" });
  await sourceForm.getByLabel("Title").fill(title);
  await sourceForm.getByLabel("Author").fill("A. Forecaster");
  await sourceForm.getByLabel("URL").fill("https://example.org/essay");
  await sourceForm.getByLabel("Date published").fill("2024-03-01");
  await sourceForm.getByLabel("Kind").selectOption("essay");
  await sourceForm.getByRole("button", { name: "Add source" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "Source added" })).toBeVisible();

  // First claim: the hedge word and the horizon wording fill in suggestions as the user types.
  const claimForm = page.getByRole("form", { name: "Add a claim" });
  await claimForm.getByLabel("Quote").fill("It is likely that most new cars sold will be electric within five years.");
  await expect(claimForm.getByRole("status").filter({ hasText: "Suggested implied credence" })).toHaveText(
    "Suggested implied credence: 70% (from “likely”)",
  );
  await claimForm.getByLabel("Section").fill("Transport");
  await claimForm.getByLabel("Statement").fill(parentStatement);
  await claimForm.getByLabel("Resolution criteria").fill(oldCriteria);
  await claimForm.getByLabel("Horizon wording").fill("within five years");
  await expect(claimForm.getByLabel("Horizon from (year)")).toHaveValue("2024");
  await expect(claimForm.getByLabel("Horizon to (year)")).toHaveValue("2029");
  await claimForm.getByLabel("Tags").fill("e2e curation, Energy");
  await claimForm.getByRole("button", { name: "Add claim" }).click();
  await expect(claimForm.getByRole("status").first()).toContainText(`Claim “${parentStatement}” added.`);

  // Second claim, as a sub-claim of the first, with the years typed in.
  await claimForm.getByLabel("Quote").fill("Battery prices will halve.");
  await expect(claimForm.getByRole("status").filter({ hasText: "Suggested implied credence" })).toHaveText(
    "Suggested implied credence: 90% (from “will”)",
  );
  await claimForm.getByLabel("Statement").fill(childStatement);
  await claimForm.getByLabel("Resolution criteria").fill("Confirmed if pack prices per kWh fall by half from 2024.");
  await claimForm.getByLabel("Horizon from (year)").fill("2025");
  await claimForm.getByLabel("Horizon to (year)").fill("2027");
  await claimForm.getByLabel("Part of").selectOption({ label: parentStatement });
  await claimForm.getByRole("button", { name: "Add claim" }).click();
  await expect(claimForm.getByRole("status").first()).toContainText(`Claim “${childStatement}” added.`);

  const list = page.getByTestId("source-claims");
  await expect(list.getByRole("link", { name: parentStatement })).toBeVisible();
  await expect(list.getByRole("link", { name: childStatement })).toBeVisible();

  // The parent shows its sub-claim and the roll-up.
  await list.getByRole("link", { name: parentStatement }).click();
  await expect(page.getByRole("heading", { level: 1, name: parentStatement })).toBeVisible();
  await expect(page.getByTestId("sub-claims").getByRole("link", { name: childStatement })).toBeVisible();
  await expect(page.getByTestId("sub-claim-rollup").getByRole("row", { name: /Not resolved yet/ })).toContainText("100%");
  const claimUrl = page.url();
  const id = claimUrl.split("/").pop()!;

  // A bad edit: no reason. The error sits next to the field and nothing is saved.
  await page.getByRole("link", { name: "Edit claim" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Edit claim" })).toBeVisible();
  const editForm = page.getByRole("form", { name: "Edit the claim" });
  await editForm.getByLabel("Resolution criteria").fill(newCriteria);
  await editForm.getByRole("button", { name: "Save changes" }).click();
  await expect(editForm.getByRole("status")).toContainText("Please fix the highlighted fields.");
  const reason = editForm.getByLabel("Reason for the change");
  await expect(reason).toHaveAttribute("aria-invalid", "true");
  await expect(reason).toHaveAccessibleDescription(/Reason is required/);
  // The typed criteria survive the rejected submit.
  await expect(editForm.getByLabel("Resolution criteria")).toHaveValue(newCriteria);

  await reason.fill("Plug-in hybrids were ambiguous");
  await editForm.getByRole("button", { name: "Save changes" }).click();
  await expect(editForm.getByRole("status")).toContainText("Saved: criteria changed.");

  // The claim page shows the criteria before and after, with the reason.
  await page.goto(claimUrl);
  const history = page.locator("section", { has: page.getByRole("heading", { name: "History", exact: true }) });
  const edit = history.getByTestId("revision-history").getByRole("listitem").last();
  await expect(edit).toContainText("Edited");
  await expect(edit).toContainText("Reason: Plug-in hybrids were ambiguous");
  const row = edit.getByRole("row", { name: /Resolution criteria/ });
  await expect(row.getByRole("cell").first()).toHaveText(oldCriteria);
  await expect(row.getByRole("cell").last()).toHaveText(newCriteria);
  await expect(history.getByTestId("criteria-versions").getByRole("listitem")).toHaveCount(2);
  await expect(page.getByRole("definition").filter({ hasText: newCriteria })).toBeVisible();

  // The API agrees: revisions oldest first, and the quote cannot be patched.
  const res = await request.get(`/api/predictions/${id}/revisions`);
  expect(res.status()).toBe(200);
  const { revisions } = (await res.json()) as { revisions: Revision[] };
  expect(revisions.map((r) => r.kind)).toEqual(["created", "edit"]);
  const times = revisions.map((r) => Date.parse(r.createdAt));
  expect(times).toEqual([...times].sort((a, b) => a - b));
  expect(revisions[1].changes.criteria).toEqual({ before: oldCriteria, after: newCriteria });
  expect(revisions[0].changes.tags.after).toEqual(["e2e curation", "energy"]);

  const patch = await request.patch(`/api/predictions/${id}`, {
    data: { quote: "Rewritten quote", criteria: "Anything", reason: "Trying to change the quote" },
  });
  expect(patch.status()).toBe(400);
  const body = await patch.json();
  expect(body.error.fields.quote).toEqual([QUOTE_IS_FROZEN]);
  const after = (await listClaims(request)).find((c) => c.id === id)!;
  expect(after.quote).toBe("It is likely that most new cars sold will be electric within five years.");
  expect(after.impliedCredence).toBe(0.7);
});

test("a parent's sub-claims can be detached and added back, each with a reason in the history", async ({ page, request }) => {
  const src = await request.post("/api/sources", {
    data: { title: unique("E2E sub-claim source"), author: "B. Author", url: "https://example.org/s", publishedOn: "2023-01-10", kind: "post" },
  });
  expect(src.status()).toBe(201);
  const sourceId = (await src.json()).source.id as string;
  const create = async (statement: string, parentId?: string) => {
    const res = await request.post("/api/predictions", {
      data: { sourceId, quote: "This will probably happen.", statement, criteria: "It happens.", horizon: { from: 2023, to: 2026 }, parentId },
    });
    expect(res.status()).toBe(201);
    return (await res.json()).prediction.id as string;
  };
  const parentStatement = unique("E2E parent");
  const childStatement = unique("E2E child");
  const parentId = await create(parentStatement);
  await create(childStatement, parentId);

  await page.goto(`/predictions/${parentId}/edit`);
  const detach = page.getByRole("form", { name: "Detach a sub-claim" });
  await detach.getByLabel("Sub-claim").selectOption({ label: childStatement });
  await detach.getByLabel("Reason").fill("Not really part of it");
  await detach.getByRole("button", { name: "Detach sub-claim" }).click();
  await expect(detach.getByRole("status")).toContainText("Sub-claim detached");
  await expect(detach).toContainText("This claim has no sub-claims to detach.");

  const add = page.getByRole("form", { name: "Add a sub-claim" });
  await add.getByLabel("Existing claim").selectOption({ label: childStatement });
  await add.getByRole("button", { name: "Add sub-claim" }).click();
  await expect(add.getByLabel("Reason")).toHaveAccessibleDescription(/Reason is required/);
  await add.getByLabel("Reason").fill("It is part of it after all");
  await add.getByRole("button", { name: "Add sub-claim" }).click();
  await expect(add.getByRole("status")).toContainText("Sub-claim added.");

  await page.goto(`/predictions/${parentId}`);
  await expect(page.getByTestId("sub-claims").getByRole("link", { name: childStatement })).toBeVisible();
  await page.getByTestId("sub-claims").getByRole("link", { name: childStatement }).click();
  const changes = page.getByTestId("revision-history").getByRole("listitem").filter({ hasText: "Parent changed" });
  await expect(changes).toHaveCount(2);
  await expect(changes.first()).toContainText("Reason: Not really part of it");
  await expect(changes.first().getByRole("row", { name: /Part of/ }).getByRole("cell").last()).toHaveText("none (top-level)");
  await expect(changes.last().getByRole("row", { name: /Part of/ }).getByRole("cell").last()).toHaveText(parentStatement);
});

test("tags can be created, renamed and merged from the tags page", async ({ page }) => {
  const first = unique("e2e tag").toLowerCase();
  const renamed = `${first} renamed`;
  const target = unique("e2e target").toLowerCase();

  await page.goto("/predictions");
  await page.getByRole("main").getByRole("link", { name: "Tags", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Tags" })).toBeVisible();

  const create = page.getByRole("form", { name: "Create a tag" });
  for (const name of [first, target]) {
    await create.getByLabel("Tag name").fill(name);
    await create.getByRole("button", { name: "Create tag" }).click();
    await expect(create.getByRole("status")).toContainText(`Tag “${name}” created.`);
  }
  // A duplicate is refused next to the field.
  await create.getByLabel("Tag name").fill(target);
  await create.getByRole("button", { name: "Create tag" }).click();
  await expect(create.getByLabel("Tag name")).toHaveAccessibleDescription(/already exists/);

  const tags = page.getByTestId("tag-list");
  await expect(tags.getByRole("link", { name: first, exact: true })).toHaveAttribute("href", `/predictions?tag=${encodeURIComponent(first)}`);

  // Rename in place, from the row's Actions menu.
  await tags.getByRole("button", { name: `Actions for “${first}”` }).click();
  await page.getByRole("menuitem", { name: "Rename" }).click();
  const rename = tags.getByRole("form", { name: `Rename “${first}”` });
  await rename.getByLabel(`New name for “${first}”`).fill(renamed);
  await rename.getByRole("button", { name: "Save" }).click();
  await expect(tags.getByRole("status").filter({ hasText: `Renamed “${first}” to “${renamed}”.` })).toBeVisible();
  await expect(tags.getByRole("link", { name: renamed, exact: true })).toBeVisible();
  await expect(tags.getByRole("link", { name: first, exact: true })).toHaveCount(0);

  await tags.getByRole("button", { name: `Actions for “${renamed}”` }).click();
  await page.getByRole("menuitem", { name: "Merge into…" }).click();
  const merge = tags.getByRole("form", { name: `Merge “${renamed}”` });
  await merge.getByLabel(`Merge “${renamed}” into`).selectOption(target);
  await merge.getByRole("button", { name: "Merge" }).click();
  await expect(page.getByRole("status").filter({ hasText: `Merged “${renamed}” into “${target}”` })).toBeVisible();
  await expect(tags.getByRole("link", { name: renamed, exact: true })).toHaveCount(0);
  await expect(tags.getByRole("link", { name: target, exact: true })).toBeVisible();
});

async function claimWithSubClaims(request: APIRequestContext) {
  const claims = await listClaims(request);
  return claims.find((c) => claims.some((k) => k.parentId === c.id))!;
}

// One test per page: each scan gets the whole test timeout.
for (const path of ["/sources/new", "edit", "/tags"]) {
  test(`${path === "edit" ? "the edit page" : path} passes an axe scan`, async ({ page, request }) => {
    await page.goto(path === "edit" ? `/predictions/${(await claimWithSubClaims(request)).id}/edit` : path);
    await expect(page.locator("main h1")).toBeVisible();
    await expectNoSeriousViolations(page);
  });
}

test("the edit page with errors showing passes an axe scan", async ({ page, request }) => {
  await page.goto(`/predictions/${(await claimWithSubClaims(request)).id}/edit`);
  const form = page.getByRole("form", { name: "Override the implied credence" });
  await form.getByLabel("Credence (0–1)").fill("2");
  await form.getByRole("button", { name: "Override credence" }).click();
  await expect(form.getByLabel("Reason for the override")).toHaveAccessibleDescription(/Reason is required/);
  await expect(form.getByLabel("Credence (0–1)")).toHaveAccessibleDescription(/between 0 and 1/);
  await expectNoSeriousViolations(page);
});
