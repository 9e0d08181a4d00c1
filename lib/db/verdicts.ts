import "server-only";
// Verdicts: recording one (append-only: a new verdict is a new row), retracting one, and
// reading a claim's verdict history a page at a time.
import { isResolvingGrade } from "../forecast-scoring";
import { Prisma } from "../generated/prisma/client";
import type { CreateVerdict } from "../validation/verdict";
import { type AuditActor, writeAudit } from "./audit";
import { refreshClaimSummary } from "./claim-summary";
import { prisma } from "./client";
import { fromIsoDay, toIsoDay, utcToday } from "./dates";
import { ConflictError, InvalidReferenceError, NotFoundError } from "./errors";
import type { Page, PageRequest } from "./keyset";
import { claimHistoryPage, inOrder, type RetractScope, toVerdictItem, VERDICT_KEYS, type VerdictItem, verdictSelect } from "./rows";
import { trackGradeChanges } from "./trend-summary";
import { queueWebhookEvent } from "./webhooks";
import { kickWebhookDispatch } from "../webhooks/dispatch";
import { verdictRecordedData } from "../webhooks/payloads";

export type VerdictWrite = Omit<CreateVerdict, "resolvedOn"> & Partial<Pick<CreateVerdict, "resolvedOn">>;

/**
 * Appends a verdict dated today and moves the claim's current-verdict pointer, in one
 * transaction. Every cited evidence item must belong to the same claim. A review's verdict
 * names its review: `reviewId` when it is known, or `review`, which finds (and checks) it
 * inside this transaction. Webhook deliveries are queued in the same transaction and sent
 * after it commits.
 */
export async function createVerdict(
  predictionId: string,
  input: VerdictWrite,
  actor: AuditActor,
  options: { now?: Date; reviewId?: string; review?: (tx: Prisma.TransactionClient) => Promise<string> } = {},
): Promise<VerdictItem & { predictionId: string }> {
  const now = options.now ?? new Date();
  let queued = 0;
  const verdict = await prisma.$transaction(async (tx) => {
    const reviewId = options.review ? await options.review(tx) : options.reviewId;
    const claim = await tx.prediction.findUnique({ where: { id: predictionId }, select: { currentGrade: true, madeOn: true } });
    if (!claim) throw new NotFoundError("Prediction", predictionId);
    const today = utcToday(now);
    const resolvedOn = isResolvingGrade(input.grade) ? (input.resolvedOn ?? today) : null;
    if (resolvedOn !== null && resolvedOn > today) {
      throw new InvalidReferenceError("resolvedOn", "Resolved on cannot be after the verdict's own date (today)");
    }
    if (input.resolvedOn && input.resolvedOn < toIsoDay(claim.madeOn)) {
      throw new InvalidReferenceError("resolvedOn", `Resolved on cannot be before the claim was made (${toIsoDay(claim.madeOn)})`);
    }
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
        madeOn: fromIsoDay(today),
        recordedAt: now,
        resolvedOn: resolvedOn === null ? null : fromIsoDay(resolvedOn),
        madeBy: actor.label,
        madeById: actor.id,
        reviewId,
        citations: { create: input.evidenceIds.map((evidenceId) => ({ evidenceId })) },
      },
      select: { ...verdictSelect, predictionId: true },
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
      after: { predictionId, grade: v.grade, credence: v.credence, evidenceIds: input.evidenceIds, reviewId: reviewId ?? null },
    });
    const item = toVerdictItem(v);
    queued = await queueWebhookEvent(
      tx,
      "verdict.recorded",
      verdictRecordedData({
        id: item.id,
        predictionId,
        grade: item.grade,
        credence: item.credence,
        rationale: item.rationale,
        madeOn: item.madeOn,
        recordedAt: item.recordedAt,
        resolvedOn: item.resolvedOn,
        madeBy: item.madeBy,
        reviewId: reviewId ?? null,
        previousGrade: claim.currentGrade,
      }),
      now,
    );
    return { ...item, predictionId: v.predictionId };
  });
  if (queued > 0) kickWebhookDispatch();
  return verdict;
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

/** One page of a claim's verdict history, newest first, with the total (retracted included). */
export async function listClaimVerdicts(predictionId: string, page: Partial<PageRequest> = {}): Promise<Page<VerdictItem>> {
  const ids = await claimHistoryPage("Verdict", "v", VERDICT_KEYS, predictionId, page);
  const rows = await prisma.verdict.findMany({ where: { id: { in: ids.items.map((r) => r.id) } }, select: verdictSelect });
  return { ...ids, items: inOrder(ids.items, rows).map(toVerdictItem) };
}
