import "server-only";
import { randomUUID } from "node:crypto";
import type { Grade } from "../domain";
import { Prisma } from "../generated/prisma/client";
import type { CreateEvidence } from "../validation/evidence";
import type { CreateVerdict } from "../validation/verdict";
import { auditRow, writeAudit, type AuditActor } from "./audit";
import { prisma } from "./client";
import { fromIsoDay, toIsoDay, utcToday } from "./dates";
import { InvalidReferenceError, NotFoundError } from "./errors";
import { isResolvingGrade } from "../forecast-scoring";
import { toEvidenceItem, toVerdictItem, verdictSelect, type EvidenceItem, type VerdictItem } from "./claim-history";
import { evidenceTallySql, refreshClaimSummary } from "./claim-summary";
import { evidenceMonthSql, trackGradeChanges } from "./trend-summary";

/** What the writers take: the schemas' output, with the optional fields optional here too. */
type EvidenceWrite = Omit<CreateEvidence, "excerpt" | "archiveUrl"> & Partial<Pick<CreateEvidence, "excerpt" | "archiveUrl">>;
export type VerdictWrite = Omit<CreateVerdict, "resolvedOn"> & Partial<Pick<CreateVerdict, "resolvedOn">>;

/**
 * Logs evidence under the account that made the request. The item, its claim's tally, the
 * month's trend row and the audit row are written as one batch transaction: all four land
 * or none does, and the write holds the database's single writer for one round trip instead
 * of one per statement. An unknown claim fails the foreign key and is reported as not found.
 */
export async function createEvidence(
  predictionId: string,
  input: EvidenceWrite,
  actor: AuditActor,
): Promise<EvidenceItem & { predictionId: string }> {
  const id = randomUUID();
  const observedOn = fromIsoDay(input.observedOn);
  let created;
  try {
    created = await prisma.$transaction([
      prisma.evidence.create({
        data: {
          id,
          predictionId,
          title: input.title,
          url: input.url,
          observedOn,
          recordedAt: new Date(),
          stance: input.stance,
          strength: input.strength,
          summary: input.summary,
          excerpt: input.excerpt ?? null,
          archiveUrl: input.archiveUrl ?? null,
          loggedBy: actor.label,
          loggedById: actor.id,
        },
      }),
      prisma.$executeRaw(evidenceTallySql(predictionId, input.stance, 1)),
      prisma.$executeRaw(evidenceMonthSql(observedOn, input.stance, 1)),
      prisma.auditLog.create({
        data: auditRow(actor, {
          action: "evidence.create",
          entityType: "Evidence",
          entityId: id,
          after: {
            predictionId,
            title: input.title,
            url: input.url,
            observedOn: input.observedOn,
            stance: input.stance,
            strength: input.strength,
            ...(input.excerpt ? { excerpt: input.excerpt } : {}),
            ...(input.archiveUrl ? { archiveUrl: input.archiveUrl } : {}),
          },
        }),
      }),
    ]);
  } catch (err) {
    if (isForeignKeyError(err)) throw new NotFoundError("Prediction", predictionId);
    throw err;
  }
  return { ...toEvidenceItem(created[0]), predictionId };
}

/** A write that named a row which does not exist (a foreign key on SQLite and PostgreSQL alike). */
function isForeignKeyError(err: unknown): boolean {
  return err instanceof Prisma.PrismaClientKnownRequestError && err.code === "P2003";
}

/**
 * Appends a verdict dated today and moves the claim's current-verdict pointer, in one
 * transaction. Every cited evidence item must belong to the same claim. A review's verdict
 * names its review: `reviewId` when it is known, or `review`, which finds (and checks) it
 * inside this transaction.
 */
export async function createVerdict(
  predictionId: string,
  input: VerdictWrite,
  actor: AuditActor,
  options: { now?: Date; reviewId?: string; review?: (tx: Prisma.TransactionClient) => Promise<string> } = {},
): Promise<VerdictItem & { predictionId: string }> {
  const now = options.now ?? new Date();
  return prisma.$transaction(async (tx) => {
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
    return { ...toVerdictItem(v), predictionId: v.predictionId };
  });
}
