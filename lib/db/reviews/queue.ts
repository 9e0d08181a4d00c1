import "server-only";
// The guided review of an open review: its queue of claims (a page at a time), the step on
// screen with its neighbours, the next claim to grade, and one claim's context (the evidence
// logged since the last review and before it).
import type { Grade, Stance } from "../../domain";
import { Prisma } from "../../generated/prisma/client";
import { QUEUE_PAGE_SIZE } from "../../reviews";
import { CONTEXT_EVIDENCE } from "../../validation/review-query";
import { prisma } from "../client";
import { toIsoDay } from "../dates";
import { NotFoundError } from "../errors";
import { gradedInReviewSql, reviewScopeSql } from "./review";
import { CLAIM_ORDER } from "./snapshot";

// The guided review: which claims an open review goes through, one page at a time, where a
// claim sits in that queue, and what a reviewer needs to see for it. Every count and
// neighbour is found in SQL, so a queue of 10,000 claims never comes into memory.

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

type QueueRow = {
  id: string;
  statement: string;
  quote: string;
  section: string;
  horizonFrom: number | bigint;
  horizonTo: number | bigint;
  impliedCredence: number | null;
  currentGrade: string | null;
  reopenedAt: Date | string | null;
  sourceId: string;
  sourceTitle: string;
  graded: number | bigint;
};

const n = (x: bigint | number | null | undefined) => Number(x ?? 0);

function itemOf(r: QueueRow): QueueItem {
  return {
    id: r.id,
    statement: r.statement,
    quote: r.quote,
    section: r.section,
    source: { id: r.sourceId, title: r.sourceTitle },
    horizon: { from: n(r.horizonFrom), to: n(r.horizonTo) },
    impliedCredence: r.impliedCredence,
    currentGrade: r.currentGrade as Grade | null,
    isReopened: r.reopenedAt !== null,
    gradedInReview: n(r.graded) === 1,
  };
}

const queueColumns = (reviewId: string) => Prisma.sql`
  p."id", p."statement", p."quote", p."section", p."horizonFrom", p."horizonTo", p."impliedCredence", p."currentGrade",
  p."reopenedAt", s."id" AS "sourceId", s."title" AS "sourceTitle",
  CASE WHEN ${gradedInReviewSql(reviewId)} THEN 1 ELSE 0 END AS "graded"`;

async function reviewIdOf(year: number): Promise<string> {
  const r = await prisma.review.findUnique({ where: { year }, select: { id: true } });
  if (!r) throw new NotFoundError("Review", String(year));
  return r.id;
}

export type QueuePage = {
  reviewId: string;
  items: QueueItem[];
  /** Claims in the queue as filtered (all, or those not yet graded). */
  total: number;
  page: number;
  pageSize: number;
};

/** One page of the claims an open review goes through, in source order, with whether each is graded. */
export async function getReviewQueue(
  year: number,
  options: { page?: number; ungradedOnly?: boolean; pageSize?: number; knownTotal?: number } = {},
): Promise<QueuePage> {
  const reviewId = await reviewIdOf(year);
  const pageSize = options.pageSize ?? QUEUE_PAGE_SIZE;
  const page = Math.max(1, options.page ?? 1);
  const filter = options.ungradedOnly ? Prisma.sql`AND NOT ${gradedInReviewSql(reviewId)}` : Prisma.empty;
  const [rows, total] = await Promise.all([
    prisma.$queryRaw<QueueRow[]>`
      SELECT ${queueColumns(reviewId)}
      FROM "Prediction" p JOIN "Source" s ON s."id" = p."sourceId"
      WHERE ${reviewScopeSql(reviewId)} ${filter}
      ORDER BY ${CLAIM_ORDER}
      LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`,
    // The guided review already counted the queue (getGuidedStep); others count it here.
    options.knownTotal ??
      prisma.$queryRaw<{ n: bigint }[]>`SELECT COUNT(*) AS "n" FROM "Prediction" p WHERE ${reviewScopeSql(reviewId)} ${filter}`.then((r) => n(r[0]?.n)),
  ]);
  return { reviewId, items: rows.map(itemOf), total, page, pageSize };
}

