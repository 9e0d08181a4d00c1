import "server-only";
import { FINAL_GRADES, type Grade, type Stance } from "../domain";
import { diffReviews, type ReviewFigures, type SnapshotEntry } from "../reviews";
import type { CreateVerdict } from "../validation/verdict";
import { writeAudit, type AuditActor } from "./audit";
import { prisma } from "./client";
import { toIsoDay, utcToday } from "./dates";
import { ConflictError, InvalidReferenceError, NotFoundError } from "./errors";
import { buildSnapshot, freezeSnapshot } from "./review-snapshot";
import { createVerdict } from "./writes";

export type ReviewStatus = "open" | "completed";
/** Frozen at completion: the scorecard over every claim (`total`), and the review's progress. */
export type StoredFigures = ReviewFigures & { inScope: number; graded: number };

export type ReviewSummary = {
  id: string;
  year: number;
  title: string;
  status: ReviewStatus;
  openedOn: string;
  completedOn: string | null;
  graded: number;
  total: number;
  hitRate: number | null;
  isSeeded: boolean;
};

/** Claims in a review's scope: every claim that still needs a verdict, plus those graded in it. */
export function scopeWhere(reviewId: string) {
  return {
    OR: [
      { currentGrade: null },
      { currentGrade: { notIn: [...FINAL_GRADES] } },
      { reopenedAt: { not: null } },
      { verdicts: { some: { reviewId, retractedAt: null } } },
    ],
  };
}

async function liveCounts(reviewId: string): Promise<{ inScope: number; graded: number }> {
  const [inScope, graded] = await Promise.all([
    prisma.prediction.count({ where: scopeWhere(reviewId) }),
    prisma.prediction.count({ where: { verdicts: { some: { reviewId, retractedAt: null } } } }),
  ]);
  return { inScope, graded };
}

const parseFigures = (json: string | null): StoredFigures | null => {
  if (!json) return null;
  const f = JSON.parse(json) as StoredFigures;
  // Figures frozen before `inScope` existed kept the review's scope in `total`.
  return { ...f, inScope: f.inScope ?? f.total };
};

export async function listReviews(): Promise<ReviewSummary[]> {
  const rows = await prisma.review.findMany({ orderBy: { year: "desc" } });
  return Promise.all(
    rows.map(async (r) => {
      const figures = parseFigures(r.figures);
      const counts = r.status === "open" || !figures ? await liveCounts(r.id) : figures;
      const completedOn = r.status === "completed" && r.completedOn ? toIsoDay(r.completedOn) : null;
      return {
        id: r.id,
        year: r.year,
        title: r.title,
        status: r.status as ReviewStatus,
        openedOn: toIsoDay(r.openedOn),
        completedOn,
        graded: counts.graded,
        total: counts.inScope,
        hitRate: r.status === "completed" ? (figures?.hitRate.rate ?? null) : null,
        isSeeded: r.isSeeded,
      };
    }),
  );
}

function entryOf(e: {
  predictionId: string;
  statement: string;
  quote: string;
  grade: string | null;
  credence: number | null;
  rationale: string | null;
  verdictOn: Date | null;
  evidenceCount: number;
  newEvidenceCount: number;
  citedEvidence: string;
}): SnapshotEntry {
  return {
    predictionId: e.predictionId,
    statement: e.statement,
    quote: e.quote,
    grade: e.grade as Grade | null,
    credence: e.credence,
    rationale: e.rationale,
    verdictOn: e.verdictOn ? toIsoDay(e.verdictOn) : null,
    evidenceCount: e.evidenceCount,
    newEvidenceCount: e.newEvidenceCount,
    citedEvidence: JSON.parse(e.citedEvidence) as SnapshotEntry["citedEvidence"],
  };
}

async function snapshotEntries(reviewId: string): Promise<SnapshotEntry[]> {
  const rows = await prisma.reviewEntry.findMany({
    where: { reviewId },
    orderBy: [{ prediction: { source: { publishedOn: "asc" } } }, { prediction: { position: "asc" } }],
  });
  return rows.map(entryOf);
}

async function previousCompleted(year: number) {
  return prisma.review.findFirst({
    where: { status: "completed", year: { lt: year } },
    orderBy: { year: "desc" },
    select: { id: true, year: true, completedOn: true },
  });
}

