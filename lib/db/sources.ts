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
