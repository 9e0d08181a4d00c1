// The yearly review's Markdown report, fed the payload an editor could type: raw HTML,
// javascript: links written as Markdown, reference definitions, autolinks and block markup
// in every field that reaches the report. The report is meant to be pasted into a blog, so
// it must render as the editor's text on any renderer, including those that pass raw HTML.
import { describe, expect, it } from "vitest";
import { renderReviewReport, type ReportInput } from "@/lib/review-report";
import { digestReview, figuresOf, type SnapshotEntry } from "@/lib/reviews";

const HTML = `<script>alert(1)</script><img src=x onerror=alert(2)><a href="javascript:alert(3)">x</a>`;
const LINKS = `[click](javascript:alert(4)) ![i](javascript:alert(5)) <javascript:alert(6)> [ref][r]`;
const REFDEF = `[r]: javascript:alert(7)`;

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

function hostileReport(): string {
  const entries = [
    entry("a", {
      quote: `${HTML} ${LINKS}`,
      rationale: `${HTML} ${LINKS}`,
      citedEvidence: [
        { title: `${HTML} ${LINKS}`, url: "javascript:alert(8)" },
        { title: "](javascript:alert(9)) [x", url: "https://example.org/ok)(javascript:alert(10)" },
        { title: "Backslash", url: "https://example.org/a\\" },
        { title: "Fine", url: "https://example.org/fine" },
      ],
    }),
  ];
  const input: ReportInput = {
    review: {
      year: 2025,
      title: `${HTML} ${LINKS}`,
      completedOn: "2025-12-15",
      notes: [`# Heading?`, HTML, LINKS, REFDEF, `    indented code`, `- list`, `1. list`, `> quote`, "---", "```", "&lt;b&gt;"].join("\n"),
    },
    digest: digestReview(2025, { ...figuresOf(entries), inScope: entries.length, graded: entries.length }, null),
    entries,
    previous: null,
  };
  return renderReviewReport(input);
}

/** The [text](target) links a CommonMark renderer would make: an unescaped `[`…`](`. */
const linksIn = (md: string) => [...md.matchAll(/(?<!\\)\[((?:\\.|[^\\\]])*)\]\((<[^>]*>|[^)\s]*)\)/g)].map((m) => m[2]);

describe("attack: editor-supplied HTML and javascript: links in the review report", () => {
  const md = hostileReport();

  it("holds no raw HTML: every < and > of the editors' text is an entity", () => {
    expect(md).not.toMatch(/<(script|img|a|iframe|svg)\b/i);
    // The only literal angle brackets left are link destinations the report itself wrote.
    const stray = md.replace(/\]\(<[^>\s]*>\)/g, "").match(/[<>]/g);
    expect(stray).toBeNull();
  });

  it("makes links only to the http(s) evidence addresses, never to javascript:", () => {
    expect(linksIn(md)).toEqual(["<https://example.org/ok)(javascript:alert(10)>", "https://example.org/a%5C", "https://example.org/fine"]);
    expect(md).not.toMatch(/(?<!\\)\]\(javascript:/i);
    expect(md).not.toMatch(/^\s*\[r\]:/m); // no reference definition survives
  });

  it("keeps the notes' lines, each read as text rather than a heading, list, quote, rule or code", () => {
    const notes = md.split("\n").slice(4, 15);
    expect(notes).toEqual([
      "\\# Heading?",
      "&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;&lt;a href=\"javascript:alert(3)\"&gt;x&lt;/a&gt;",
      "\\[click\\](javascript:alert(4)) !\\[i\\](javascript:alert(5)) &lt;javascript:alert(6)&gt; \\[ref\\]\\[r\\]",
      "\\[r\\]: javascript:alert(7)",
      "indented code",
      "\\- list",
      "1\\. list",
      "&gt; quote",
      "\\---",
      "\\`\\`\\`",
      "&amp;lt;b&amp;gt;",
    ]);
  });

  it("escapes the title, the table cells and the evidence titles the same way", () => {
    const lines = md.split("\n");
    expect(lines[0]).toBe(
      "# &lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;&lt;a href=\"javascript:alert(3)\"&gt;x&lt;/a&gt; \\[click\\](javascript:alert(4)) !\\[i\\](javascript:alert(5)) &lt;javascript:alert(6)&gt; \\[ref\\]\\[r\\]",
    );
    const evidence = lines.filter((l) => /^\d+\. /.test(l));
    // A non-http(s) address is not linked at all: its title is plain text.
    expect(evidence[0]).toMatch(/^1\. &lt;script&gt;.*\\\[ref\\\]\\\[r\\\], on “/);
    expect(evidence[1]).toMatch(/^2\. \[\\\]\(javascript:alert\(9\)\) \\\[x\]\(<https:\/\/example\.org\/ok\)\(javascript:alert\(10\)>\), on “/);
  });
});
