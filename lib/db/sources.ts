import "server-only";
import { prisma } from "./client";
import { toIsoDay } from "./dates";

/** Sources oldest first; `page` takes a window of them (the sources page), otherwise all (filter menus). */
export async function listSources(page?: { limit: number; offset: number }) {
  const rows = await prisma.source.findMany({
    orderBy: [{ publishedOn: "asc" }, { id: "asc" }],
    ...(page ? { take: page.limit, skip: page.offset } : {}),
    select: { id: true, title: true, author: true, publishedOn: true, kind: true, _count: { select: { predictions: true } } },
  });
  return rows.map((s) => ({
    id: s.id,
    title: s.title,
    author: s.author,
    kind: s.kind,
    publishedOn: toIsoDay(s.publishedOn),
    claimCount: s._count.predictions,
  }));
}

export const countSources = () => prisma.source.count();

export async function getSource(id: string) {
  const s = await prisma.source.findUnique({
    where: { id },
    select: { id: true, title: true, author: true, url: true, kind: true, publishedOn: true },
  });
  return s ? { ...s, publishedOn: toIsoDay(s.publishedOn) } : null;
}

/** The section headings of a source's claims, in the order they first appear. */
export async function listSections(sourceId: string): Promise<string[]> {
  const rows = await prisma.prediction.groupBy({
    by: ["section"],
    where: { sourceId },
    _min: { position: true },
    orderBy: { _min: { position: "asc" } },
  });
  return rows.map((r) => r.section).filter(Boolean);
}

/** Characters of the source's text shown on either side of a quote in "show in context". */
export const CONTEXT_CHARS = 600;

export type QuoteContext =
  | { isTextKept: true; before: string; quote: string; after: string; start: number; end: number; textLength: number }
  | { isTextKept: false; start: number; end: number; textLength: number | null };

/**
 * Where a claim's quote sits in its source's text, from the offsets the claim finder saved:
 * the surrounding text when the source keeps it, else only the position. Null for claims
 * without offsets, or when the stored text no longer matches the quote.
 */
export async function getQuoteContext(predictionId: string): Promise<QuoteContext | null> {
  const p = await prisma.prediction.findUnique({
    where: { id: predictionId },
    select: { quote: true, quoteStart: true, quoteEnd: true, source: { select: { text: true, textLength: true } } },
  });
  if (!p || p.quoteStart === null || p.quoteEnd === null) return null;
  const { quoteStart: start, quoteEnd: end } = p;
  const text = p.source.text;
  if (text === null) return { isTextKept: false, start, end, textLength: p.source.textLength };
  if (text.slice(start, end) !== p.quote) return null;
  return {
    isTextKept: true,
    before: text.slice(Math.max(0, start - CONTEXT_CHARS), start),
    quote: p.quote,
    after: text.slice(end, end + CONTEXT_CHARS),
    start,
    end,
    textLength: text.length,
  };
}
