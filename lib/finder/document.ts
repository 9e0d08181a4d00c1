// Turns Markdown, HTML or plain text into the finder's plain text and its blocks. Pure.
//
// Offsets everywhere in the finder refer to this plain text, never to the input: Markdown
// syntax and HTML tags are removed, the hard-wrapped lines of a paragraph are joined with
// one space, and blocks (headings, paragraphs, list items, quoted passages) are separated
// by a blank line. It is what the API returns as `text` and what a source stores, so
// `text.slice(start, end) === quote` holds for every candidate and every saved claim.

export type InputFormat = "markdown" | "html" | "text";
export type BlockKind = "heading" | "paragraph" | "list-item" | "quote";

export type Block = {
  kind: BlockKind;
  /** 1–6 for headings, 0 otherwise. */
  level: number;
  start: number;
  end: number;
  /** A paragraph that opens with a bold phrase ("**More modalities are merged.** …"): its end offset. */
  leadInEnd?: number;
};

export type FinderDocument = {
  text: string;
  blocks: Block[];
  /** Read from Markdown front matter or HTML <title>/<meta>, to prefill the source's details. */
  metadata: { title?: string; publishedOn?: string; author?: string };
};

type RawBlock = { kind: BlockKind; level: number; text: string; leadIn?: string };

const HTML_HINT = /<(?:!doctype|html|body|p|div|h[1-6]|article|section|br|li|ul|ol|blockquote|span|a)\b[^>]*>/i;

/** Markdown unless the text looks like HTML; plain text reads fine as Markdown. */
export function detectFormat(input: string): InputFormat {
  return HTML_HINT.test(input) ? "html" : "markdown";
}

export function readDocument(input: string, format: InputFormat = detectFormat(input)): FinderDocument {
  const source = input.replace(/\r\n?/g, "\n").replace(/^\uFEFF/, "");
  const { blocks, metadata } =
    format === "html" ? htmlBlocks(source) : format === "markdown" ? markdownBlocks(source) : textBlocks(source);
  return assemble(blocks, metadata);
}

function assemble(raw: RawBlock[], metadata: FinderDocument["metadata"]): FinderDocument {
  let text = "";
  const blocks: Block[] = [];
  for (const b of raw) {
    const body = collapse(b.text);
    if (!body) continue;
    if (text) text += "\n\n";
    const start = text.length;
    text += body;
    const block: Block = { kind: b.kind, level: b.level, start, end: text.length };
    if (b.leadIn) {
      const lead = collapse(b.leadIn);
      if (lead && body.startsWith(lead) && lead.length < body.length) block.leadInEnd = start + lead.length;
    }
    blocks.push(block);
  }
  return { text, blocks, metadata };
}

const collapse = (s: string) => s.replace(/[ \t\n\f\v\u00a0]+/g, " ").trim();

// ---------------------------------------------------------------------------------------
// Plain text: paragraphs are separated by blank lines; a line that starts with a bullet is
// a list item.
// ---------------------------------------------------------------------------------------

function textBlocks(source: string): { blocks: RawBlock[]; metadata: FinderDocument["metadata"] } {
  const blocks: RawBlock[] = [];
  for (const para of source.split(/\n\s*\n/)) {
    let current: RawBlock | null = null;
    for (const line of para.split("\n")) {
      const bullet = line.match(/^\s*(?:[-*•]|\d+[.)])\s+(.*)$/);
      if (bullet) {
        current = { kind: "list-item", level: 0, text: bullet[1] };
        blocks.push(current);
      } else if (current) current.text += `\n${line}`;
      else {
        current = { kind: "paragraph", level: 0, text: line };
        blocks.push(current);
      }
    }
  }
  return { blocks, metadata: {} };
}

// ---------------------------------------------------------------------------------------
// Markdown (CommonMark's common cases; no nesting beyond what the text keeps readable)
// ---------------------------------------------------------------------------------------

