// Reading what the feeds, the badge and the embed send, as a feed reader or a browser would:
// a real XML parser, and HTML entities decoded where a title or content is HTML.
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { expect } from "vitest";

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  // XML entities and character references are decoded; HTML inside CDATA stays for htmlText.
  processEntities: true,
  htmlEntities: true,
  isArray: (name) => name === "entry" || name === "link" || name === "author",
  parseTagValue: false,
  trimValues: false,
});

export type AtomLink = { "@_href": string; "@_rel"?: string };
export type AtomText = string | { "#text": string; "@_type"?: string };
export type AtomEntryXml = {
  id: string;
  title: AtomText;
  updated: string;
  link: AtomLink[];
  author?: { name: string }[];
  content?: AtomText;
};
export type AtomFeedXml = {
  id: string;
  title: AtomText;
  subtitle?: AtomText;
  updated: string;
  link: AtomLink[];
  author?: { name: string }[];
  entry?: AtomEntryXml[];
};

/** Parses an XML document, failing the test with the parser's message when it is not well formed. */
export function parseXml(xml: string): Record<string, unknown> {
  const valid = XMLValidator.validate(xml);
  expect(valid, typeof valid === "object" ? JSON.stringify(valid.err) : "").toBe(true);
  return parser.parse(xml) as Record<string, unknown>;
}

const ISO = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/;

/** An Atom 1.0 feed with what RFC 4287 requires of it and of each entry. */
export function parseAtom(xml: string): AtomFeedXml {
  const doc = parseXml(xml);
  const feed = doc.feed as AtomFeedXml & { "@_xmlns": string };
  expect(feed, "a <feed> root element").toBeTruthy();
  expect(feed["@_xmlns"]).toBe("http://www.w3.org/2005/Atom");
  expect(typeof feed.id).toBe("string");
  expect(feed.id).toMatch(/^https?:\/\//);
  expect(textOf(feed.title).length).toBeGreaterThan(0);
  expect(feed.updated).toMatch(ISO);
  expect(feed.link.find((l) => l["@_rel"] === "self")?.["@_href"]).toBe(feed.id);
  expect(feed.link.find((l) => l["@_rel"] === "alternate")?.["@_href"]).toMatch(/^https?:\/\//);
  // Without a feed-level author, every entry needs its own; here both are given.
  expect(feed.author?.[0]?.name).toBeTruthy();
  const entries = feed.entry ?? [];
  for (const e of entries) {
    expect(e.id).toMatch(/^tag:[^,]+,\d{4}:/);
    expect(htmlText(e.title).length).toBeGreaterThan(0);
    expect(e.updated).toMatch(ISO);
    expect(e.link[0]["@_href"]).toMatch(/^https?:\/\//);
    expect(e.author?.[0]?.name).toBeTruthy();
  }
  expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
  return feed;
}

export const textOf = (t: AtomText | undefined): string => (t === undefined ? "" : typeof t === "string" ? t : t["#text"]);

/** What a reader shows for a `type="html"` element: its text with HTML entities decoded and tags removed. */
export function htmlText(t: AtomText | undefined): string {
  return textOf(t)
    .replace(/<[^>]*>/g, "")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");
}

/** Hostile text: markup, a CDATA end, entities that must stay literal, quotes, and a control character. */
export const HOSTILE = `<script>alert("x")</script> a < b & c ]]> ]]> &amp; &lt; 'q' \u0001 end`;
/** HOSTILE as any XML document must carry it (the control character cannot be sent). */
export const HOSTILE_AS_SENT = HOSTILE.replace("\u0001", "\uFFFD");
