import "server-only";
import { prisma } from "./client";
import { toIsoDay } from "./dates";

export async function listSources() {
  const rows = await prisma.source.findMany({
    orderBy: { publishedOn: "asc" },
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