function frontMatter(source: string): { body: string; metadata: FinderDocument["metadata"] } {
  const m = source.match(/^---\n([\s\S]*?)\n---\n/);
  if (!m) return { body: source, metadata: {} };
  const metadata: FinderDocument["metadata"] = {};
  for (const line of m[1].split("\n")) {
    const kv = line.match(/^(\w+):\s*["']?(.*?)["']?\s*$/);
    if (!kv) continue;
    const key = kv[1].toLowerCase();
    if (key === "title") metadata.title = kv[2];
    if (key === "author") metadata.author = kv[2];
    if ((key === "date" || key === "pubdate" || key === "published") && /^\d{4}-\d{2}-\d{2}/.test(kv[2])) {
      metadata.publishedOn = kv[2].slice(0, 10);
    }
  }
  // Keep the line count so nothing else shifts; the front matter is not part of the text.
  return { body: source.slice(m[0].length), metadata };
}

const LIST_ITEM = /^\s{0,3}(?:[*+-]|\d{1,9}[.)])\s+(.*)$/;
const ATX = /^\s{0,3}(#{1,6})\s+(.*?)(?:\s+#+)?\s*$/;
const RULE = /^\s{0,3}(?:(?:\*\s*){3,}|(?:-\s*){3,}|(?:_\s*){3,})$/;
const FENCE = /^\s{0,3}(```|~~~)/;

function markdownBlocks(source: string): { blocks: RawBlock[]; metadata: FinderDocument["metadata"] } {
  const { body, metadata } = frontMatter(source);
  const lines = body.split("\n");
  const blocks: RawBlock[] = [];
  let current: RawBlock | null = null;
  let fence: string | null = null;
  const close = () => {
    current = null;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (fence) {
      if (line.trim().startsWith(fence)) fence = null;
      continue;
    }
    const f = line.match(FENCE);
    if (f) {
      close();
      fence = f[1];
      continue;
    }
    if (!line.trim()) {
      close();
      continue;
    }
    const atx = line.match(ATX);
    if (atx) {
      close();
      blocks.push({ kind: "heading", level: atx[1].length, text: inlineMarkdown(atx[2]) });
      continue;
    }
    // Setext heading: a paragraph line underlined with === or ---.
    const cur = current as RawBlock | null;
    if (cur && cur.kind === "paragraph" && /^\s{0,3}(=+|-+)\s*$/.test(line) && !cur.text.includes("\n")) {
      cur.kind = "heading";
      cur.level = line.trim().startsWith("=") ? 1 : 2;
      close();
      continue;
    }
    if (RULE.test(line)) {
      close();
      continue;
    }
    const quote = line.match(/^\s{0,3}>\s?(.*)$/);
    if (quote) {
      if (!cur || cur.kind !== "quote") {
        current = { kind: "quote", level: 0, text: quote[1] };
        blocks.push(current);
      } else cur.text += `\n${quote[1]}`;
      continue;
    }
    const item = line.match(LIST_ITEM);
    if (item) {
      current = { kind: "list-item", level: 0, text: item[1] };
      blocks.push(current);
      continue;
    }
    if (/^\s*\|.*\|\s*$/.test(line)) {
      if (/^\s*\|[\s:|-]+\|\s*$/.test(line)) continue; // the table's header rule
      close();
      blocks.push({ kind: "paragraph", level: 0, text: line.trim().slice(1, -1).split("|").map((c) => c.trim()).join(" · ") });
      continue;
    }
    // A lazy continuation line joins the open paragraph, list item or quoted passage.
    if (cur) cur.text += `\n${line}`;
    else {
      current = { kind: "paragraph", level: 0, text: line };
      blocks.push(current);
    }
  }
  return {
    blocks: blocks.map((b) => {
      if (b.kind === "heading") return b;
      const lead = b.text.match(/^\s*(\*\*|__)([^*_\n][\s\S]*?)\1/);
      const text = inlineMarkdown(b.text);
      return lead && /[.:!?]["”’]?\s*$/.test(lead[2]) ? { ...b, text, leadIn: inlineMarkdown(lead[2]) } : { ...b, text };
    }),
    metadata,
  };
}

/** Markdown inline syntax to plain text: links keep their words, images and emphasis marks go. */
export function inlineMarkdown(s: string): string {
  const escapes: string[] = [];
  let out = s.replace(/\\([\\`*_{}[\]()#+\-.!>|~])/g, (_m, c: string) => `\u0000${escapes.push(c) - 1}\u0000`);
  out = out
    .replace(/`+([^`]*)`+/g, "$1")
    .replace(/!\[[^\]]*\]\((?:[^()\s]|\([^()]*\))*(?:\s+"[^"]*")?\)/g, "")
    .replace(/!\[[^\]]*\]\[[^\]]*\]/g, "")
    .replace(/\[([^\]]*)\]\((?:[^()\s]|\([^()]*\))*(?:\s+"[^"]*")?\)/g, "$1")
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, "$1")
    .replace(/<(https?:\/\/[^>\s]+)>/g, "$1")
    .replace(/<\/?[a-zA-Z][^>]*>/g, "")
    .replace(/\*\*|__/g, "")
    // A single * or _ is emphasis unless it sits inside a word (snake_case, 2*3).
    .replace(/(^|[^\p{L}\p{N}])[*_]+/gu, "$1")
    .replace(/[*_]+(?=[^\p{L}\p{N}]|$)/gu, "");
  return decodeEntities(out).replace(/\u0000(\d+)\u0000/g, (_m, i: string) => escapes[Number(i)]);
}

// ---------------------------------------------------------------------------------------
// HTML: tags are dropped; block-level elements end a block; script, style and head go.
// ---------------------------------------------------------------------------------------

const BLOCK_TAGS = new Set([
  "p", "div", "section", "article", "header", "footer", "main", "aside", "nav", "ul", "ol", "li", "blockquote",
  "h1", "h2", "h3", "h4", "h5", "h6", "br", "hr", "table", "tr", "td", "th", "pre", "figure", "figcaption", "dl", "dt", "dd",
]);
const SKIPPED = new Set(["script", "style", "head", "noscript", "template", "svg"]);

function htmlBlocks(source: string): { blocks: RawBlock[]; metadata: FinderDocument["metadata"] } {
  const metadata: FinderDocument["metadata"] = {};
  const title = source.match(/<title[^>]*>([\s\S]*?)<\/title>/i);
  if (title) metadata.title = collapse(decodeEntities(title[1]));
  const date = source.match(/<meta[^>]+(?:property|name)=["'](?:article:published_time|date|dc\.date)["'][^>]*content=["'](\d{4}-\d{2}-\d{2})/i);
  if (date) metadata.publishedOn = date[1];
  const author = source.match(/<meta[^>]+name=["']author["'][^>]*content=["']([^"']+)/i);
  if (author) metadata.author = collapse(decodeEntities(author[1]));

  const blocks: RawBlock[] = [];
  let kind: BlockKind = "paragraph";
  let level = 0;
  let buffer = "";
  let quoteDepth = 0;
  let skipping: string | null = null;
  const flush = () => {
    if (buffer.trim()) blocks.push({ kind, level, text: decodeEntities(buffer) });
    buffer = "";
    kind = quoteDepth > 0 ? "quote" : "paragraph";
    level = 0;
  };
  const TOKEN = /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<!doctype[^>]*>|<(\/?)([a-zA-Z][\w-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>|[^<]+|</gi;
  for (const m of source.matchAll(TOKEN)) {
    const [token, closing, rawName] = m;
    if (!rawName) {
      if (!skipping && !token.startsWith("<!")) buffer += token === "<" ? "<" : token;
      continue;
    }
    const name = rawName.toLowerCase();
    if (skipping) {
      if (closing && name === skipping) skipping = null;
      continue;
    }
    if (SKIPPED.has(name) && !closing && !token.endsWith("/>")) {
      skipping = name;
      continue;
    }
    if (!BLOCK_TAGS.has(name)) continue;
    flush();
    if (name === "blockquote") quoteDepth = Math.max(0, quoteDepth + (closing ? -1 : 1));
    kind = quoteDepth > 0 ? "quote" : "paragraph";
    if (!closing) {
      if (/^h[1-6]$/.test(name)) {
        kind = "heading";
        level = Number(name[1]);
      } else if (name === "li") kind = "list-item";
    }
  }
  flush();
  return { blocks, metadata };
}

const NAMED: Record<string, string> = {
  amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " ", rsquo: "’", lsquo: "‘", rdquo: "”", ldquo: "“",
  mdash: "—", ndash: "–", hellip: "…", middot: "·", bull: "•", trade: "™", reg: "®", euro: "€", pound: "£", laquo: "«", raquo: "»", eacute: "é", copy: "©", shy: "",
};

export function decodeEntities(s: string): string {
  return s.replace(/&(#\d{1,7}|#x[0-9a-f]{1,6}|[a-z]{2,8});/gi, (m, e: string) => {
    if (e[0] === "#") {
      const code = e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : m;
    }
    return NAMED[e.toLowerCase()] ?? m;
  });
}
