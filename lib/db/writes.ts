import "server-only";
import type { Grade, Stance, Strength } from "../domain";
import type { CreateEvidence } from "../validation/evidence";
import type { CreateVerdict } from "../validation/verdict";
import { prisma } from "./client";
import { fromIsoDay, toIsoDay, utcToday } from "./dates";
import { InvalidReferenceError, NotFoundError } from "./errors";
import type { EvidenceItem, VerdictItem } from "./predictions";
import { refreshCurrentVerdict } from "./verdict-pointer";

export async function createEvidence(predictionId: string, input: CreateEvidence): Promise<EvidenceItem & { predictionId: string }> {
  return prisma.$transaction(async (tx) => {
    const exists = await tx.prediction.count({ where: { id: predictionId } });
    if (!exists) throw new NotFoundError("Prediction", predictionId);
    const e = await tx.evidence.create({
      data: {
        predictionId,
        title: input.title,
        url: input.url,
        observedOn: fromIsoDay(input.observedOn),
        stance: input.stance,
        strength: input.strength,
        summary: input.summary,
        loggedBy: input.loggedBy,
      },
    });
    return {
      id: e.id,
      predictionId: e.predictionId,
      title: e.title,
      url: e.url,
      observedOn: toIsoDay(e.observedOn),
      loggedAt: e.loggedAt.toISOString(),
      stance: e.stance as Stance,
      strength: e.strength as Strength,
      summary: e.summary,
      loggedBy: e.loggedBy,
      isSeeded: e.isSeeded,
      retracted: null,
    };
  });
}

/**
 * Appends a verdict dated today and moves the claim's current-verdict pointer, in one
 * transaction. Every cited evidence item must belong to the same claim.
 */
export async function createVerdict(
  predictionId: string,
  input: CreateVerdict,
  options: { now?: Date; reviewId?: string } = {},
): Promise<VerdictItem & { predictionId: string }> {
  const now = options.now ?? new Date();
  return prisma.$transaction(async (tx) => {
    const exists = await tx.prediction.count({ where: { id: predictionId } });
    if (!exists) throw new NotFoundError("Prediction", predictionId);
    if (input.evidenceIds.length) {
      const found = await tx.evidence.findMany({
        where: { id: { in: input.evidenceIds }, predictionId, retractedAt: null },
        select: { id: true },
      });
      const known = new Set(found.map((f) => f.id));
      const missing = input.evidenceIds.filter((id) => !known.has(id));
      if (missing.length) {
        throw new InvalidReferenceError(
          "evidenceIds",
          `Cited evidence must belong to this claim; unknown: ${missing.slice(0, 5).join(", ")}`,
        );
      }
    }
    const v = await tx.verdict.create({
      data: {
        predictionId,
        grade: input.grade,
        credence: input.credence,
        rationale: input.rationale,
        madeOn: fromIsoDay(utcToday(now)),
        madeBy: input.madeBy,
        reviewId: options.reviewId,
        citations: { create: input.evidenceIds.map((evidenceId) => ({ evidenceId })) },
      },
    });
    await refreshCurrentVerdict(tx, predictionId);
    // A new verdict settles a deliberate reopening.
    await tx.prediction.updateMany({ where: { id: predictionId, reopenedAt: { not: null } }, data: { reopenedAt: null, reopenReason: null } });
    return {
      id: v.id,
      predictionId: v.predictionId,
      grade: v.grade as Grade,
      credence: v.credence,
      rationale: v.rationale,
      madeOn: toIsoDay(v.madeOn),
      createdAt: v.createdAt.toISOString(),
      madeBy: v.madeBy,
      isSeeded: v.isSeeded,
      evidenceIds: input.evidenceIds,
      retracted: null,
    };
  });
}