export type GuidedStep = {
  reviewId: string;
  /** "N of M graded": claims in the queue, and how many have a verdict in this review. */
  total: number;
  graded: number;
  /** The claim on screen; null when the queue is empty. */
  current: QueueItem | null;
  /** Its place in the queue (1-based), and among the claims not yet graded before it. */
  position: number;
  ungradedBefore: number;
  /** True when the URL asked for a claim that is not in this review. */
  isUnknown: boolean;
  previousId: string | null;
  nextId: string | null;
  /** The next claim still to grade after this one, wrapping round; null when none is left. */
  nextUngradedId: string | null;
};

type StepRow = {
  id: string;
  rn: bigint | number;
  prevId: string | null;
  nextId: string | null;
  firstId: string;
  lastId: string;
  ungradedAfter: string | null;
  ungradedWrapped: string | null;
  total: bigint | number;
  graded: bigint | number;
  ungradedBefore: bigint | number;
};

/**
 * Where the guided review stands on a claim: the claim the URL asks for (else the first not
 * yet graded, else the first), its neighbours with wrap-around, and the progress. One pass
 * over the queue: it is numbered once and every figure is read from that numbering.
 */
export async function getGuidedStep(year: number, claimId?: string): Promise<GuidedStep> {
  const reviewId = await reviewIdOf(year);
  const rows = await prisma.$queryRaw<StepRow[]>`
    WITH q AS (
      SELECT p."id",
        ROW_NUMBER() OVER (ORDER BY ${CLAIM_ORDER}) AS "rn",
        CASE WHEN ${gradedInReviewSql(reviewId)} THEN 1 ELSE 0 END AS "graded"
      FROM "Prediction" p JOIN "Source" s ON s."id" = p."sourceId"
      WHERE ${reviewScopeSql(reviewId)}
    )
    SELECT c."id", c."rn",
      (SELECT x."id" FROM q x WHERE x."rn" = c."rn" - 1) AS "prevId",
      (SELECT x."id" FROM q x WHERE x."rn" = c."rn" + 1) AS "nextId",
      (SELECT f."id" FROM q f WHERE f."rn" = 1) AS "firstId",
      (SELECT l."id" FROM q l WHERE l."rn" = (SELECT COUNT(*) FROM q)) AS "lastId",
      (SELECT a."id" FROM q a WHERE a."graded" = 0 AND a."rn" > c."rn" ORDER BY a."rn" LIMIT 1) AS "ungradedAfter",
      (SELECT w."id" FROM q w WHERE w."graded" = 0 AND w."rn" < c."rn" ORDER BY w."rn" LIMIT 1) AS "ungradedWrapped",
      (SELECT COUNT(*) FROM q) AS "total",
      (SELECT COUNT(*) FROM q g WHERE g."graded" = 1) AS "graded",
      (SELECT COUNT(*) FROM q b WHERE b."graded" = 0 AND b."rn" < c."rn") AS "ungradedBefore"
    FROM q c
    WHERE c."id" = COALESCE(
      (SELECT k."id" FROM q k WHERE k."id" = ${claimId ?? ""}),
      (SELECT u."id" FROM q u WHERE u."graded" = 0 ORDER BY u."rn" LIMIT 1),
      (SELECT f."id" FROM q f WHERE f."rn" = 1)
    )`;
  const row = rows[0];
  if (!row) {
    return { reviewId, total: 0, graded: 0, current: null, position: 0, ungradedBefore: 0, isUnknown: Boolean(claimId), previousId: null, nextId: null, nextUngradedId: null };
  }
  const [current] = await prisma.$queryRaw<QueueRow[]>`
    SELECT ${queueColumns(reviewId)} FROM "Prediction" p JOIN "Source" s ON s."id" = p."sourceId" WHERE p."id" = ${row.id}`;
  return {
    reviewId,
    total: n(row.total),
    graded: n(row.graded),
    current: itemOf(current),
    position: n(row.rn),
    ungradedBefore: n(row.ungradedBefore),
    isUnknown: Boolean(claimId) && claimId !== row.id,
    previousId: row.prevId ?? row.lastId,
    nextId: row.nextId ?? row.firstId,
    nextUngradedId: row.ungradedAfter ?? row.ungradedWrapped,
  };
}

