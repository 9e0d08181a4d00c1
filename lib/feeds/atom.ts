// One Atom 1.0 document from plain values, written by the `feed` package. The package puts
// titles and content in CDATA as `type="html"` and escapes text elements itself, but it
// escapes only the first "]]>" in a CDATA section and un-escapes "&amp;" in text before
// escaping it again. So every title and content here is HTML-escaped first (which leaves no
// "]]>" at all), and text elements get their "&" doubled so that the package's un-escaping
// gives back exactly the text (tests/feeds/atom.test.ts covers both).
import { Feed } from "feed";
import { escapeMarkup, xmlSafe } from "./text";

export type AtomEntry = {
  /** A stable id (tagUri) that stays the same in every feed listing the entry. */
  id: string;
  /** Plain text. */
  title: string;
  updated: Date;
  /** Absolute URL of the page the entry is about. */
  link: string;
  /** Plain text: who logged, recorded or retracted it. */
  author: string;
  /** HTML built with escapeMarkup around every piece of user text. */
  contentHtml: string;
};

export type AtomDocument = {
  /** Absolute URL of the feed itself: its id and its rel="self" link. */
  self: string;
  /** Absolute URL of the page the feed follows. */
  link: string;
  title: string;
  subtitle: string;
  /** When nothing is listed yet, the feed's subject's own date (Atom requires one). */
  updatedWhenEmpty: Date;
  entries: AtomEntry[];
};

export const ATOM_CONTENT_TYPE = "application/atom+xml; charset=utf-8";

/** Text for an element the package writes as text (it turns "&amp;" back into "&" first). */
const asText = (text: string) => xmlSafe(text).replace(/&/g, "&amp;");

export function renderAtom(doc: AtomDocument): string {
  const newest = doc.entries.reduce<Date | null>((max, e) => (max === null || e.updated > max ? e.updated : max), null);
  const feed = new Feed({
    id: doc.self,
    title: asText(doc.title),
    description: asText(doc.subtitle),
    link: doc.link,
    feed: doc.self,
    updated: newest ?? doc.updatedWhenEmpty,
    generator: "Prediction Tracker",
    author: { name: "Prediction Tracker" },
  });
  for (const e of doc.entries) {
    feed.addItem({
      id: e.id,
      title: escapeMarkup(e.title),
      link: e.link,
      date: e.updated,
      content: e.contentHtml,
      author: [{ name: asText(e.author || "someone") }],
    });
  }
  return feed.atom1();
}
