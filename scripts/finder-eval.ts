// npm run finder:eval — recall and precision of the claim finder at 10, 25 and all
// candidates, for each labelled text in tests/fixtures/finder/.
import { evaluateRanking, locateLabels } from "../lib/finder/evaluate";
import { findClaims } from "../lib/finder/find";
import { evaluationSet } from "../tests/fixtures/finder/load";

const pct = (x: number) => `${Math.round(x * 100)}%`.padStart(4);
const rows: string[][] = [["text", "labels", "cands", "R@10", "P@10", "R@25", "P@25", "R@all", "P@all"]];
let missedAny = false;
for (const t of evaluationSet()) {
  const result = findClaims(t.input, { publishedOn: t.publishedOn, format: t.format });
  const labels = locateLabels(result.text, t.claims);
  const [at10, at25, all] = evaluateRanking(result.candidates, labels);
  rows.push([t.name, String(labels.length), String(result.candidates.length), pct(at10.recall), pct(at10.precision), pct(at25.recall), pct(at25.precision), pct(all.recall), pct(all.precision)]);
  if (process.argv.includes("--missed")) {
    for (const l of labels) {
      const rank = result.candidates.findIndex((c) => [c, ...c.related].some((s) => Math.min(s.end, l.end) - Math.max(s.start, l.start) >= 0.5 * Math.min(s.end - s.start, l.end - l.start)));
      if (rank < 0 || rank >= 25) {
        missedAny = true;
        console.log(`  ${t.name}: ${rank < 0 ? "not found" : `rank ${rank + 1}`}: ${l.quote}`);
      }
    }
  }
}
const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
for (const [i, r] of rows.entries()) {
  console.log(r.map((c, j) => (j === 0 ? c.padEnd(widths[j]) : c.padStart(widths[j]))).join("  "));
  if (i === 0) console.log(widths.map((w) => "-".repeat(w)).join("  "));
}
if (missedAny) console.log("(labels outside the top 25 are listed above)");
