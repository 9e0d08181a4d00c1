import "server-only";
import type { Grade } from "../domain";
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

export async function getSourceWithClaims(id: string) {
  const s = await prisma.source.findUnique({
    where: { id },
    select: {
      id: true,
      title: true,
      author: true,
      url: true,
      kind: true,
      publishedOn: true,
      predictions: {
        orderBy: { position: "asc" },
        select: {
          id: true,
          quote: true,
          section: true,
          statement: true,
          position: true,
          parentId: true,
          horizonFrom: true,
          horizonTo: true,
          impliedCredence: true,
          currentGrade: true,
          currentVerdictAt: true,
          madeOn: true,
          _count: { select: { evidence: { where: { retractedAt: null } } } },
        },
      },
    },
  });
  if (!s) return null;
  return {
    ...s,
    publishedOn: toIsoDay(s.publishedOn),
    predictions: s.predictions.map((p) => ({
      id: p.id,
      quote: p.quote,
      section: p.section,
      statement: p.statement,
      position: p.position,
      parentId: p.parentId,
      horizon: { from: p.horizonFrom, to: p.horizonTo },
      impliedCredence: p.impliedCredence,
      currentVerdict: p.currentGrade as Grade | null,
      currentVerdictOn: p.currentVerdictAt ? toIsoDay(p.currentVerdictAt) : null,
      madeOn: toIsoDay(p.madeOn),
      evidenceCount: p._count.evidence,
    })),
  };
}
