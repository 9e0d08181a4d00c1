import "server-only";
import type { Grade, Stance } from "../domain";
import { writeAudit, type AuditActor } from "./audit";
import { prisma } from "./client";
import { toIsoDay } from "./dates";
import { NotFoundError } from "./errors";
import { scopeWhere } from "./reviews";

// The guided review: which claims an open review goes through, and what a reviewer needs to
// see for each one.

export type QueueItem = {
  id: string;
  statement: string;
  quote: string;
  section: string;
  source: { id: string; title: string };
  horizon: { from: number; to: number };
  impliedCredence: number | null;
  currentGrade: Grade | null;
  isReopened: boolean;
  gradedInReview: boolean;
};

/** The claims an open review goes through, in source order, with whether each is graded. */
export async function getReviewQueue(year: number): Promise<{ reviewId: string; items: QueueItem[] }> {
  const r = await prisma.review.findUnique({ where: { year }, select: { id: true } });
  if (!r) throw new NotFoundError("Review", String(year));
  const rows = await prisma.prediction.findMany({
    where: scopeWhere(r.id),
    orderBy: [{ source: { publishedOn: "asc" } }, { sourceId: "asc" }, { position: "asc" }],
    select: {
      id: true,
      statement: true,
      quote: true,
      section: true,
      horizonFrom: true,
      horizonTo: true,
      impliedCredence: true,
      currentGrade: true,
      reopenedAt: true,
      source: { select: { id: true, title: true } },
      verdicts: { where: { reviewId: r.id, retractedAt: null }, select: { id: true }, take: 1 },
    },
  });
  return {
    reviewId: r.id,
    items: rows.map((p) => ({
      id: p.id,
      statement: p.statement,
      quote: p.quote,
      section: p.section,
      source: p.source,
      horizon: { from: p.horizonFrom, to: p.horizonTo },
      impliedCredence: p.impliedCredence,
      currentGrade: p.currentGrade as Grade | null,
      isReopened: p.reopenedAt !== null,
      gradedInReview: p.verdicts.length > 0,
    })),
  };
}

export type ReviewClaimContext = {
  previous: { grade: Grade; credence: number | null; madeOn: string; rationale: string } | null;
  sinceLastReview: ClaimEvidence[];
  older: ClaimEvidence[];
  lastReview: { year: number; completedOn: string } | null;
};
type ClaimEvidence = { id: string; title: string; url: string; observedOn: string; loggedAt: string; stance: Stance; summary: string };

/**
 * For the guided review: the claim's verdict before this review, and its evidence split into
 * what was logged since the last completed review and what is older.
 */
export async function getReviewClaimContext(year: number, reviewId: string, predictionId: string): Promise<ReviewClaimContext> {
  const [prev, verdict, evidence] = await Promise.all([
    prisma.review.findFirst({
      where: { status: "completed", year: { lt: year } },
      orderBy: { year: "desc" },
      select: { year: true, completedOn: true },
    }),
    prisma.verdict.findFirst({
      where: { predictionId, retractedAt: null, OR: [{ reviewId: null }, { reviewId: { not: reviewId } }] },
      orderBy: [{ madeOn: "desc" }, { createdAt: "desc" }],
      select: { grade: true, credence: true, madeOn: true, rationale: true },
    }),
    prisma.evidence.findMany({
      where: { predictionId, retractedAt: null },
      orderBy: [{ loggedAt: "desc" }],
      select: { id: true, title: true, url: true, observedOn: true, loggedAt: true, stance: true, summary: true },
    }),
  ]);
  const cutoff = prev?.completedOn ? prev.completedOn.getTime() : null;
  const items = evidence.map((e) => ({
    ...e,
    observedOn: toIsoDay(e.observedOn),
    loggedAt: e.loggedAt.toISOString(),
    stance: e.stance as Stance,
  }));
  return {
    previous: verdict
      ? { grade: verdict.grade as Grade, credence: verdict.credence, madeOn: toIsoDay(verdict.madeOn), rationale: verdict.rationale }
      : null,
    sinceLastReview: cutoff === null ? items : items.filter((e) => Date.parse(e.loggedAt) > cutoff),
    older: cutoff === null ? [] : items.filter((e) => Date.parse(e.loggedAt) <= cutoff),
    lastReview: prev?.completedOn ? { year: prev.year, completedOn: toIsoDay(prev.completedOn) } : null,
  };
}

/** Reopens a claim with a final verdict on purpose, so the next review grades it again. */
export async function reopenClaim(predictionId: string, reason: string, actor: AuditActor, now = new Date()): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const p = await tx.prediction.findUnique({ where: { id: predictionId }, select: { currentGrade: true } });
    if (!p) throw new NotFoundError("Prediction", predictionId);
    await tx.prediction.update({ where: { id: predictionId }, data: { reopenedAt: now, reopenReason: reason } });
    await writeAudit(tx, actor, {
      action: "prediction.reopen",
      entityType: "Prediction",
      entityId: predictionId,
      before: { currentGrade: p.currentGrade },
      after: { reopenedAt: now, reason },
    });
  });
}

