// Seeds the essay's claims and, unless SEED_EVIDENCE=0, starter evidence and verdicts.
// Idempotent: each part is written once, in one transaction, keyed by stable seed keys,
// and nothing a user added is ever read or changed.
import { pathToFileURL } from "node:url";
import { DEV_ADMIN, isProduction } from "../lib/auth/config";
import { readCredence } from "../lib/credence";
import { createUser } from "../lib/db/users";
import { createPrismaClient, type Db } from "../lib/db/client";
import { fromIsoDay } from "../lib/db/dates";
import { buildSnapshot, freezeSnapshot } from "../lib/db/reviews/snapshot";
import { sealReview } from "../lib/db/reviews/chain";
import { refreshAllClaimSummaries } from "../lib/db/claim-summary";
import { isFinal } from "../lib/reviews";
import { isResolvingGrade } from "../lib/forecast-scoring";
import { readHorizon } from "../lib/horizon";
import { ESSAY_CLAIMS, ESSAY_SOURCE } from "./seed-data/essay";
import { SEED_EVIDENCE } from "./seed-data/evidence";
import { SEED_VERDICTS } from "./seed-data/verdicts";

export type SeedResult = { claims: number; evidence: number; verdicts: number; reviews: number };

/** The seeded verdicts fall on these yearly review days; each becomes a completed review. */
export const SEED_REVIEW_DAYS = ["2023-12-15", "2024-12-15", "2025-12-15"] as const;

const SEEDED_BY = "Seed data";

async function seedClaims(db: Db): Promise<number> {
  if (await db.source.findUnique({ where: { seedKey: ESSAY_SOURCE.seedKey }, select: { id: true } })) return 0;
  const madeOn = fromIsoDay(ESSAY_SOURCE.publishedOn);
  const madeYear = madeOn.getUTCFullYear();
  await db.$transaction(async (tx) => {
    const source = await tx.source.create({
      data: { ...ESSAY_SOURCE, publishedOn: madeOn },
    });
    const idByKey = new Map<string, string>();
    for (const [index, claim] of ESSAY_CLAIMS.entries()) {
      const horizon = readHorizon(claim.horizonPhrase, madeYear);
      const credence = readCredence(claim.quote);
      const parentId = claim.parentKey ? idByKey.get(claim.parentKey) : undefined;
      if (claim.parentKey && !parentId) throw new Error(`Seed claim ${claim.seedKey}: parent ${claim.parentKey} must come first`);
      const created = await tx.prediction.create({
        data: {
          seedKey: claim.seedKey,
          sourceId: source.id,
          quote: claim.quote,
          section: claim.section,
          position: index + 1,
          statement: claim.statement,
          criteria: claim.criteria,
          madeOn,
          horizonPhrase: claim.horizonPhrase || horizon.rule,
          horizonFrom: horizon.from,
          horizonTo: horizon.to,
          impliedCredence: credence.credence,
          credenceWord: credence.word,
          parentId,
          tags: { connectOrCreate: claim.tags.map((name) => ({ where: { name }, create: { name } })) },
        },
        select: { id: true },
      });
      idByKey.set(claim.seedKey, created.id);
    }
    // Summary columns and trend rows, recomputed from the rows (they are correct for any data).
    await refreshAllClaimSummaries(tx);
  });
  return ESSAY_CLAIMS.length;
}

async function seedEvidenceAndVerdicts(db: Db): Promise<{ evidence: number; verdicts: number }> {
  if (await db.evidence.findFirst({ where: { isSeeded: true }, select: { id: true } })) return { evidence: 0, verdicts: 0 };
  if (await db.verdict.findFirst({ where: { isSeeded: true }, select: { id: true } })) return { evidence: 0, verdicts: 0 };
  const claims = await db.prediction.findMany({
    where: { seedKey: { not: null } },
    select: { id: true, seedKey: true },
  });
  const claimId = new Map(claims.map((c) => [c.seedKey as string, c.id]));
  const need = (key: string) => {
    const id = claimId.get(key);
    if (!id) throw new Error(`Seed data refers to unknown claim ${key}`);
    return id;
  };
  const seededAt = new Date();
  await db.$transaction(async (tx) => {
    const evidenceId = new Map<string, string>();
    for (const e of SEED_EVIDENCE) {
      const row = await tx.evidence.create({
        data: {
          predictionId: need(e.claimKey),
          title: e.title,
          url: e.url,
          observedOn: fromIsoDay(e.observedOn),
          // Entered by this seed run, not on the day it happened: the record says so.
          recordedAt: seededAt,
          stance: e.stance,
          strength: e.strength,
          summary: e.summary,
          excerpt: e.excerpt ?? null,
          archiveUrl: e.archiveUrl ?? null,
          loggedBy: SEEDED_BY,
          isSeeded: true,
        },
        select: { id: true },
      });
      evidenceId.set(e.key, row.id);
    }
    for (const v of [...SEED_VERDICTS].sort((a, b) => a.madeOn.localeCompare(b.madeOn))) {
      const predictionId = need(v.claimKey);
      await tx.verdict.create({
        data: {
          predictionId,
          grade: v.grade,
          credence: v.credence ?? null,
          rationale: v.rationale,
          madeOn: fromIsoDay(v.madeOn),
          // Graded in hindsight by this seed run: flagged, and its credence is no forecast.
          recordedAt: seededAt,
          resolvedOn: isResolvingGrade(v.grade) ? fromIsoDay(v.resolvedOn ?? v.madeOn) : null,
          madeBy: SEEDED_BY,
          isSeeded: true,
          citations: {
            create: (v.cites ?? []).map((key) => {
              const id = evidenceId.get(key);
              if (!id) throw new Error(`Seed verdict for ${v.claimKey} cites unknown evidence ${key}`);
              return { evidenceId: id };
            }),
          },
        },
      });
    }
    await refreshAllClaimSummaries(tx);
  });
  return { evidence: SEED_EVIDENCE.length, verdicts: SEED_VERDICTS.length };
}