export type ReviewDetail = ReviewSummary & {
  notes: string;
  figures: StoredFigures | null;
  entries: SnapshotEntry[];
  previous: { year: number; entries: SnapshotEntry[] } | null;
  changes: ReturnType<typeof diffReviews> | null;
  events: { kind: string; at: string; by: string; reason: string | null }[];
};

/** A review with its frozen snapshot (when completed) and the changes since the previous one. */
export async function getReview(year: number): Promise<ReviewDetail | null> {
  const r = await prisma.review.findUnique({
    where: { year },
    include: { events: { orderBy: { at: "asc" } } },
  });
  if (!r) return null;
  const figures = parseFigures(r.figures);
  const isCompleted = r.status === "completed";
  const prev = await previousCompleted(year);
  const [entries, prevEntries, counts] = await Promise.all([
    isCompleted ? snapshotEntries(r.id) : Promise.resolve([]),
    prev ? snapshotEntries(prev.id) : Promise.resolve(null),
    isCompleted && figures ? Promise.resolve(figures) : liveCounts(r.id),
  ]);
  return {
    id: r.id,
    year: r.year,
    title: r.title,
    status: r.status as ReviewStatus,
    openedOn: toIsoDay(r.openedOn),
    completedOn: isCompleted && r.completedOn ? toIsoDay(r.completedOn) : null,
    graded: counts.graded,
    total: counts.inScope,
    hitRate: isCompleted ? (figures?.hitRate.rate ?? null) : null,
    isSeeded: r.isSeeded,
    notes: r.notes,
    figures: isCompleted ? figures : null,
    entries,
    previous: prev && prevEntries ? { year: prev.year, entries: prevEntries } : null,
    changes: isCompleted ? diffReviews(prevEntries, entries) : null,
    events: r.events.map((e) => ({ kind: e.kind, at: e.at.toISOString(), by: e.by, reason: e.reason })),
  };
}

/** Verdict mix of every completed review, oldest first, for the comparison chart. */
export async function listReviewMixes(): Promise<{ year: number; figures: StoredFigures }[]> {
  const rows = await prisma.review.findMany({
    where: { status: "completed", figures: { not: null } },
    orderBy: { year: "asc" },
    select: { year: true, figures: true },
  });
  return rows.map((r) => ({ year: r.year, figures: parseFigures(r.figures)! }));
}

export async function openReview(
  input: { year: number; title?: string; notes?: string },
  actor: AuditActor,
  now = new Date(),
): Promise<ReviewSummary> {
  try {
    return await prisma.$transaction(async (tx) => {
      if (await tx.review.findUnique({ where: { year: input.year }, select: { id: true } })) {
        throw new ConflictError("review_exists", `A review for ${input.year} already exists`);
      }
      const open = await tx.review.findFirst({ where: { status: "open" }, select: { year: true } });
      if (open) throw new ConflictError("review_open", `The ${open.year} review is still open; complete it first`);
      // Reviews go forward in time: an earlier year opened now would be frozen with today's
      // data yet become the baseline that later reviews compare with.
      const later = await tx.review.findFirst({ where: { year: { gt: input.year } }, select: { year: true } });
      if (later) throw new ConflictError("review_out_of_order", `A review for ${later.year} exists; reviews cannot go back in time`);
      const r = await tx.review.create({
        data: {
          year: input.year,
          title: input.title?.trim() ? input.title : `${input.year} review`,
          notes: input.notes ?? "",
          status: "open",
          openSlot: "open",
          openedOn: new Date(`${utcToday(now)}T00:00:00.000Z`),
          events: { create: { kind: "opened", by: actor.label, at: now } },
        },
      });
      await writeAudit(tx, actor, { action: "review.open", entityType: "Review", entityId: r.id, after: { year: r.year, title: r.title } });
      return {
        id: r.id,
        year: r.year,
        title: r.title,
        status: "open" as const,
        openedOn: toIsoDay(r.openedOn),
        completedOn: null,
        graded: 0,
        total: await tx.prediction.count({ where: scopeWhere(r.id) }),
        hitRate: null,
        isSeeded: false,
      };
    });
  } catch (e) {
    // Two requests racing past the checks still meet the unique indexes.
    if (e instanceof Error && "code" in e && (e as { code?: string }).code === "P2002") {
      throw new ConflictError("review_conflict", "Another review was opened at the same time");
    }
    throw e;
  }
}