/** After grading a claim: the next one still to grade after it (wrapping round), if any. */
export async function findNextToGrade(year: number, predictionId: string): Promise<string | null> {
  const step = await getGuidedStep(year, predictionId);
  return step.nextUngradedId;
}

/** A claim's statement, for "Verdict recorded for …" after the guided review moves on. */
export async function findClaimStatement(predictionId: string): Promise<string | null> {
  const p = await prisma.prediction.findUnique({ where: { id: predictionId }, select: { statement: true } });
  return p?.statement ?? null;
}

type ClaimEvidence = { id: string; title: string; url: string; observedOn: string; recordedAt: string; stance: Stance; summary: string };

/** The newest items of one evidence list, and how many it holds in all. */
export type EvidencePage = { items: ClaimEvidence[]; total: number };

export type ReviewClaimContext = {
  previous: { grade: Grade; credence: number | null; madeOn: string; rationale: string } | null;
  sinceLastReview: EvidencePage;
  older: EvidencePage;
  lastReview: { year: number; completedOn: string } | null;
};

const EVIDENCE_SELECT = { id: true, title: true, url: true, observedOn: true, recordedAt: true, stance: true, summary: true } as const;

/**
 * For the guided review: the claim's verdict before this review, and its evidence split into
 * what was logged since the last completed review and what is older, each newest first and
 * bounded (`limits`), with its total, since one claim can hold thousands of items.
 */
export async function getReviewClaimContext(
  year: number,
  reviewId: string,
  predictionId: string,
  limits: { since?: number; older?: number } = {},
): Promise<ReviewClaimContext> {
  const prev = await prisma.review.findFirst({
    where: { status: "completed", year: { lt: year } },
    orderBy: { year: "desc" },
    select: { year: true, completedOn: true },
  });
  const cutoff = prev?.completedOn ?? null;
  const live = { predictionId, retractedAt: null };
  const sinceWhere = cutoff ? { ...live, recordedAt: { gt: cutoff } } : live;
  const olderWhere = cutoff ? { ...live, recordedAt: { lte: cutoff } } : null;
  const take = (x: number | undefined) => Math.min(Math.max(1, x ?? CONTEXT_EVIDENCE.first), CONTEXT_EVIDENCE.max);
  const newestFirst = [{ recordedAt: "desc" as const }, { id: "desc" as const }];
  const [verdict, since, older, counts] = await Promise.all([
    prisma.verdict.findFirst({
      where: { predictionId, retractedAt: null, OR: [{ reviewId: null }, { reviewId: { not: reviewId } }] },
      orderBy: [{ madeOn: "desc" }, { recordedAt: "desc" }],
      select: { grade: true, credence: true, madeOn: true, rationale: true },
    }),
    prisma.evidence.findMany({ where: sinceWhere, orderBy: newestFirst, take: take(limits.since), select: EVIDENCE_SELECT }),
    olderWhere ? prisma.evidence.findMany({ where: olderWhere, orderBy: newestFirst, take: take(limits.older), select: EVIDENCE_SELECT }) : [],
    // Both lists' sizes in one pass over the claim's evidence.
    prisma.$queryRaw<{ since: bigint | number | null; all: bigint | number }[]>`
      SELECT SUM(CASE WHEN "recordedAt" > ${cutoff ?? new Date(0)} THEN 1 ELSE 0 END) AS "since", COUNT(*) AS "all"
      FROM "Evidence" WHERE "predictionId" = ${predictionId} AND "retractedAt" IS NULL`,
  ]);
  const sinceTotal = n(counts[0]?.since);
  const olderTotal = n(counts[0]?.all) - sinceTotal;
  const shape = (e: (typeof since)[number]): ClaimEvidence => ({
    ...e,
    observedOn: toIsoDay(e.observedOn),
    recordedAt: e.recordedAt.toISOString(),
    stance: e.stance as Stance,
  });
  return {
    previous: verdict
      ? { grade: verdict.grade as Grade, credence: verdict.credence, madeOn: toIsoDay(verdict.madeOn), rationale: verdict.rationale }
      : null,
    sinceLastReview: { items: since.map(shape), total: sinceTotal },
    older: { items: older.map(shape), total: olderTotal },
    lastReview: prev?.completedOn ? { year: prev.year, completedOn: toIsoDay(prev.completedOn) } : null,
  };
}
