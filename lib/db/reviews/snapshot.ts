// A review's frozen snapshot: each claim's latest verdict as of a moment, with its cited
// evidence and evidence counts, and the figures frozen beside it. Shared by completing a
// review and by the seed, which freezes past reviews as of their dates.
//
// Everything here works at any number of claims inside one transaction: the snapshot is
// written with one INSERT … SELECT, the figures and "what changed" are GROUP BY counts,
// and no statement binds a list that grows with the data. The SQL is plain enough for
// PostgreSQL too (double-quoted identifiers, dates as parameters, no SQLite functions).
import type { Grade } from "../../domain";
import { Prisma } from "../../generated/prisma/client";
import { type ChangeSummary, figuresFromCounts, MOST_NEW_EVIDENCE, type NewEvidenceLeader, type ReviewFigures, type SnapshotEntry, type StoredFigures, summarizeChanges } from "../../reviews";
import { toIsoDay } from "../dates";

type Tx = Prisma.TransactionClient;

/** Entries a citation-filling statement handles at once: two bound values each, under 999. */
const CITATION_CHUNK = 300;

/** Evidence logged after this counts as new when there is no previous review. */
const BEGINNING = new Date(0);

/** The order claims are listed in everywhere: by source, then where they sit in it. */
export const CLAIM_ORDER = Prisma.sql`s."publishedOn", p."sourceId", p."position", p."id"`;

/**
 * The claims that existed at `asOf`, each joined with its latest verdict made by then (`v`)
 * and its evidence counts (`ec`: all logged by then, and those logged after `since`).
 */
function claimsAsOf(asOf: Date, since: Date | null, extraJoins = Prisma.empty, clock: EvidenceClock = "recorded"): Prisma.Sql {
  const known = Prisma.raw(clock === "observed" ? `e."observedOn"` : `e."recordedAt"`);
  return Prisma.sql`
    FROM "Prediction" p
    JOIN "Source" s ON s."id" = p."sourceId"
    LEFT JOIN "Verdict" v ON v."id" = (
      SELECT lv."id" FROM "Verdict" lv
      WHERE lv."predictionId" = p."id" AND lv."retractedAt" IS NULL AND lv."madeOn" <= ${asOf}
      ORDER BY lv."madeOn" DESC, lv."recordedAt" DESC, lv."id" DESC
      LIMIT 1
    )
    LEFT JOIN (
      SELECT e."predictionId",
        COUNT(*) AS "total",
        SUM(CASE WHEN ${known} > ${since ?? BEGINNING} THEN 1 ELSE 0 END) AS "fresh"
      FROM "Evidence" e
      WHERE e."retractedAt" IS NULL AND ${known} <= ${asOf}
      GROUP BY e."predictionId"
    ) ec ON ec."predictionId" = p."id"
    ${extraJoins}
    WHERE p."madeOn" <= ${asOf}`;
}

/**
 * When an evidence item counts as known to a snapshot: when it was entered (`recorded`, every
 * real review), or the day it happened (`observed`, for the seed's reconstructions of past
 * reviews, whose evidence was all entered later).
 */
export type EvidenceClock = "recorded" | "observed";

export type SnapshotSpec = { asOf: Date; since: Date | null; clock?: EvidenceClock };

export type BuiltSnapshot = SnapshotSpec & { entries: (SnapshotEntry & { verdictId: string | null })[]; figures: ReviewFigures };

type SnapshotRow = {
  predictionId: string;
  statement: string;
  quote: string;
  grade: string | null;
  credence: number | null;
  rationale: string | null;
  verdictId: string | null;
  verdictOn: Date | string | null;
  evidenceCount: bigint | number;
  newEvidenceCount: bigint | number;
};

const asDate = (d: Date | string) => (d instanceof Date ? d : new Date(d));

/**
 * What a snapshot taken at `asOf` would hold, read into memory, in claim order. For small
 * data and previews (the seed uses it to see grades just before a review day); freezing a
 * snapshot never reads it into memory (see `freezeSnapshot`). Its result can be passed to
 * `freezeSnapshot`, which freezes the same moment.
 */
