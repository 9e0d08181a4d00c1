// Sealing completed reviews and verifying their seals (the hashing itself is lib/review-hash.ts).
//
// The chain runs through completed reviews by year: a review's `previousHash` is the hash of
// the nearest earlier-year completed review when it was sealed ("" in the hash, null in the
// column, for the first). Reviews only move forward (openReview refuses an earlier year, and
// only the latest review can be reopened), so in normal use the chain only grows at its end;
// reopening and completing the latest review again seals it anew, as a new last link that
// points at the same predecessor, and the hash it replaced stays in its events ("reopened"
// keeps the hash it set aside, each "completed" the hash it sealed).
//
// Verification takes each completed review on its own and checks two things:
//   1. its stored snapshot still gives its stored hash, recomputed with its stored
//      previousHash: otherwise its entries, figures or completion time were changed;
//   2. its stored previousHash is the current hash of the nearest earlier completed review:
//      otherwise the chain is broken after that year (an earlier review was re-sealed, or a
//      hash was edited), even when each snapshot still matches its own hash.
// It reads one review's entries at a time, a page at a time, so any size fits in memory.
//
// What it cannot catch alone: someone with write access and this code can re-seal an edited
// review and every later one. The hashes printed on each review's page and in its published
// report are the anchors for that: a copy kept elsewhere no longer matches.
//
// A completed review with no hash fails verification ("not sealed"): a deleted hash must not
// pass. Reviews completed before sealing existed are sealed once, after the fact, with
// `npm run verify -- --seal-unsealed` (sealUnsealedReviews), which records a "sealed" event.
//
// No "server-only" here: the seed and `npm run verify` run it outside Next.js.
import type { Prisma } from "../../generated/prisma/client";
import { ReviewHasher, type SealedEntry, type SealedHeader, shortHash } from "../../review-hash";
import type { Db as Client } from "../client";

type Db = Prisma.TransactionClient;

/** Entries read per query while hashing. */
const ENTRY_PAGE = 1000;

const ENTRY_SELECT = {
  id: true,
  predictionId: true,
  statement: true,
  quote: true,
  grade: true,
  credence: true,
  rationale: true,
  verdictId: true,
  verdictOn: true,
  evidenceCount: true,
  newEvidenceCount: true,
  citedEvidence: true,
} as const;

/**
 * The hash of one review's stored snapshot chained to `previousHash`. Pages follow the
 * unique (reviewId, predictionId) index in the database's own order; the hash does not
 * depend on it (lib/review-hash.ts sorts the digests itself).
 */
export async function computeReviewHash(db: Db, review: { id: string } & SealedHeader, previousHash: string | null): Promise<string> {
  const hasher = new ReviewHasher(review);
  let after: string | null = null;
  for (;;) {
    const page: SealedEntry[] = await db.reviewEntry.findMany({
      where: { reviewId: review.id, ...(after === null ? {} : { predictionId: { gt: after } }) },
      orderBy: { predictionId: "asc" },
      take: ENTRY_PAGE,
      select: ENTRY_SELECT,
    });
    hasher.add(page);
    if (page.length < ENTRY_PAGE) break;
    after = page[page.length - 1].predictionId;
  }
  return hasher.digest(previousHash);
}

/** The nearest earlier-year completed review: the link a review's previousHash points at. */
async function previousLink(db: Db, year: number) {
  return db.review.findFirst({
    where: { status: "completed", year: { lt: year } },
    orderBy: { year: "desc" },
    select: { year: true, hash: true },
  });
}

export type Seal = { hash: string; previousHash: string | null };

/**
 * Seals a completed review as it is stored now, inside the caller's transaction (after its
 * snapshot, figures and completedOn are written): stores its hash and previousHash.
 */
export async function sealReview(tx: Db, reviewId: string): Promise<Seal> {
  const review = await tx.review.findUniqueOrThrow({
    where: { id: reviewId },
    select: { id: true, year: true, status: true, completedOn: true, figures: true },
  });
  if (review.status !== "completed" || !review.completedOn) {
    throw new Error(`The ${review.year} review is not completed; only a completed review is sealed`);
  }
  const previousHash = (await previousLink(tx, review.year))?.hash ?? null;
  const hash = await computeReviewHash(tx, { ...review, completedOn: review.completedOn }, previousHash);
  await tx.review.update({ where: { id: reviewId }, data: { hash, previousHash } });
  return { hash, previousHash };
}

