// Renders a completed review as Markdown, ready to paste into a blog post in the manner of
// the yearly graded-prediction posts. Pure: the same snapshot always gives the same text.
import { GRADES, GRADE_LABELS, type Grade } from "./domain";
import { isHttpUrl } from "./validation/common";
import { HIT_RATE_RULE } from "./scoring";
import { CHANGE_GROUP_TEXT, describeReviewed, gradeDirection, shortQuote, type Direction, type ReviewDigest, type SnapshotEntry } from "./reviews";

export type ReportInput = {
  /** `hash` and `previousHash`: the review's seal (lib/review-hash.ts), when it has one. */
  review: { year: number; title: string; completedOn: string | null; notes: string; hash?: string | null; previousHash?: string | null };
  /** The review's one summary (digestReview): the same figures the page and the API show. */
  digest: ReviewDigest;
  entries: SnapshotEntry[];
  previous: { year: number; entries: SnapshotEntry[] } | null;
};

const ARROWS: Record<Direction, string> = { up: " ↑", down: " ↓", changed: " ↔", reopened: " ⟲ reopened", first: "", new: "", same: "" };

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
const gradeLabel = (g: Grade | null) => (g ? GRADE_LABELS[g] : "No verdict");
const pct = (x: number) => `${Math.round(x * 100)}%`;
const plural = (n: number, one: string, many: string) => `${n.toLocaleString("en")} ${n === 1 ? one : many}`;
/** The rationale's first sentence: ends at . ! or ? before a capital, not after "e.g." and the like. */
const firstLine = (s: string | null) => {
  if (!s) return "";
  const text = s.replace(/\s+/g, " ").trim();
  const end = text.search(/(?<!\b(?:e\.g|i\.e|etc|vs|cf|approx|incl))(?<=[.!?])\s(?=[A-Z“"(])/);
  return end > 0 ? text.slice(0, end) : text;
};

/** A stored hash in a code span; anything that is not one (a tampered column) as escaped text. */
const hashText = (h: string) => (/^[0-9a-f]{64}$/.test(h) ? `\`${h}\`` : cell(h));

export function renderReviewReport({ review, digest, entries, previous }: ReportInput): string {
  const lines: string[] = [];
  lines.push(`# ${cell(review.title)}`, "");
  lines.push(`*${review.completedOn ? `Completed ${cell(review.completedOn)}` : "In progress"} · ${describeReviewed(digest)}.*`, "");
  if (review.notes.trim()) lines.push(block(review.notes), "");

  const { rate, graded, points } = digest.hitRate;
  lines.push("## Headline figures", "");
  lines.push(
    `- **Hit rate:** ${rate === null ? "no settled claims yet" : `${pct(rate)} (${points} points from ${plural(graded, "settled claim", "settled claims")})`}. ${HIT_RATE_RULE}`,
  );
  const mix = GRADES.filter((g) => digest.byVerdict[g] > 0).map((g) => `${GRADE_LABELS[g]} ${digest.byVerdict[g]}`);
  if (digest.withoutVerdict) mix.push(`No verdict ${digest.withoutVerdict}`);
  lines.push(`- **Verdicts:** ${mix.join(" · ") || "none"}.`);
  const c = digest.changes;
  if (c && digest.previousYear !== null) {
    const t = CHANGE_GROUP_TEXT;
    lines.push(
      `- **Since ${digest.previousYear}:** ${t.moved(c.moved)} (${t.up(c.up)}, ${t.down(c.down)}, ${t.sideways(c.sideways)}, ${t.reopened(c.reopened)}); ${t.newClaims(c.newClaims, c.newClaimsWithoutVerdict, digest.previousYear)}; ${t.firstVerdicts(c.firstVerdicts)}; ${t.unchanged(c.unchanged)}; ${plural(c.newEvidence.items, "new evidence item", "new evidence items")} on ${plural(c.newEvidence.claims, "claim", "claims")}.`,
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