export async function buildSnapshot(tx: Tx, asOf: Date, previousCompletedAt: Date | null, clock: EvidenceClock = "recorded"): Promise<BuiltSnapshot> {
  const [rows, cited] = await Promise.all([
    tx.$queryRaw<SnapshotRow[]>`
      SELECT p."id" AS "predictionId", p."statement", p."quote", v."grade", v."credence", v."rationale",
        v."id" AS "verdictId", v."madeOn" AS "verdictOn",
        COALESCE(ec."total", 0) AS "evidenceCount", COALESCE(ec."fresh", 0) AS "newEvidenceCount"
      ${claimsAsOf(asOf, previousCompletedAt, Prisma.empty, clock)}
      ORDER BY ${CLAIM_ORDER}`,
    tx.$queryRaw<{ predictionId: string; title: string; url: string }[]>`
      SELECT p."id" AS "predictionId", ev."title", ev."url"
      ${claimsAsOf(
        asOf,
        previousCompletedAt,
        Prisma.sql`JOIN "VerdictEvidence" ve ON ve."verdictId" = v."id" JOIN "Evidence" ev ON ev."id" = ve."evidenceId"`,
        clock,
      )}
      ORDER BY p."id", ev."observedOn", ev."id"`,
  ]);
  const citations = new Map<string, { title: string; url: string }[]>();
  for (const c of cited) citations.set(c.predictionId, [...(citations.get(c.predictionId) ?? []), { title: c.title, url: c.url }]);
  const entries = rows.map((r) => ({
    predictionId: r.predictionId,
    statement: r.statement,
    quote: r.quote,
    grade: r.grade as Grade | null,
    credence: r.credence,
    rationale: r.rationale,
    verdictId: r.verdictId,
    verdictOn: r.verdictOn === null ? null : toIsoDay(asDate(r.verdictOn)),
    evidenceCount: Number(r.evidenceCount),
    newEvidenceCount: Number(r.newEvidenceCount),
    citedEvidence: citations.get(r.predictionId) ?? [],
  }));
  return { asOf, since: previousCompletedAt, clock, entries, figures: figuresFromCounts(entries.map((e) => ({ grade: e.grade, count: 1 }))) };
}

/** Ordinals in entry ids start here, so every id of a review has the same length. */
const FIRST_ORDINAL = 1_000_000_000;

/**
 * The lowest and highest id a review's entries can have. The ids differ only in their
 * fixed-width digits after the same prefix, so the bounds hold under any collation
 * (PostgreSQL's linguistic ones order punctuation differently, but digits alike).
 */
export function entryIdRange(reviewId: string): { first: string; last: string } {
  return { first: `${reviewId}:${FIRST_ORDINAL}`, last: `${reviewId}:${"9".repeat(String(FIRST_ORDINAL).length)}` };
}

/**
 * Replaces a review's snapshot with every claim as it stood at `spec.asOf` and stores the
 * frozen figures (the scorecard, `extra`, and what changed since the previous completed
 * review), inside the caller's transaction. Returns the stored figures.
 *
 * Entry ids are `<reviewId>:<1000000000 + n>`, n being the claim's place in claim order at
 * that moment: unique within the review, made in SQL so the rows never pass through
 * JavaScript, and of one length, so ordering a snapshot by id lists it in its frozen order
 * straight from the primary key, with no join or sort. `entryOrder: "id"` in the figures
 * says so (snapshots frozen before it are ordered by joining their claims).
 */
export async function freezeSnapshot(
  tx: Tx,
  reviewId: string,
  spec: SnapshotSpec,
  extra: { inScope: number; graded: number },
): Promise<StoredFigures & { changes: ChangeSummary; entryOrder: "id" }> {
  await tx.$executeRaw`DELETE FROM "ReviewEntry" WHERE "reviewId" = ${reviewId}`;
  await tx.$executeRaw`
    INSERT INTO "ReviewEntry" ("id", "reviewId", "predictionId", "statement", "quote", "grade", "credence", "rationale",
      "verdictId", "verdictOn", "newEvidenceCount", "evidenceCount", "citedEvidence")
    SELECT CAST(${reviewId} AS TEXT) || ':' || CAST(${Prisma.raw(String(FIRST_ORDINAL))} + ROW_NUMBER() OVER (ORDER BY ${CLAIM_ORDER}) AS TEXT),
      ${reviewId}, p."id", p."statement", p."quote", v."grade", v."credence", v."rationale",
      v."id", v."madeOn", COALESCE(ec."fresh", 0), COALESCE(ec."total", 0), '[]'
    ${claimsAsOf(spec.asOf, spec.since, Prisma.empty, spec.clock)}`;
  await fillCitations(tx, reviewId);

  const review = await tx.review.findUniqueOrThrow({ where: { id: reviewId }, select: { year: true } });
  const previous = await tx.review.findFirst({
    where: { status: "completed", year: { lt: review.year } },
    orderBy: { year: "desc" },
    select: { id: true, year: true },
  });
  const [figures, changes] = await Promise.all([countFigures(tx, reviewId), countChanges(tx, reviewId, previous)]);
  const stored = { ...figures, ...extra, changes, entryOrder: "id" as const };
  await tx.review.update({ where: { id: reviewId }, data: { figures: JSON.stringify(stored) } });
  return stored;
}

/**
 * Freezes each entry's cited evidence as JSON text, a chunk of entries at a time. Chunks
 * are ranges of entry ids (all `<reviewId>:…`), so no statement binds a list of claims.
 */
