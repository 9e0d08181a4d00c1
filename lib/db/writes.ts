import "server-only";
import type { Grade, Stance, Strength } from "../domain";
import type { CreateEvidence } from "../validation/evidence";
import type { CreateVerdict } from "../validation/verdict";
import { writeAudit, type AuditActor } from "./audit";
import { prisma } from "./client";
import { fromIsoDay, toIsoDay, utcToday } from "./dates";
import { InvalidReferenceError, NotFoundError } from "./errors";
import type { EvidenceItem, VerdictItem } from "./predictions";
import { refreshClaimSummary, refreshEvidenceTally } from "./claim-summary";
import { bumpEvidenceMonth, trackGradeChanges } from "./trend-summary";

/** Logs evidence under the account that made the request; audited in the same transaction. */
export async function createEvidence(
  predictionId: string,
  input: CreateEvidence,
  actor: AuditActor,
): Promise<EvidenceItem & { predictionId: string }> {
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
        loggedBy: actor.label,
        loggedById: actor.id,
      },
    });
    await refreshEvidenceTally(tx, predictionId);
    await bumpEvidenceMonth(tx, e.observedOn, e.stance as Stance, 1);
    await writeAudit(tx, actor, {
      action: "evidence.create",
      entityType: "Evidence",
      entityId: e.id,
      after: { predictionId, title: e.title, url: e.url, observedOn: input.observedOn, stance: e.stance, strength: e.strength },
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
  actor: AuditActor,
  options: { now?: Date; reviewId?: string } = {},
): Promise<VerdictItem & { predictionId: string }> {
  const now = options.now ?? new Date();
  return prisma.$transaction(async (tx) => {
    const claim = await tx.prediction.findUnique({ where: { id: predictionId }, select: { currentGrade: true } });
    if (!claim) throw new NotFoundError("Prediction", predictionId);
    let cited: { id: string; title: string; url: string }[] = [];
    if (input.evidenceIds.length) {
      const found = await tx.evidence.findMany({
        where: { id: { in: input.evidenceIds }, predictionId, retractedAt: null },
        select: { id: true, title: true, url: true },
      });
      cited = found;
      const known = new Set(found.map((f) => f.id));
      const missing = input.evidenceIds.filter((id) => !known.has(id));
      if (missing.length) {
        throw new InvalidReferenceError(
          "evidenceIds",
          `Cited evidence must belong to this claim; unknown: ${missing.slice(0, 5).join(", ")}`,
        );
      }
    }
    const moveTrend = await trackGradeChanges(tx, predictionId);
    const v = await tx.verdict.create({
      data: {
        predictionId,
        grade: input.grade,
        credence: input.credence,
        rationale: input.rationale,
        madeOn: fromIsoDay(utcToday(now)),
        madeBy: actor.label,
        madeById: actor.id,
        reviewId: options.reviewId,
        citations: { create: input.evidenceIds.map((evidenceId) => ({ evidenceId })) },
      },
    });
    await refreshClaimSummary(tx, predictionId);
    await moveTrend();
    // A new verdict settles a deliberate reopening.
    await tx.prediction.updateMany({ where: { id: predictionId, reopenedAt: { not: null } }, data: { reopenedAt: null, reopenReason: null } });
    await writeAudit(tx, actor, {
      action: "verdict.create",
      entityType: "Verdict",
      entityId: v.id,
      before: { currentGrade: claim.currentGrade },
      after: { predictionId, grade: v.grade, credence: v.credence, evidenceIds: input.evidenceIds, reviewId: options.reviewId ?? null },
    });
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
      citations: input.evidenceIds.flatMap((id) => cited.find((c) => c.id === id) ?? []),
      retracted: null,
    };
  });
}
