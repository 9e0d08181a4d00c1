import { expect, test, type Page } from "@playwright/test";
import { expectNoSeriousViolations } from "./fixtures/axe";
import { mainPages, openSettled } from "./fixtures/main-pages";

// The page background in each theme (--bg in app/globals.css).
const LIGHT_BG = "rgb(246, 248, 250)";
const DARK_BG = "rgb(13, 17, 23)";

const themeSwitch = (page: Page) => page.getByRole("group", { name: "Colour theme" });
const bodyBackground = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

/** Records <html data-theme> at the moment <body> is created, before anything can be painted. */
async function recordThemeAtFirstPaint(page: Page) {
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (!document.body) return;
      (window as unknown as { themeAtBody: string | null }).themeAtBody = document.documentElement.getAttribute("data-theme");
      observer.disconnect();
    }).observe(document, { childList: true, subtree: true });
  });
}
const themeAtBody = (page: Page) => page.evaluate(() => (window as unknown as { themeAtBody?: string | null }).themeAtBody);

test("with no choice made, the colours follow the system setting", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto("/predictions");
  await expect(page.locator("html")).toHaveAttribute("data-theme", "system");
  await expect(themeSwitch(page).getByRole("button", { name: "System" })).toHaveAttribute("aria-pressed", "true");
  expect(await bodyBackground(page)).toBe(DARK_BG);
  await page.emulateMedia({ colorScheme: "light" });
  expect(await bodyBackground(page)).toBe(LIGHT_BG);
});

test("a chosen theme is kept across reloads and is in place before the first paint", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "light" });
  await recordThemeAtFirstPaint(page);
  await page.goto("/predictions");
  await themeSwitch(page).getByRole("button", { name: "Dark" }).click();
  await expect(themeSwitch(page).getByRole("button", { name: "Dark" })).toHaveAttribute("aria-pressed", "true");
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  expect(await bodyBackground(page)).toBe(DARK_BG);

  await page.reload();
  // Set by the inline script in <head>: already there when <body> was created, so no flash.
  expect(await themeAtBody(page)).toBe("dark");
  expect(await bodyBackground(page)).toBe(DARK_BG);
  await expect(themeSwitch(page).getByRole("button", { name: "Dark" })).toHaveAttribute("aria-pressed", "true");

  // Another page, too; and "Light" wins over a dark system setting.
  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto("/");
  expect(await themeAtBody(page)).toBe("dark");
  await themeSwitch(page).getByRole("button", { name: "Light" }).click();
  await page.reload();
  expect(await themeAtBody(page)).toBe("light");
  expect(await bodyBackground(page)).toBe(LIGHT_BG);

  // "System" forgets the choice.
  await themeSwitch(page).getByRole("button", { name: "System" }).click();
  expect(await page.evaluate(() => localStorage.getItem("theme"))).toBeNull();
  await page.reload();
  expect(await themeAtBody(page)).toBe("system");
  expect(await bodyBackground(page)).toBe(DARK_BG);
});

test("the served page sets the theme in <head>, before the body", async ({ request }) => {
  const html = await (await request.get("/")).text();
  const head = html.slice(0, html.indexOf("<body"));
  expect(head).toMatch(/<script>[^<]*localStorage\.getItem\("theme"\)[^<]*dataset\.theme[^<]*<\/script>/);
});

// The light theme is the browser's default, in which e2e/a11y.spec.ts scans every main page
// (colour contrast included); this is the same scan in the dark theme.
test("the main pages pass an axe scan, colour contrast included, in the dark theme", async ({ page, request }) => {
  test.setTimeout(240_000);
  await page.emulateMedia({ colorScheme: "dark" });
  for (const p of await mainPages(request)) {
    await test.step(p.name, async () => {
      await openSettled(page, p.path);
      expect(await bodyBackground(page), p.path).toBe(DARK_BG);
      await expectNoSeriousViolations(page);
    });
  }
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("the colours follow the system setting and the switch, which could not work, is not shown", async ({ page }) => {
    await page.emulateMedia({ colorScheme: "dark" });
    await page.goto("/predictions");
    expect(await bodyBackground(page)).toBe(DARK_BG);
    await expect(themeSwitch(page)).toBeHidden();
  });
});