async function fillCitations(tx: Tx, reviewId: string): Promise<void> {
  const { first, last: end } = entryIdRange(reviewId);
  let after = first; // the ordinals start one past it
  for (;;) {
    const chunk = await tx.$queryRaw<{ id: string }[]>`
      SELECT re."id" FROM "ReviewEntry" re
      WHERE re."reviewId" = ${reviewId} AND re."id" > ${after} AND re."id" <= ${end}
        AND EXISTS (SELECT 1 FROM "VerdictEvidence" ve WHERE ve."verdictId" = re."verdictId")
      ORDER BY re."id"
      LIMIT ${CITATION_CHUNK}`;
    if (chunk.length === 0) return;
    const last = chunk[chunk.length - 1].id;
    const rows = await tx.$queryRaw<{ id: string; title: string; url: string }[]>`
      SELECT re."id", ev."title", ev."url"
      FROM "ReviewEntry" re
      JOIN "VerdictEvidence" ve ON ve."verdictId" = re."verdictId"
      JOIN "Evidence" ev ON ev."id" = ve."evidenceId"
      WHERE re."reviewId" = ${reviewId} AND re."id" > ${after} AND re."id" <= ${last}
      ORDER BY re."id", ev."observedOn", ev."id"`;
    const byEntry = new Map<string, { title: string; url: string }[]>();
    for (const r of rows) byEntry.set(r.id, [...(byEntry.get(r.id) ?? []), { title: r.title, url: r.url }]);
    const cases = [...byEntry].map(([id, cited]) => Prisma.sql`WHEN ${id} THEN ${JSON.stringify(cited)}`);
    await tx.$executeRaw`
      UPDATE "ReviewEntry" SET "citedEvidence" = CASE "id" ${Prisma.join(cases, " ")} ELSE "citedEvidence" END
      WHERE "reviewId" = ${reviewId} AND "id" > ${after} AND "id" <= ${last}`;
    after = last;
  }
}

/** The scorecard of a frozen snapshot, from one GROUP BY. */
export async function countFigures(db: Tx, reviewId: string): Promise<ReviewFigures> {
  const rows = await db.$queryRaw<{ grade: string | null; n: bigint | number }[]>`
    SELECT "grade", COUNT(*) AS "n" FROM "ReviewEntry" WHERE "reviewId" = ${reviewId} GROUP BY "grade"`;
  return figuresFromCounts(rows.map((r) => ({ grade: r.grade as Grade | null, count: Number(r.n) })));
}

/**
 * "What changed" between a snapshot and the previous completed one, from one GROUP BY over
 * the two reviews' entries joined on the claim (at most (grades + 1)² × 2 groups), and the
 * claims with the most new evidence.
 */
export async function countChanges(db: Tx, reviewId: string, previous: { id: string; year: number } | null): Promise<ChangeSummary> {
  const rows = await db.$queryRaw<
    { from: string | null; to: string | null; missing: bigint | number; n: bigint | number; items: bigint | number | null; claims: bigint | number | null }[]
  >`
    SELECT pe."grade" AS "from", re."grade" AS "to", CASE WHEN pe."id" IS NULL THEN 1 ELSE 0 END AS "missing",
      COUNT(*) AS "n", SUM(re."newEvidenceCount") AS "items",
      SUM(CASE WHEN re."newEvidenceCount" > 0 THEN 1 ELSE 0 END) AS "claims"
    FROM "ReviewEntry" re
    LEFT JOIN "ReviewEntry" pe ON pe."reviewId" = ${previous?.id ?? ""} AND pe."predictionId" = re."predictionId"
    WHERE re."reviewId" = ${reviewId}
    GROUP BY pe."grade", re."grade", CASE WHEN pe."id" IS NULL THEN 1 ELSE 0 END`;
  const leaders = await readMostNewEvidence(db, reviewId, MOST_NEW_EVIDENCE);
  return summarizeChanges(
    rows.map((r) => ({
      from: r.from as Grade | null,
      to: r.to as Grade | null,
      inPrevious: Number(r.missing) === 0,
      count: Number(r.n),
      newEvidenceItems: Number(r.items ?? 0),
      claimsWithNewEvidence: Number(r.claims ?? 0),
    })),
    previous?.year ?? null,
    leaders,
  );
}

/** The claims of a snapshot with the most evidence logged since the previous review, most first. */
export async function readMostNewEvidence(db: Tx, reviewId: string, limit: number): Promise<NewEvidenceLeader[]> {
  const rows = await db.reviewEntry.findMany({
    where: { reviewId, newEvidenceCount: { gt: 0 } },
    orderBy: [{ newEvidenceCount: "desc" }, { statement: "asc" }, { predictionId: "asc" }],
    take: limit,
    select: { predictionId: true, statement: true, newEvidenceCount: true },
  });
  return rows.map((r) => ({ predictionId: r.predictionId, statement: r.statement, count: r.newEvidenceCount }));
}
