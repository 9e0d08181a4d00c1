import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { reviewReportFixture } from "../tests/fixtures/review-report.fixture";
import { renderReviewReport, type ReportInput } from "./review-report";
import { HIT_RATE_RULE } from "./scoring";
import { changesFromEntries, digestReview, figuresOf, type SnapshotEntry } from "./reviews";

const here = path.dirname(fileURLToPath(import.meta.url));
const expectedFile = path.resolve(here, "../tests/fixtures/review-report.expected.md");

/** The cells of a Markdown table row, splitting on pipes that are not escaped. */
const cellsOf = (row: string) =>
  row
    .split(/(?<!\\)\|/)
    .slice(1, -1)
    .map((c) => c.trim());

const tableRows = (md: string) => md.split("\n").filter((l) => l.startsWith("| “"));

const entry = (id: string, over: Partial<SnapshotEntry> = {}): SnapshotEntry => ({
  predictionId: id,
  statement: `Statement ${id}`,
  quote: `Quote ${id}.`,
  grade: "on_track",
  credence: 0.7,
  rationale: "Because.",
  verdictOn: "2025-12-15",
  evidenceCount: 0,
  newEvidenceCount: 0,
  citedEvidence: [],
  ...over,
});

/** A report of `entries`, with the summary the database would give: every claim needed a verdict and got one. */
const minimal = (entries: SnapshotEntry[], over: Partial<ReportInput> = {}): ReportInput => {
  const previous = over.previous ?? null;
  const graded = entries.filter((e) => e.grade !== null).length;
  return {
    review: { year: 2025, title: "2025 review", completedOn: "2025-12-15", notes: "" },
    digest: digestReview(2025, { ...figuresOf(entries), inScope: entries.length, graded }, previous ? changesFromEntries(previous, entries) : null),
    entries,
    previous,
    ...over,
  };
};