export type ReviewSealCheck = {
  year: number;
  status: "open" | "completed";
  hash: string | null;
  previousHash: string | null;
  /** The hash the stored snapshot gives now (null for an open or unsealed review). */
  recomputedHash: string | null;
  ok: boolean;
  /** What is wrong, in words; null when ok. */
  problem: string | null;
};

export type ReviewChainCheck = { ok: boolean; reviews: ReviewSealCheck[] };

/** Recomputes every completed review's seal and checks each link; oldest first. */
export async function verifyReviewChain(db: Db): Promise<ReviewChainCheck> {
  // One row per year: the list of reviews itself stays small.
  const reviews = await db.review.findMany({
    orderBy: { year: "asc" },
    select: { id: true, year: true, status: true, completedOn: true, figures: true, hash: true, previousHash: true },
  });
  const results: ReviewSealCheck[] = [];
  let previous: { year: number; hash: string | null } | null = null;
  for (const r of reviews) {
    const base = { year: r.year, hash: r.hash, previousHash: r.previousHash };
    if (r.status !== "completed") {
      // Reopening clears the seal; an open review with one was not reopened by the app.
      const problem = r.hash === null ? null : "The review is open but still carries a hash";
      results.push({ ...base, status: "open", recomputedHash: null, ok: problem === null, problem });
      continue;
    }
    const problems: string[] = [];
    let recomputedHash: string | null = null;
    if (r.hash === null || r.completedOn === null) {
      problems.push(
        r.completedOn === null
          ? "Completed without a completion time, so it cannot be sealed"
          : "Not sealed: it has no hash (a review completed before reviews were sealed is sealed once with npm run verify -- --seal-unsealed)",
      );
    } else {
      recomputedHash = await computeReviewHash(db, { ...r, completedOn: r.completedOn }, r.previousHash);
      if (recomputedHash !== r.hash) {
        problems.push(
          `The stored snapshot (entries, figures or completion time) no longer matches its hash (stored ${shortHash(r.hash)}…, recomputed ${shortHash(recomputedHash)}…)`,
        );
      }
    }
    if (previous === null) {
      if (r.previousHash !== null) problems.push("previousHash names an earlier review, but there is no earlier completed review");
    } else if (r.previousHash !== previous.hash) {
      problems.push(
        previous.hash === null
          ? `The chain is broken after ${previous.year}: the ${previous.year} review has no hash`
          : `The chain is broken after ${previous.year}: previousHash is not the ${previous.year} review's current hash (${shortHash(previous.hash)}…)`,
      );
    }
    results.push({ ...base, status: "completed", recomputedHash, ok: problems.length === 0, problem: problems.length ? problems.join("; ") : null });
    previous = { year: r.year, hash: r.hash };
  }
  return { ok: results.every((r) => r.ok), reviews: results };
}

/** Why a review was sealed after the fact, on its "sealed" event. */
export const SEALED_AFTER_THE_FACT = "Sealed after the fact: it was completed before reviews were sealed";

/**
 * Seals completed reviews that have no hash (completed before sealing existed), oldest
 * first, each chained to the one before, in one transaction; each gets a "sealed" event.
 * It never rewrites a seal: if a sealed review follows an unsealed one, sealing the earlier
 * one would leave the later one pointing at nothing, so it refuses and says which years.
 * Returns the years it sealed (none when every completed review is sealed).
 */
export async function sealUnsealedReviews(db: Client, by: string, now = new Date()): Promise<{ year: number; hash: string }[]> {
  return db.$transaction(
    async (tx) => {
      const completed = await tx.review.findMany({ where: { status: "completed" }, orderBy: { year: "asc" }, select: { id: true, year: true, hash: true } });
      const first = completed.findIndex((r) => r.hash === null);
      if (first === -1) return [];
      const tail = completed.slice(first);
      const sealedLater = tail.filter((r) => r.hash !== null).map((r) => r.year);
      if (sealedLater.length) {
        const unsealed = tail.filter((r) => r.hash === null).map((r) => r.year);
        throw new Error(
          `Cannot seal ${unsealed.join(", ")} after the fact: the later ${sealedLater.join(", ")} ${sealedLater.length === 1 ? "review is" : "reviews are"} already sealed, and a seal is never rewritten`,
        );
      }
      const sealed: { year: number; hash: string }[] = [];
      for (const r of tail) {
        const { hash } = await sealReview(tx, r.id);
        await tx.reviewEvent.create({ data: { reviewId: r.id, kind: "sealed", by, at: now, reason: SEALED_AFTER_THE_FACT, hash } });
        sealed.push({ year: r.year, hash });
      }
      return sealed;
    },
    { timeout: 120_000, maxWait: 10_000 },
  );
}
