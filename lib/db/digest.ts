// What the weekly digest reads: who is due a digest, the claims due for a verdict (read once
// per run), each reader's new evidence on the claims they follow (bounded, with counts), and
// where the yearly review stands; plus the opt-in on /account and marking a digest sent.
// No "server-only" guard: `npm run digest` loads it outside Next.js.
import type { Grade, Stance } from "../domain";
import { DIGEST_INTERVAL_DAYS, DIGEST_LIST_MAX, type DueClaim, type FollowedEvidence, type ReviewState } from "../digest";
import { Prisma } from "../generated/prisma/client";
import { CLAIMS_FROM, readyForFinalSql, staleSql } from "./claim-query";
import { prisma } from "./client";
import { toIsoDay } from "./dates";

const DAY = 86_400_000;
const n = (x: bigint | number | null | undefined) => Number(x ?? 0);

export type DigestSettings = { digestOptIn: boolean; digestSentAt: string | null; followCount: number };

export async function getDigestSettings(userId: string): Promise<DigestSettings> {
  const [user, followCount] = await Promise.all([
    prisma.user.findUnique({ where: { id: userId }, select: { digestOptIn: true, digestSentAt: true } }),
    prisma.claimFollow.count({ where: { userId } }),
  ]);
  return { digestOptIn: user?.digestOptIn ?? false, digestSentAt: user?.digestSentAt?.toISOString() ?? null, followCount };
}

/** Opting in or out of the weekly digest (a personal preference, not audited). */
export async function setDigestOptIn(userId: string, optIn: boolean): Promise<void> {
  await prisma.user.update({ where: { id: userId }, data: { digestOptIn: optIn } });
}

export type DigestRecipient = { id: string; name: string; email: string; digestSentAt: Date | null };

/**
 * One batch of readers due a digest, by id after `afterId`: opted in, an editor or admin, not
 * disabled, and sent none in the last DIGEST_INTERVAL_DAYS days.
 */
export async function listDigestRecipients(now: Date, afterId: string | null, take = 100): Promise<DigestRecipient[]> {
  const cutoff = new Date(now.getTime() - DIGEST_INTERVAL_DAYS * DAY);
  return prisma.user.findMany({
    where: {
      digestOptIn: true,
      disabledAt: null,
      role: { in: ["editor", "admin"] },
      OR: [{ digestSentAt: null }, { digestSentAt: { lte: cutoff } }],
      ...(afterId ? { id: { gt: afterId } } : {}),
    },
    orderBy: { id: "asc" },
    take,
    select: { id: true, name: true, email: true, digestSentAt: true },
  });
}

type DueRow = { id: string; statement: string; horizonTo: number | bigint; currentGrade: string | null };

async function dueList(where: Prisma.Sql): Promise<{ total: number; items: DueClaim[] }> {
  const [rows, count] = await Promise.all([
    prisma.$queryRaw<DueRow[]>`
      SELECT "p"."id", "p"."statement", "p"."horizonTo", "p"."currentGrade" FROM ${CLAIMS_FROM}
      WHERE ${where} ORDER BY "p"."horizonTo", "s"."publishedOn", "p"."position", "p"."id" LIMIT ${DIGEST_LIST_MAX}`,
    prisma.$queryRaw<{ n: bigint }[]>`SELECT COUNT(*) AS "n" FROM "Prediction" "p" WHERE ${where}`,
  ]);
  return {
    total: n(count[0]?.n),
    items: rows.map((r) => ({ id: r.id, statement: r.statement, horizonTo: n(r.horizonTo), currentGrade: r.currentGrade as Grade | null })),
  };
}

/** The claims due for a verdict, by the claim list's own rules (due=final and due=stale): the same for every reader. */
export async function readDueClaims(now: Date) {
  const [readyForFinal, stale] = await Promise.all([dueList(readyForFinalSql(now)), dueList(staleSql(now))]);
  return { readyForFinal, stale };
}

/** Where the yearly review stands: the last completion day and any open review. */
export async function readReviewState(): Promise<ReviewState> {
  const [last, open] = await Promise.all([
    prisma.review.findFirst({ where: { status: "completed", completedOn: { not: null } }, orderBy: { completedOn: "desc" }, select: { completedOn: true } }),
    prisma.review.findFirst({ where: { status: "open" }, select: { year: true } }),
  ]);
  return { lastCompletedOn: last?.completedOn ? toIsoDay(last.completedOn) : null, openYear: open?.year ?? null };
}

type EvidenceRow = {
  id: string;
  title: string;
  url: string;
  stance: string;
  observedOn: Date | string;
  predictionId: string;
  statement: string;
};

/**
 * Live evidence recorded after `since` on the claims a reader follows: the newest
 * DIGEST_LIST_MAX, how many in all, and on how many claims. Two queries whatever the numbers
 * of claims followed and items, each walking the (predictionId, retractedAt, recordedAt) index.
 */
export async function readFollowedEvidence(userId: string, since: Date): Promise<{ total: number; claims: number; items: FollowedEvidence[] }> {
  const where = Prisma.sql`"f"."userId" = ${userId} AND "e"."retractedAt" IS NULL AND "e"."recordedAt" > ${since}`;
  const join = Prisma.sql`"ClaimFollow" "f" JOIN "Evidence" "e" ON "e"."predictionId" = "f"."predictionId"`;
  const [rows, counts] = await Promise.all([
    prisma.$queryRaw<EvidenceRow[]>`
      SELECT "e"."id", "e"."title", "e"."url", "e"."stance", "e"."observedOn", "p"."id" AS "predictionId", "p"."statement"
      FROM ${join} JOIN "Prediction" "p" ON "p"."id" = "e"."predictionId"
      WHERE ${where} ORDER BY "e"."recordedAt" DESC, "e"."id" DESC LIMIT ${DIGEST_LIST_MAX}`,
    prisma.$queryRaw<{ total: bigint; claims: bigint }[]>`
      SELECT COUNT(*) AS "total", COUNT(DISTINCT "e"."predictionId") AS "claims" FROM ${join} WHERE ${where}`,
  ]);
  return {
    total: n(counts[0]?.total),
    claims: n(counts[0]?.claims),
    items: rows.map((r) => ({
      id: r.id,
      title: r.title,
      url: r.url,
      stance: r.stance as Stance,
      observedOn: toIsoDay(r.observedOn instanceof Date ? r.observedOn : new Date(r.observedOn)),
      claim: { id: r.predictionId, statement: r.statement },
    })),
  };
}

/** After a digest went out (or there was nothing to send): the next one covers from `at`. */
export async function markDigestSent(userId: string, at: Date): Promise<void> {
  await prisma.user.update({ where: { id: userId }, data: { digestSentAt: at } });
}