async function requireOpen(year: number) {
  const r = await prisma.review.findUnique({ where: { year }, select: { id: true, status: true } });
  if (!r) throw new NotFoundError("Review", String(year));
  if (r.status !== "open") throw new ConflictError("review_completed", `The ${year} review is completed; reopen it to change it`);
  return r;
}

/** Freezes the snapshot: every claim's verdict and credence now, and the scorecard figures. */
export async function completeReview(year: number, actor: AuditActor, now = new Date()): Promise<ReviewDetail> {
  await prisma.$transaction(async (tx) => {
    const r = await tx.review.findUnique({ where: { year }, select: { id: true, status: true } });
    if (!r) throw new NotFoundError("Review", String(year));
    // Claim the review atomically: of two simultaneous completions, only one finds it open.
    const claimed = await tx.review.updateMany({ where: { id: r.id, status: "open" }, data: { status: "completed", openSlot: null } });
    if (claimed.count === 0) throw new ConflictError("review_completed", `The ${year} review is completed; reopen it to change it`);
    const [inScope, graded] = await Promise.all([
      tx.prediction.count({ where: scopeWhere(r.id) }),
      tx.prediction.count({ where: { verdicts: { some: { reviewId: r.id, retractedAt: null } } } }),
    ]);
    const prev = await tx.review.findFirst({
      where: { status: "completed", year: { lt: year } },
      orderBy: { year: "desc" },
      select: { completedOn: true },
    });
    // completedOn holds the moment the previous review was frozen.
    const snapshot = await buildSnapshot(tx, now, prev?.completedOn ?? null);
    await freezeSnapshot(tx, r.id, snapshot, { inScope, graded });
    await tx.review.update({
      where: { id: r.id },
      data: { completedOn: now, events: { create: { kind: "completed", by: actor.label, at: now } } },
    });
    await writeAudit(tx, actor, {
      action: "review.complete",
      entityType: "Review",
      entityId: r.id,
      before: { status: "open" },
      after: { status: "completed", figures: snapshot.figures, graded, inScope },
    });
  });
  return (await getReview(year))!;
}

/** Reopening a completed review is explicit and recorded; completing it again re-freezes it. */
export async function reopenReview(year: number, reason: string, actor: AuditActor, now = new Date()): Promise<ReviewSummary> {
  const summary = await prisma.$transaction(async (tx) => {
    const r = await tx.review.findUnique({ where: { year }, select: { id: true, status: true } });
    if (!r) throw new NotFoundError("Review", String(year));
    if (r.status === "open") throw new ConflictError("review_open", `The ${year} review is already open`);
    const open = await tx.review.findFirst({ where: { status: "open" }, select: { year: true } });
    if (open) throw new ConflictError("review_open", `The ${open.year} review is open; complete it first`);
    // Re-freezing an older review would change what every later review compares with.
    const later = await tx.review.findFirst({ where: { year: { gt: year } }, select: { year: true } });
    if (later) throw new ConflictError("review_out_of_order", `The ${later.year} review exists; only the latest review can be reopened`);
    const reopened = await tx.review.update({
      where: { id: r.id },
      data: { status: "open", openSlot: "open", completedOn: null, events: { create: { kind: "reopened", by: actor.label, reason, at: now } } },
    });
    await writeAudit(tx, actor, { action: "review.reopen", entityType: "Review", entityId: r.id, before: { status: "completed" }, after: { status: "open", reason } });
    return { id: reopened.id, year, title: reopened.title, openedOn: toIsoDay(reopened.openedOn), isSeeded: reopened.isSeeded };
  });
  const counts = await liveCounts(summary.id);
  return { ...summary, status: "open", completedOn: null, graded: counts.graded, total: counts.inScope, hitRate: null };
}

/** Records this review's verdict for one claim. */
export async function recordReviewVerdict(year: number, predictionId: string, input: CreateVerdict, actor: AuditActor) {
  const r = await requireOpen(year);
  const inScope = await prisma.prediction.count({ where: { id: predictionId, ...scopeWhere(r.id) } });
  if (!inScope) {
    if (!(await prisma.prediction.count({ where: { id: predictionId } }))) throw new NotFoundError("Prediction", predictionId);
    throw new InvalidReferenceError("predictionId", "This claim has a final verdict and is not part of the review; reopen it first");
  }
  return createVerdict(predictionId, input, actor, { reviewId: r.id });
}
