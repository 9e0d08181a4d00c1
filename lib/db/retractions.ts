import { writeAudit, type AuditActor } from "./audit";
import { prisma } from "./client";
import { ConflictError, NotFoundError } from "./errors";
import type { Stance } from "../domain";
import { evidenceTallySql, refreshClaimSummary } from "./claim-summary";
import { bumpEvidenceMonth, trackGradeChanges } from "./trend-summary";

/**
 * Where the caller found the item: a page retracts from the claim in its URL, and an item of
 * another claim is "not found" there. The API addresses the item alone (/api/evidence/{id}).
 */
export type RetractScope = { predictionId?: string };

/**
 * Retracting keeps the row (history is never hard-deleted) but takes it out of every count,
 * chart and score. A retracted verdict stops being current; the previous one takes over.
 */
export async function retractEvidence(id: string, reason: string, actor: AuditActor, scope: RetractScope = {}) {
  return prisma.$transaction(async (tx) => {
    const e = await tx.evidence.findFirst({
      where: { id, predictionId: scope.predictionId },
      select: { id: true, predictionId: true, title: true, observedOn: true, stance: true, retractedAt: true },
    });
    if (!e) throw new NotFoundError("Evidence", id);
    if (e.retractedAt) throw new ConflictError("already_retracted", "This evidence is already retracted");
    const at = new Date();
    await tx.evidence.update({ where: { id }, data: { retractedAt: at, retractedBy: actor.label, retractReason: reason } });
    await tx.$executeRaw(evidenceTallySql(e.predictionId, e.stance as Stance, -1));
    await bumpEvidenceMonth(tx, e.observedOn, e.stance as Stance, -1);
    await writeAudit(tx, actor, {
      action: "evidence.retract",
      entityType: "Evidence",
      entityId: id,
      before: { retractedAt: null },
      after: { retractedAt: at, reason },
    });
    return { id, predictionId: e.predictionId, retractedAt: at.toISOString(), reason };
  });
}

export async function retractVerdict(id: string, reason: string, actor: AuditActor, scope: RetractScope = {}) {
  return prisma.$transaction(async (tx) => {
    const v = await tx.verdict.findFirst({ where: { id, predictionId: scope.predictionId }, select: { id: true, predictionId: true, grade: true, retractedAt: true } });
    if (!v) throw new NotFoundError("Verdict", id);
    if (v.retractedAt) throw new ConflictError("already_retracted", "This verdict is already retracted");
    const at = new Date();
    const moveTrend = await trackGradeChanges(tx, v.predictionId);
    await tx.verdict.update({ where: { id }, data: { retractedAt: at, retractedBy: actor.label, retractReason: reason } });
    await refreshClaimSummary(tx, v.predictionId);
    await moveTrend();
    await writeAudit(tx, actor, {
      action: "verdict.retract",
      entityType: "Verdict",
      entityId: id,
      before: { retractedAt: null, grade: v.grade },
      after: { retractedAt: at, reason },
    });
    return { id, predictionId: v.predictionId, retractedAt: at.toISOString(), reason };
  });
}