const endOfDay = (day: string) => new Date(`${day}T23:59:59.999Z`);

/**
 * Freezes a completed review for each yearly point the seeded verdicts fall on, as of that
 * day, so year-over-year views have data on the first run. Years that already have a
 * review (a user's) are left alone.
 */
async function seedReviews(db: Db): Promise<number> {
  if (await db.review.findFirst({ where: { isSeeded: true }, select: { id: true } })) return 0;
  let created = 0;
  let previousEnd: Date | null = null;
  for (const day of SEED_REVIEW_DAYS) {
    const year = Number(day.slice(0, 4));
    const madeOn = fromIsoDay(day);
    const hasVerdicts = await db.verdict.count({ where: { isSeeded: true, madeOn } });
    const exists = await db.review.findUnique({ where: { year }, select: { id: true } });
    if (!hasVerdicts || exists) {
      previousEnd = endOfDay(day);
      continue;
    }
    const end = endOfDay(day);
    const since = previousEnd;
    await db.$transaction(async (tx) => {
      const review = await tx.review.create({
        data: {
          year,
          title: `${year} review`,
          status: "completed",
          openedOn: fromIsoDay(`${year}-12-01`),
          completedOn: end,
          notes: "Seeded from the starter verdicts recorded on this day.",
          isSeeded: true,
          events: {
            create: [
              { kind: "opened", by: SEEDED_BY, at: fromIsoDay(`${year}-12-01`) },
              { kind: "completed", by: SEEDED_BY, at: end },
            ],
          },
        },
      });
      await tx.verdict.updateMany({ where: { isSeeded: true, madeOn }, data: { reviewId: review.id } });
      const graded = new Set(
        (await tx.verdict.findMany({ where: { reviewId: review.id }, select: { predictionId: true } })).map((v) => v.predictionId),
      );
      // A reconstruction: its evidence was entered later, so it counts from the day observed.
      const before = await buildSnapshot(tx, new Date(madeOn.getTime() - 1), since, "observed");
      const inScope = before.entries.filter((e) => graded.has(e.predictionId) || !isFinal(e.grade)).length;
      await freezeSnapshot(tx, review.id, await buildSnapshot(tx, end, since, "observed"), { inScope, graded: graded.size });
      // Sealed like any completed review, chained to the previous year's.
      const { hash } = await sealReview(tx, review.id);
      await tx.reviewEvent.updateMany({ where: { reviewId: review.id, kind: "completed" }, data: { hash } });
    });
    created += 1;
    previousEnd = end;
  }
  return created;
}

export async function seedDatabase(db: Db, options: { withEvidence?: boolean } = {}): Promise<SeedResult> {
  const claims = await seedClaims(db);
  if (options.withEvidence === false) return { claims, evidence: 0, verdicts: 0, reviews: 0 };
  const extra = await seedEvidenceAndVerdicts(db);
  const reviews = await seedReviews(db);
  return { claims, ...extra, reviews };
}

/** SEED_EVIDENCE=0 (or "false"/"no") seeds the claims only. */
export function wantsSeedEvidence(env: NodeJS.ProcessEnv = process.env): boolean {
  return !/^(0|false|no|off)$/i.test(env.SEED_EVIDENCE ?? "");
}

/**
 * Development only: a local admin (DEV_ADMIN in lib/auth/config.ts) on a database with no
 * accounts, so a fresh clone can sign in and write. Never in production, where sign-in
 * also refuses these credentials.
 */
async function seedDevAdmin(db: Db): Promise<boolean> {
  if (isProduction() || (await db.user.count()) > 0) return false;
  await createUser({ ...DEV_ADMIN, role: "admin" }, { id: null, label: SEEDED_BY });
  return true;
}

export async function runSeed(): Promise<SeedResult> {
  const db = createPrismaClient();
  try {
    if (await seedDevAdmin(db)) {
      console.log(`Created the development admin ${DEV_ADMIN.email} / ${DEV_ADMIN.password} (development only).`);
    }
    const result = await seedDatabase(db, { withEvidence: wantsSeedEvidence() });
    const added = result.claims + result.evidence + result.verdicts + result.reviews;
    console.log(
      added
        ? `Seeded ${result.claims} claims, ${result.evidence} evidence items, ${result.verdicts} verdicts, ${result.reviews} reviews.`
        : "Seed: nothing to do (already seeded).",
    );
    return result;
  } finally {
    await db.$disconnect();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  runSeed().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
