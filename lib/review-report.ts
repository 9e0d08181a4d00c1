// Renders a completed review as Markdown, ready to paste into a blog post in the manner of
// the yearly graded-prediction posts. Pure: the same snapshot always gives the same text.
import { GRADES, GRADE_LABELS, type Grade } from "./domain";
import { isHttpUrl } from "./validation/common";
import { diffReviews, gradeDirection, shortQuote, type ReviewFigures, type SnapshotEntry } from "./reviews";

export type ReportInput = {
  /** `hash` and `previousHash`: the review's seal (lib/review-hash.ts), when it has one. */
  review: { year: number; title: string; completedOn: string | null; notes: string; hash?: string | null; previousHash?: string | null };
  figures: ReviewFigures;
  entries: SnapshotEntry[];
  previous: { year: number; entries: SnapshotEntry[] } | null;
};

const ARROWS = { up: " ↑", down: " ↓", changed: " ↔", new: "", same: "" } as const;

/**
 * Every interpolated value is escaped, so the report renders an editor's text as that text
 * on any Markdown renderer, including those that pass raw HTML through: `<` and `>` become
 * entities (no HTML, no autolinks), `&` too (so "&lt;" stays as typed), and the characters
 * that make links, emphasis, code and table cells are backslash-escaped.
 */
const escapeText = (s: string) =>
  s
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/[\\`*_[\]|~]/g, "\\$&");
/** A line that would open a heading, list, setext underline or thematic break reads as text. */
const escapeLineStart = (line: string) =>
  line.replace(/^(#|[-+=])/, "\\$1").replace(/^(\d{1,9})([.)])/, "$1\\$2");
/** Free text kept on its own lines (the review's notes). */
const block = (s: string) =>
  s
    .trim()
    .split(/\r?\n/)
    .map((line) => escapeLineStart(escapeText(line.trim())))
    .join("\n");
/** Inline text, e.g. table cells: one line. */
const cell = (s: string) => escapeText(s.replace(/\s+/g, " ").trim());
const linkText = cell;
/** A link destination: a backslash would escape its closing bracket, so it is encoded like spaces and angle brackets. */
const linkTarget = (url: string) => {
  const encoded = url.replace(/[<>\s\\]/g, encodeURIComponent);
  return /[\s()<>]/.test(url) ? `<${encoded}>` : encoded;
};
const gradeLabel = (g: Grade | null) => (g ? GRADE_LABELS[g] : "Not graded");
const pct = (x: number) => `${Math.round(x * 100)}%`;
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
/** The rationale's first sentence: ends at . ! or ? before a capital, not after "e.g." and the like. */
const firstLine = (s: string | null) => {
  if (!s) return "";
  const text = s.replace(/\s+/g, " ").trim();
  const end = text.search(/(?<!\b(?:e\.g|i\.e|etc|vs|cf|approx|incl))(?<=[.!?])\s(?=[A-Z“"(])/);
  return end > 0 ? text.slice(0, end) : text;
};

/** A stored hash in a code span; anything that is not one (a tampered column) as escaped text. */
const hashText = (h: string) => (/^[0-9a-f]{64}$/.test(h) ? `\`${h}\`` : cell(h));

export function renderReviewReport({ review, figures, entries, previous }: ReportInput): string {
  const lines: string[] = [];
  lines.push(`# ${cell(review.title)}`, "");
  lines.push(
    `*${review.completedOn ? `Completed ${cell(review.completedOn)}` : "In progress"} · ${plural(figures.total, "claim", "claims")} reviewed.*`,
    "",
  );
  if (review.notes.trim()) lines.push(block(review.notes), "");

  const { rate, graded, points } = figures.hitRate;
  const diff = diffReviews(previous?.entries ?? null, entries);
  lines.push("## Headline figures", "");
  lines.push(
    `- **Hit rate:** ${rate === null ? "no graded claims yet" : `${pct(rate)} (${points} points from ${graded} graded claims)`}. Confirmed counts 1, partly ½, refuted 0; claims on track, off track, too early or unfalsifiable are left out.`,
  );
  const mix = GRADES.filter((g) => figures.byVerdict[g] > 0).map((g) => `${GRADE_LABELS[g]} ${figures.byVerdict[g]}`);
  if (figures.ungraded) mix.push(`Not graded ${figures.ungraded}`);
  lines.push(`- **Verdicts:** ${mix.join(" · ") || "none"}.`);
  if (previous) {
    const count = (d: string) => diff.moved.filter((m) => m.direction === d).length;
    const moved = diff.moved.length - count("new");
    const added = count("new") ? `; ${plural(count("new"), "claim", "claims")} new since then` : "";
    const evidence = diff.newEvidence.reduce((s, e) => s + e.count, 0);
    lines.push(
      `- **Since ${previous.year}:** ${plural(moved, "grade", "grades")} moved (${count("up")} towards confirmed, ${count("down")} towards refuted, ${count("changed")} sideways)${added}; ${plural(evidence, "new evidence item", "new evidence items")}.`,
    );
  }
  lines.push("");

  lines.push("## The claims", "");
  // A first review has nothing to compare with, so it has no previous-grade column.
  lines.push(
    previous ? `| Claim | ${previous?.year} | ${review.year} | Credence | Why |` : `| Claim | ${review.year} | Credence | Why |`,
    previous ? "|---|---|---|---|---|" : "|---|---|---|---|",
  );
  const prevGrade = new Map((previous?.entries ?? []).map((e) => [e.predictionId, e.grade]));
  for (const e of entries) {
    const before = previous ? (prevGrade.has(e.predictionId) ? gradeLabel(prevGrade.get(e.predictionId) ?? null) : "—") : "—";
    const arrow = previous && prevGrade.has(e.predictionId) ? ARROWS[gradeDirection(prevGrade.get(e.predictionId) ?? null, e.grade)] : "";
    const cells = [
      `“${cell(shortQuote(e.quote))}”`,
      ...(previous ? [before] : []),
      `**${gradeLabel(e.grade)}**${arrow}`,
      e.credence === null ? "—" : pct(e.credence),
      cell(firstLine(e.rationale)) || "—",
    ];
    lines.push(`| ${cells.join(" | ")} |`);
  }
  lines.push("");

  const cited = entries.flatMap((e) => e.citedEvidence.map((c) => ({ ...c, quote: e.quote })));
  if (cited.length) {
    lines.push("## Evidence cited", "");
    cited.forEach((c, i) => {
      const item = isHttpUrl(c.url) ? `[${linkText(c.title)}](${linkTarget(c.url)})` : linkText(c.title);
      lines.push(`${i + 1}. ${item}, on “${cell(shortQuote(c.quote, 60))}”`);
    });
    lines.push("");
  }
  if (review.hash) {
    lines.push("## Seal", "");
    lines.push(`- **SHA-256 of this snapshot:** ${hashText(review.hash)}`);
    lines.push(`- **Previous review's hash:** ${review.previousHash ? hashText(review.previousHash) : "none (the first link of the chain)"}`);
    lines.push(
      "",
      "The hash covers every claim's frozen grade, credence, rationale and cited evidence, the figures and the completion time, chained to the previous review's hash. Anyone with the tracker's database can recompute it with `npm run verify`; the tracker recomputes every review's at `/api/reviews/verify`.",
      "",
    );
  }
  lines.push(`*Generated by Prediction Tracker from the frozen ${review.year} review snapshot.*`, "");
  return lines.join("\n");
}