describe("renderReviewReport", () => {
  it("renders the fixed fixture exactly as the expected file", () => {
    const expected = readFileSync(expectedFile, "utf8");
    expect(renderReviewReport(reviewReportFixture)).toBe(expected);
  });

  it("is deterministic and leaves its input alone", () => {
    const copy = structuredClone(reviewReportFixture);
    const first = renderReviewReport(reviewReportFixture);
    expect(renderReviewReport(reviewReportFixture)).toBe(first);
    expect(renderReviewReport(copy)).toBe(first);
    expect(reviewReportFixture).toEqual(copy);
  });

  it("keeps every table row at five cells, escaping pipes inside quotes", () => {
    const md = renderReviewReport(reviewReportFixture);
    const rows = tableRows(md);
    expect(rows).toHaveLength(reviewReportFixture.entries.length);
    for (const row of rows) expect(cellsOf(row), row).toHaveLength(5);
    expect(rows[1]).toContain("“Search \\| chat \\| code will merge into one assistant.”");
  });

  it("shows both grades and the direction for each claim in the previous review", () => {
    const rows = tableRows(renderReviewReport(reviewReportFixture)).map(cellsOf);
    expect(rows.map((r) => [r[1], r[2]])).toEqual([
      ["On track", "**Confirmed** ↑"],
      ["On track", "**Off track** ↓"],
      ["Too early", "**Unfalsifiable** ↔"],
      ["—", "**Partly true**"], // not in the 2024 review
      ["Refuted", "**Refuted**"],
      ["Partly true", "**On track** ⟲ reopened"], // left the hit rate: not "towards refuted"
    ]);
  });

  it("has no previous-year column, arrow or 'Since' line when there is no previous review", () => {
    const md = renderReviewReport({ ...reviewReportFixture, previous: null, digest: { ...reviewReportFixture.digest, previousYear: null, changes: null } });
    expect(md).toContain("| Claim | 2025 | Credence | Why |");
    expect(md).not.toContain("2024");
    expect(md).not.toContain("**Since");
    const rows = tableRows(md).map(cellsOf);
    expect(rows).toHaveLength(reviewReportFixture.entries.length);
    for (const r of rows) {
      expect(r).toHaveLength(4);
      expect(r[1]).toMatch(/^\*\*[^*]+\*\*$/); // the grade alone, no arrow
    }
  });

  it("labels an ungraded claim, leaves out notes and the evidence section when there are none", () => {
    const entries = [entry("a", { grade: null, credence: null, rationale: null }), entry("b", { grade: null, credence: null, rationale: null })];
    const md = renderReviewReport(minimal(entries, { review: { year: 2025, title: "2025 review", completedOn: null, notes: "   " } }));
    expect(md).toBe(
      [
        "# 2025 review",
        "",
        "*In progress · 2 claims in the snapshot; 0 of 2 claims needing a verdict graded in this review (2 carried over).*",
        "",
        "## Headline figures",
        "",
        `- **Hit rate:** no settled claims yet. ${HIT_RATE_RULE}`,
        "- **Verdicts:** No verdict 2.",
        "",
        "## The claims",
        "",
        "| Claim | 2025 | Credence | Why |",
        "|---|---|---|---|",
        "| “Quote a.” | **No verdict** | — | — |",
        "| “Quote b.” | **No verdict** | — | — |",
        "",
        "*Generated by Prediction Tracker from the frozen 2025 review snapshot.*",
        "",
      ].join("\n"),
    );
  });

  it("keeps only the first sentence of a rationale, on one line", () => {
    const md = renderReviewReport(minimal([entry("a", { rationale: "First  line\nstill first. Second sentence? Third!" })]));
    expect(cellsOf(tableRows(md)[0])[3]).toBe("First line still first.");
  });

  it("rounds credences to whole percents", () => {
    const md = renderReviewReport(minimal([entry("a", { credence: 0.625 }), entry("b", { credence: 0.004 })]));
    expect(tableRows(md).map((r) => cellsOf(r)[2])).toEqual(["63%", "0%"]);
  });

  it("wraps link targets with spaces or angle brackets so the link stays intact", () => {
    const md = renderReviewReport(
      minimal([entry("a", { citedEvidence: [{ title: "Odd link", url: "https://example.org/a b<c>" }] })]),
    );
    expect(md).toContain("1. [Odd link](<https://example.org/a%20b%3Cc%3E>), on “Quote a.”");
  });

  it("counts singular moves in the 'Since' line", () => {
    const prev = [entry("a", { grade: "too_early" }), entry("b")];
    const cur = [entry("a", { grade: "on_track", newEvidenceCount: 1 }), entry("b")];
    const md = renderReviewReport(minimal(cur, { previous: { year: 2024, entries: prev } }));
    // Only the start of "new evidence item(s)" is checked: the wording for a single item is not settled.
    expect(md).toMatch(
      /^- \*\*Since 2024:\*\* 1 grade moved \(1 towards confirmed, 0 towards refuted, 0 sideways, 0 reopened\); 0 claims new since the 2024 review; 0 claims got their first verdict; 1 unchanged; 1 new evidence item on 1 claim\./m,
    );
  });

  it("keeps new claims and first verdicts out of the grade moves, and says how many claims were graded, not how many exist", () => {
    const prev = [entry("a", { grade: "on_track" }), entry("b", { grade: null }), entry("c", { grade: "partly" })];
    const cur = [
      entry("a", { grade: "on_track" }),
      entry("b", { grade: "too_early" }),
      entry("c", { grade: "on_track" }),
      entry("n1", { grade: null, credence: null, rationale: null }),
      entry("n2", { grade: "on_track" }),
    ];
    const input = minimal(cur, { previous: { year: 2024, entries: prev } });
    const md = renderReviewReport({ ...input, digest: { ...input.digest, claims: { inSnapshot: 5, needingVerdict: 5, graded: 2, carriedOver: 3 } } });
    expect(md).toContain("*Completed 2025-12-15 · 5 claims in the snapshot; 2 of 5 claims needing a verdict graded in this review (3 carried over).*");
    expect(md).toContain(
      "**Since 2024:** 1 grade moved (0 towards confirmed, 0 towards refuted, 0 sideways, 1 reopened); 2 claims new since the 2024 review (1 still without a verdict); 1 claim got its first verdict; 1 unchanged;",
    );
  });
});
