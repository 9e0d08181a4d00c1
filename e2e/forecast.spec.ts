import { expect, test, type APIRequestContext, type Locator, type Page } from "@playwright/test";
import { CHART_SVG } from "./fixtures/claims";
import { expectNoSeriousViolations } from "./fixtures/axe";

const BIN_KEYS = ["bandHigh", "bandLow", "from", "meanCredence", "n", "observedRate", "to"];

type Score = { n: number; brier: number | null; logScore: number | null };
type Scorecard = {
  total: number;
  n: number;
  brier: number | null;
  logScore: number | null;
  calibration: Record<string, number | null>[];
  byTag: { tag: string; implied: Score; verdict: Score }[];
  verdictScores: Score;
  excludedHindsight: number;
};

async function getScorecard(request: APIRequestContext, query = ""): Promise<Scorecard> {
  const res = await request.get(`/api/scorecard${query}`);
  expect(res.status()).toBe(200);
  return res.json();
}

/** A displayed score as a number: "−0.624" uses a real minus sign. */
const toNumber = (text: string | null) => Number((text ?? "").trim().replace("\u2212", "-"));

/** n, Brier and log score from a row of the "Forecast scores" table. */
async function readScores(page: Page, kind: RegExp) {
  const row = page.getByRole("table", { name: "Forecast scores", exact: true }).getByRole("row", { name: kind });
  const cells = row.getByRole("cell");
  await expect(cells).toHaveCount(3);
  const [n, brier, log] = await cells.allTextContents();
  return { n: toNumber(n), brier: brier.trim(), logScore: log.trim() };
}

/** The rows of one credence bin each ("40–60%"), leaving out the "All bins" total. */
const binRows = (table: Locator) =>
  table.getByRole("row").filter({ has: table.page().getByRole("rowheader", { name: /^\d+–\d+%$/ }) });

test("the scorecard shows Brier and log scores with their n, and a calibration table that adds up", async ({
  page,
  request,
}) => {
  const api = await getScorecard(request);
  await page.goto("/scorecard/forecasts");
  await expect(page.getByRole("heading", { level: 2, name: "How good were the forecasts?" })).toBeVisible();

  const implied = await readScores(page, /^Author.s implied credence/);
  const verdict = await readScores(page, /^Verdict credences/);
  expect(implied.brier).toMatch(/^\d\.\d{3}$/);
  expect(implied.logScore).toMatch(/^(−|-)?\d+\.\d{3}$/);
  expect(toNumber(implied.brier)).toBeGreaterThanOrEqual(0);
  expect(toNumber(implied.brier)).toBeLessThanOrEqual(1);
  expect(toNumber(implied.logScore)).toBeLessThanOrEqual(0);
  // Every starter credence was entered (by the seed) after its outcome was known: hindsight,
  // so the verdict credences score nothing yet, and the page says how many it left out.
  expect(api.verdictScores.n).toBe(0);
  expect(api.excludedHindsight).toBeGreaterThan(0);
  expect(verdict).toEqual({ n: 0, brier: "—", logScore: "—" });
  await expect(page.getByText(/Verdict credences: not enough real-time forecasts yet/)).toBeVisible();
  await expect(page.getByTestId("excluded-hindsight")).toHaveText(
    new RegExp(`^${api.excludedHindsight} credences? (was|were) left out as hindsight`),
  );
  // The page and the API agree on the headline figures.
  expect(implied.n).toBe(api.n);
  expect(implied.brier).toBe(api.brier!.toFixed(3));
  expect(toNumber(implied.logScore)).toBeCloseTo(api.logScore!, 3);
  await expect(page.getByText(/0 is perfect, 0\.25 is what always saying 50 ?% earns/)).toBeVisible();
  await expect(page.getByText(/one-term Brier score, on a 0–1 scale/)).toBeVisible();

  // The calibration table sits beside the chart, visible without opening anything.
  const table = page.getByRole("table", { name: "Calibration table", exact: true });
  await expect(table).toBeVisible();
  const rows = binRows(table);
  await expect(rows).toHaveCount(api.calibration.length);
  const binNs = (await rows.evaluateAll((trs) => trs.map((tr) => tr.querySelector("td")?.textContent ?? ""))).map(
    toNumber,
  );
  expect(binNs.some((n) => n > 0)).toBe(true);
  expect(binNs.reduce((a, b) => a + b, 0)).toBe(implied.n);
  await expect(table.getByRole("row", { name: /^All bins/ }).getByRole("cell").first()).toHaveText(String(implied.n));

  // With enough resolved claims the chart is drawn, summarised for screen readers with its n.
  const figure = page.getByRole("figure", { name: "Author’s implied credence" });
  if (implied.n >= 10) {
    await expect(figure.locator(CHART_SVG)).toHaveCount(1);
    await expect(figure.getByRole("img", { name: new RegExp(`^Calibration chart of ${implied.n} resolved claims`) })).toBeVisible();
    await expect(figure.getByText(/^n=\d+$/).first()).toBeVisible();
  }
});

