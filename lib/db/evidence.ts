import "server-only";
// Evidence: logging an item, retracting it, and reading a claim's items (a page at a time,
// or the newest ones a verdict can cite). The link checker's side of evidence (its walks, the
// link-health list and the run lock) is lib/db/evidence-links.ts, kept apart because the
// `npm run links` command loads it outside Next.js.
import { randomUUID } from "node:crypto";
import type { Stance } from "../domain";
import { Prisma } from "../generated/prisma/client";
import type { CreateEvidence } from "../validation/evidence";
import { type AuditActor, auditRow, writeAudit } from "./audit";
import { evidenceTallySql } from "./claim-summary";
import { prisma } from "./client";
import { fromIsoDay, toIsoDay } from "./dates";
import { ConflictError, NotFoundError } from "./errors";
import type { Page, PageRequest } from "./keyset";
import { claimHistoryPage, EVIDENCE_KEYS, type EvidenceItem, evidenceSelect, inOrder, type RetractScope, toEvidenceItem } from "./rows";
import { bumpEvidenceMonth, evidenceMonthSql } from "./trend-summary";
import { webhookOutboxSql } from "./webhooks";
import { kickWebhookDispatch } from "../webhooks/dispatch";
import { evidenceCreatedData } from "../webhooks/payloads";

/** What the writers take: the schemas' output, with the optional fields optional here too. */
type EvidenceWrite = Omit<CreateEvidence, "excerpt" | "archiveUrl"> & Partial<Pick<CreateEvidence, "excerpt" | "archiveUrl">>;

/**
 * Logs evidence under the account that made the request. The item, its claim's tally, the
 * month's trend row, the audit row and the webhook deliveries (the outbox) are written as one
 * batch transaction: all land or none does, and the write holds the database's single writer
 * for one round trip instead of one per statement. An unknown claim fails the foreign key and
 * is reported as not found. Deliveries are sent after the commit, in the background.
 */
export async function createEvidence(
  predictionId: string,
  input: EvidenceWrite,
  actor: AuditActor,
): Promise<EvidenceItem & { predictionId: string }> {
  const id = randomUUID();
  const observedOn = fromIsoDay(input.observedOn);
  const recordedAt = new Date();
  const announced = evidenceCreatedData({
    id,
    predictionId,
    title: input.title,
    url: input.url,
    observedOn: input.observedOn,
    recordedAt: recordedAt.toISOString(),
    stance: input.stance,
    strength: input.strength,
    summary: input.summary,
    loggedBy: actor.label,
  });
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
          recordedAt,
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
      prisma.$executeRaw(webhookOutboxSql("evidence.created", announced, recordedAt)),
    ]);
  } catch (err) {
    if (isForeignKeyError(err)) throw new NotFoundError("Prediction", predictionId);
    throw err;
  }
  if (created[4] > 0) kickWebhookDispatch();
  return { ...toEvidenceItem(created[0]), predictionId };
}

/** A write that named a row which does not exist (a foreign key on SQLite and PostgreSQL alike). */
function isForeignKeyError(err: unknown): boolean {
  return err instanceof Prisma.PrismaClientKnownRequestError && err.code === "P2003";
}

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

/** One page of a claim's evidence, newest first, with the total (retracted items included). */
export async function listClaimEvidence(predictionId: string, page: Partial<PageRequest> = {}): Promise<Page<EvidenceItem>> {
  const ids = await claimHistoryPage("Evidence", "e", EVIDENCE_KEYS, predictionId, page);
  const rows = await prisma.evidence.findMany({ where: { id: { in: ids.items.map((r) => r.id) } }, select: evidenceSelect });
  return { ...ids, items: inOrder(ids.items, rows).map(toEvidenceItem) };
}

/** The newest live evidence a verdict can cite, for the verdict form (the API accepts any of the claim's). */
export async function listCitableEvidence(predictionId: string, take = 50) {
  const rows = await prisma.evidence.findMany({
    where: { predictionId, retractedAt: null },
    orderBy: [{ observedOn: "desc" }, { recordedAt: "desc" }, { id: "desc" }],
    take,
    select: { id: true, title: true, observedOn: true, stance: true },
  });
  return rows.map((e) => ({ id: e.id, title: e.title, observedOn: toIsoDay(e.observedOn), stance: e.stance as Stance }));
}
