// Builds a review's frozen snapshot from the database: each claim's latest verdict as of
// a moment, with its cited evidence and evidence counts. Shared by completing a review
// and by the seed, which freezes past reviews as of their dates.
import type { Grade } from "../domain";
import type { Prisma } from "../generated/prisma/client";
import { figuresOf, type ReviewFigures, type SnapshotEntry } from "../reviews";
import { toIsoDay } from "./dates";

type Tx = Prisma.TransactionClient;

export async function buildSnapshot(
  tx: Tx,
  asOf: Date,
  previousCompletedAt: Date | null,
): Promise<{ entries: (SnapshotEntry & { verdictId: string | null })[]; figures: ReviewFigures }> {
  const [claims, verdicts, totals, fresh] = await Promise.all([
    tx.prediction.findMany({
      where: { madeOn: { lte: asOf } },
      orderBy: [{ source: { publishedOn: "asc" } }, { sourceId: "asc" }, { position: "asc" }],
      select: { id: true, statement: true, quote: true },
    }),
    tx.verdict.findMany({
      where: { madeOn: { lte: asOf }, retractedAt: null },
      orderBy: [{ madeOn: "asc" }, { createdAt: "asc" }],
      select: {
        id: true,
        predictionId: true,
        grade: true,
        credence: true,
        rationale: true,
        madeOn: true,
        citations: { select: { evidence: { select: { title: true, url: true } } } },
      },
    }),
    tx.evidence.groupBy({ by: ["predictionId"], where: { loggedAt: { lte: asOf }, retractedAt: null }, _count: { _all: true } }),
    tx.evidence.groupBy({
      by: ["predictionId"],
      where: { loggedAt: { lte: asOf, ...(previousCompletedAt ? { gt: previousCompletedAt } : {}) }, retractedAt: null },
      _count: { _all: true },
    }),
  ]);
  const latest = new Map<string, (typeof verdicts)[number]>();
  for (const v of verdicts) latest.set(v.predictionId, v);
  const total = new Map(totals.map((t) => [t.predictionId, t._count._all]));
  const recent = new Map(fresh.map((t) => [t.predictionId, t._count._all]));
  const entries = claims.map((c) => {
    const v = latest.get(c.id);
    return {
      predictionId: c.id,
      statement: c.statement,
      quote: c.quote,
      grade: (v?.grade as Grade | undefined) ?? null,
      credence: v?.credence ?? null,
      rationale: v?.rationale ?? null,
      verdictId: v?.id ?? null,
      verdictOn: v ? toIsoDay(v.madeOn) : null,
      evidenceCount: total.get(c.id) ?? 0,
      newEvidenceCount: recent.get(c.id) ?? 0,
      citedEvidence: v ? v.citations.map((x) => x.evidence) : [],
    };
  });
  return { entries, figures: figuresOf(entries) };
}

/** Replaces a review's snapshot rows and stores its frozen figures, inside the caller's transaction. */
export async function freezeSnapshot(
  tx: Tx,
  reviewId: string,
  snapshot: Awaited<ReturnType<typeof buildSnapshot>>,
  extra: { inScope: number; graded: number },
): Promise<void> {
  await tx.reviewEntry.deleteMany({ where: { reviewId } });
  await tx.reviewEntry.createMany({
    data: snapshot.entries.map((e) => ({
      reviewId,
      predictionId: e.predictionId,
      statement: e.statement,
      quote: e.quote,
      grade: e.grade,
      credence: e.credence,
      rationale: e.rationale,
      verdictId: e.verdictId,
      verdictOn: e.verdictOn ? new Date(`${e.verdictOn}T00:00:00.000Z`) : null,
      evidenceCount: e.evidenceCount,
      newEvidenceCount: e.newEvidenceCount,
      citedEvidence: JSON.stringify(e.citedEvidence),
    })),
  });
  await tx.review.update({
    where: { id: reviewId },
    data: { figures: JSON.stringify({ ...snapshot.figures, ...extra }) },
  });
}