test("scoping the scorecard to a tag narrows every figure and says what is in scope", async ({ page, request }) => {
  const all = await getScorecard(request);
  // A tag with some, but not all, of the scored claims, so the figures must change.
  const tag = all.byTag.find((t) => t.implied.n > 0 && t.implied.n < all.n)?.tag;
  expect(tag, "a tag covering some but not all scored claims").toBeDefined();
  const scoped = await getScorecard(request, `?tag=${encodeURIComponent(tag!)}`);

  await page.goto("/scorecard/forecasts");
  await expect(page.getByText(`Scoring all ${all.total} claims.`)).toBeVisible();
  const form = page.getByRole("search", { name: "Scorecard scope" });
  await form.getByLabel("Tag").selectOption(tag!);
  await form.getByRole("button", { name: "Apply" }).click();

  await expect(page).toHaveURL(new RegExp(`[?&]tag=${encodeURIComponent(tag!)}(&|$)`));
  const claims = scoped.total === 1 ? "claim" : "claims";
  await expect(page.getByText(`Scoring ${scoped.total} ${claims} tagged “${tag}”.`)).toBeVisible();
  await expect(page.getByRole("search", { name: "Scorecard scope" }).getByLabel("Tag")).toHaveValue(tag!);

  const implied = await readScores(page, /^Author.s implied credence/);
  expect(implied.n).toBe(scoped.n);
  expect(implied.n).toBeLessThan(all.n);
  expect(implied.brier).toBe(scoped.brier!.toFixed(3));

  const table = page.getByRole("table", { name: "Calibration table", exact: true });
  const binNs = (await binRows(table).evaluateAll((trs) => trs.map((tr) => tr.querySelector("td")?.textContent ?? ""))).map(
    toNumber,
  );
  expect(binNs.reduce((a, b) => a + b, 0)).toBe(implied.n);
  if (implied.n < 10) {
    // Too few for a chart: the empty state says how many more resolved claims are needed.
    const needed = 10 - implied.n;
    await expect(
      page
        .getByRole("figure", { name: "Author’s implied credence" })
        .getByRole("status")
        .filter({ hasText: `${needed} more ${needed === 1 ? "is" : "are"} needed` }),
    ).toBeVisible();
  }

  // "Show all" goes back to every claim.
  await page.getByRole("link", { name: "Show all" }).click();
  await expect(page).toHaveURL(/\/scorecard\/forecasts$/);
  await expect(page.getByText(`Scoring all ${all.total} claims.`)).toBeVisible();
});

test("each tag in the by-tag table links to the scorecard scoped to it", async ({ page }) => {
  await page.goto("/scorecard/forecasts");
  const byTag = page.getByRole("table", { name: "Forecast scores by tag" });
  const link = byTag.getByRole("rowheader").getByRole("link").first();
  const tag = (await link.textContent())!.trim();
  await link.click();
  await expect(page).toHaveURL(new RegExp(`[?&]tag=${encodeURIComponent(tag)}(&|$)`));
  await expect(page.getByText(new RegExp(`^Scoring \\d+ claims? tagged “${tag}”\\.$`))).toBeVisible();
});

test("GET /api/scorecard has Brier, log score and calibration bins, and takes ?tag=", async ({ request }) => {
  const all = await getScorecard(request);
  expect(typeof all.brier).toBe("number");
  expect(typeof all.logScore).toBe("number");
  expect(all.calibration.length).toBeGreaterThan(0);
  for (const bin of all.calibration) {
    expect(Object.keys(bin).sort()).toEqual(BIN_KEYS);
    if (bin.n === 0) {
      expect(bin.meanCredence).toBeNull();
    } else {
      // The point sits at the bin's mean credence, inside the bin, with a band around it.
      expect(bin.meanCredence!).toBeGreaterThanOrEqual(bin.from!);
      expect(bin.meanCredence!).toBeLessThanOrEqual(bin.to!);
      expect(bin.bandLow!).toBeLessThanOrEqual(bin.bandHigh!);
    }
  }
  expect(all.calibration.reduce((sum, b) => sum + (b.n ?? 0), 0)).toBe(all.n);

  const tag = all.byTag[0].tag;
  const scoped = await getScorecard(request, `?tag=${encodeURIComponent(tag)}`);
  expect(scoped.total).toBeLessThanOrEqual(all.total);
  expect(scoped.n).toBe(all.byTag[0].implied.n);
});

for (const scoped of [false, true]) {
  test(`the ${scoped ? "tag-scoped " : ""}forecast scores pass an axe scan with no serious or critical violations`, async ({
    page,
    request,
  }) => {
    // A long page with several charts: axe takes a while, more so on a busy CI machine.
    test.slow();
    const all = await getScorecard(request);
    await page.goto(`/scorecard/forecasts${scoped ? `?tag=${encodeURIComponent(all.byTag[0].tag)}` : ""}`);
    await expect(page.getByRole("heading", { level: 2, name: "How good were the forecasts?" })).toBeVisible();
    // Scan once every chart with data has drawn (a scope may leave some charts empty).
    for (const plot of await page.locator("figure [role=img]").all()) await expect(plot.locator(CHART_SVG)).toHaveCount(1);
    await expectNoSeriousViolations(page);
  });
}
