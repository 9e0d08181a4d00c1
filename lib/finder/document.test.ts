import { describe, expect, it } from "vitest";
import { decodeEntities, detectFormat, inlineMarkdown, readDocument } from "./document";

const blockTexts = (input: string, format?: "markdown" | "html" | "text") => {
  const doc = readDocument(input, format);
  return doc.blocks.map((b) => [b.kind, doc.text.slice(b.start, b.end)]);
};

describe("readDocument: Markdown", () => {
  it("joins hard-wrapped lines, drops emphasis, links and images, and keeps headings as blocks", () => {
    const md = "---\ntitle: T\npubDate: \"2022-05-12\"\n---\n\n# Next?\n\nWe **will** see\n[more](https://x.org/a_(b)) _soon_.\n\n![](img.png)\n\n* **Adept.** “build”\n  more";
    const doc = readDocument(md, "markdown");
    expect(doc.metadata).toEqual({ title: "T", publishedOn: "2022-05-12" });
    expect(blockTexts(md, "markdown")).toEqual([
      ["heading", "Next?"],
      ["paragraph", "We will see more soon."],
      ["list-item", "Adept. “build” more"],
    ]);
    expect(doc.text).toBe("Next?\n\nWe will see more soon.\n\nAdept. “build” more");
  });

  it("keeps underscores inside words and escaped characters", () => {
    expect(inlineMarkdown("a snake_case name and 2*3 \\*literal\\*")).toBe("a snake_case name and 2*3 *literal*");
  });

  it("joins a quoted passage with its lazy continuation lines and skips code fences", () => {
    const md = "> first line\nlazy line\n> last\n\n```\nwill be skipped\n```\n\nAfter.";
    expect(blockTexts(md)).toEqual([
      ["quote", "first line lazy line last"],
      ["paragraph", "After."],
    ]);
  });

  it("marks a bold lead-in so it can read as a heading", () => {
    const doc = readDocument("**More modalities are merged.** The next step is sound.");
    expect(doc.text.slice(doc.blocks[0].start, doc.blocks[0].leadInEnd)).toBe("More modalities are merged.");
  });
});

describe("readDocument: HTML", () => {
  it("drops tags, scripts and styles, decodes entities and keeps block structure", () => {
    const html = "<html><head><title>A &amp; B</title><style>p{}</style></head><body><script>x<1</script><h2>Next</h2><p>It&rsquo;s <b>likely</b>\n to rain.</p><ul><li>One</li><li>Two</li></ul><blockquote><p>Quoted</p></blockquote></body></html>";
    expect(detectFormat(html)).toBe("html");
    const doc = readDocument(html);
    expect(doc.metadata.title).toBe("A & B");
    expect(blockTexts(html)).toEqual([
      ["heading", "Next"],
      ["paragraph", "It’s likely to rain."],
      ["list-item", "One"],
      ["list-item", "Two"],
      ["quote", "Quoted"],
    ]);
  });

  it("decodes numeric entities and leaves unknown or invalid ones alone", () => {
    expect(decodeEntities("&#8217; &#x2014; &bogus; &#xD800;")).toBe("’ — &bogus; &#xD800;");
  });
});

describe("readDocument: plain text", () => {
  it("keeps paragraphs and bullet lines, and normalises Windows line ends", () => {
    expect(blockTexts("One line\r\nwraps here.\r\n\r\n- item one\r\n- item two", "text")).toEqual([
      ["paragraph", "One line wraps here."],
      ["list-item", "item one"],
      ["list-item", "item two"],
    ]);
  });
});
