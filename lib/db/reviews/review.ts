import "server-only";
// A yearly review: opening, completing (freezing and sealing its snapshot), reopening, a
// review's verdicts, and reading reviews, their snapshots and reports. Which claims a review
// covers is decided here in SQL (reviewScopeSql) and shared with the queue.
import { FINAL_GRADES, type Grade } from "../../domain";
import { Prisma } from "../../generated/prisma/client";
import { type ChangeFilter, type ChangeSummary, digestReview, type Direction, GRADE_RANK, gradeDirection, type NewEvidenceLeader, parseStoredFigures, type ReviewDigest, type SnapshotEntry, type SnapshotFilter, type StoredFigures } from "../../reviews";
import { HIT_POINTS } from "../../scoring";
import { type AuditActor, writeAudit } from "../audit";
import { prisma } from "../client";
import { toIsoDay, utcToday } from "../dates";
import { ConflictError, InvalidReferenceError, NotFoundError } from "../errors";
import { type Page, type PageRequest, readPage, type SortKey, sortKey } from "../keyset";
import { createVerdict, type VerdictWrite } from "../verdicts";
import { queueWebhookEvent } from "../webhooks";
import { kickWebhookDispatch } from "../../webhooks/dispatch";
import { reviewCompletedData } from "../../webhooks/payloads";
import { type ReviewChainCheck, sealReview, verifyReviewChain } from "./chain";
import { CLAIM_ORDER, countChanges, entryIdRange, freezeSnapshot, readMostNewEvidence } from "./snapshot";
export { type StoredFigures } from "../../reviews";

export type ReviewStatus = "open" | "completed";

type Db = Prisma.TransactionClient;

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

/**
 * Claims in a review's scope, as SQL over `p` ("Prediction"): every claim that still needs
 * a verdict (none yet, an interim one, or reopened), plus those graded in this review.
 */
export function reviewScopeSql(reviewId: string): Prisma.Sql {
  return Prisma.sql`(p."currentGrade" IS NULL OR p."currentGrade" NOT IN (${Prisma.join([...FINAL_GRADES])})
    OR p."reopenedAt" IS NOT NULL OR ${gradedInReviewSql(reviewId)})`;
}

/** The same rule as a Prisma `where`, for callers that query claims through Prisma. */
export function reviewScopeWhere(reviewId: string): Prisma.PredictionWhereInput {
  return {
    OR: [
      { currentGrade: null },
      { currentGrade: { notIn: [...FINAL_GRADES] } },
      { reopenedAt: { not: null } },
      { verdicts: { some: { reviewId, retractedAt: null } } },
    ],
  };
}

/**
 * True for a claim (`p`) with a live verdict recorded in this review. An `IN (subquery)`, not
 * a correlated EXISTS: the review's few verdicts are read once into a lookup, instead of once
 * per claim (at 10,000 claims, 7 ms instead of 60 ms on SQLite).
 */
export function gradedInReviewSql(reviewId: string): Prisma.Sql {
  return Prisma.sql`p."id" IN (SELECT rv."predictionId" FROM "Verdict" rv WHERE rv."reviewId" = ${reviewId} AND rv."retractedAt" IS NULL)`;
}

const n = (x: bigint | number | null | undefined) => Number(x ?? 0);

/** How many claims the review goes through, and how many of them it has graded. */
export async function countReviewProgress(db: Db, reviewId: string): Promise<{ inScope: number; graded: number }> {
  const [scope, graded] = await Promise.all([
    db.$queryRaw<{ n: bigint }[]>`SELECT COUNT(*) AS "n" FROM "Prediction" p WHERE ${reviewScopeSql(reviewId)}`,
    db.$queryRaw<{ n: bigint }[]>`
      SELECT COUNT(DISTINCT "predictionId") AS "n" FROM "Verdict" WHERE "reviewId" = ${reviewId} AND "retractedAt" IS NULL`,
  ]);
  return { inScope: n(scope[0]?.n), graded: n(graded[0]?.n) };
}

type ReviewRow = {
  id: string;
  year: number;
  title: string;
  status: string;
  openedOn: Date;
  completedOn: Date | null;
  figures: string | null;
  isSeeded: boolean;
};

async function summaryOf(r: ReviewRow): Promise<ReviewSummary & { stored: ReturnType<typeof parseStoredFigures> }> {
  const isCompleted = r.status === "completed";
  const stored = isCompleted ? parseStoredFigures(r.figures) : null;
  // Only the one open review (or a completed one frozen without figures) is counted live.
  const counts = stored?.figures ?? (await countReviewProgress(prisma, r.id));
  return {
    id: r.id,
    year: r.year,
    title: r.title,
    status: r.status as ReviewStatus,
    openedOn: toIsoDay(r.openedOn),
    completedOn: isCompleted && r.completedOn ? toIsoDay(r.completedOn) : null,
    graded: counts.graded,
    total: counts.inScope,
    hitRate: isCompleted ? (stored?.figures.hitRate.rate ?? null) : null,
    isSeeded: r.isSeeded,
    stored,
  };
}

const SUMMARY_SELECT = {
  id: true,
  year: true,
  title: true,
  status: true,
  openedOn: true,
  completedOn: true,
  figures: true,
  isSeeded: true,
} as const;

/** Every review, newest first. Completed ones read their frozen figures; only an open one is counted. */
export async function listReviews(): Promise<ReviewSummary[]> {
  const rows = await prisma.review.findMany({ orderBy: { year: "desc" }, select: SUMMARY_SELECT });
  return Promise.all(rows.map(async (r) => withoutStored(await summaryOf(r))));
}

function withoutStored<T extends { stored: unknown }>(s: T): Omit<T, "stored"> {
  const { stored: _, ...rest } = s;
  return rest;
}

async function previousCompleted(db: Db, year: number) {
  return db.review.findFirst({
    where: { status: "completed", year: { lt: year } },
    orderBy: { year: "desc" },
    select: { id: true, year: true, completedOn: true, figures: true },
  });
}

export type ReviewDetail = ReviewSummary & {
  notes: string;
  figures: StoredFigures | null;
  /** The completed review this one compares with. */
  previous: { id: string; year: number } | null;
  /** What changed since `previous`, in numbers; null while the review is open. */
  changes: ChangeSummary | null;
  /** The one summary the page, the Markdown report and the API render; null while open. */
  digest: ReviewDigest | null;
  /** Whether the snapshot's entries carry their frozen order (see ./snapshot.ts). */
  isOrderFrozen: boolean;
  /** The seal of a completed review (./chain.ts); null while open. */
  hash: string | null;
  previousHash: string | null;
  /** `hash`: what a completion sealed, or what a reopening set aside. */
  events: { kind: string; at: string; by: string; reason: string | null; hash: string | null }[];
};

/** A review with its frozen figures and "what changed" counts; its entries are paged separately. */
export async function getReview(year: number): Promise<ReviewDetail | null> {
  const r = await prisma.review.findUnique({
    where: { year },
    select: { ...SUMMARY_SELECT, notes: true, hash: true, previousHash: true, events: { orderBy: { at: "asc" } } },
  });
  if (!r) return null;
  const [summary, prev] = await Promise.all([summaryOf(r), previousCompleted(prisma, year)]);
  const previous = prev ? { id: prev.id, year: prev.year } : null;
  const isCompleted = r.status === "completed";
  // Reviews frozen before the counts were stored with the figures are counted in SQL.
  const changes = isCompleted ? (summary.stored?.changes ?? (await countChanges(prisma, r.id, previous))) : null;
  const figures = isCompleted ? (summary.stored?.figures ?? null) : null;
  return {
    ...withoutStored(summary),
    notes: r.notes,
    figures,
    previous,
    changes,
    digest: figures ? digestReview(year, figures, changes) : null,
    isOrderFrozen: summary.stored?.isOrderFrozen ?? false,
    hash: isCompleted ? r.hash : null,
    previousHash: isCompleted ? r.previousHash : null,
    events: r.events.map((e) => ({ kind: e.kind, at: e.at.toISOString(), by: e.by, reason: e.reason, hash: e.hash })),
  };
}

// ---------------------------------------------------------------------------------------
// The snapshot's entries, paged and filtered in SQL

/** One claim of a completed review, with its grade in the previous review and the direction. */
export type SnapshotListEntry = SnapshotEntry & { inPrevious: boolean; previousGrade: Grade | null; direction: Direction };

type EntryRow = {
  predictionId: string;
  statement: string;
  quote: string;
  grade: string | null;
  credence: number | null;
  rationale: string | null;
  verdictOn: Date | string | null;
  evidenceCount: bigint | number;
  newEvidenceCount: bigint | number;
  citedEvidence: string;
  previousGrade: string | null;
  inPrevious: bigint | number;
};

function entryOf(e: EntryRow, hasPrevious: boolean): SnapshotListEntry {
  const grade = e.grade as Grade | null;
  const previousGrade = e.previousGrade as Grade | null;
  const inPrevious = n(e.inPrevious) === 1;
  return {
    predictionId: e.predictionId,
    statement: e.statement,
    quote: e.quote,
    grade,
    credence: e.credence,
    rationale: e.rationale,
    verdictOn: e.verdictOn === null ? null : toIsoDay(e.verdictOn instanceof Date ? e.verdictOn : new Date(e.verdictOn)),
    evidenceCount: n(e.evidenceCount),
    newEvidenceCount: n(e.newEvidenceCount),
    citedEvidence: JSON.parse(e.citedEvidence) as SnapshotEntry["citedEvidence"],
    inPrevious: hasPrevious && inPrevious,
    previousGrade,
    direction: !hasPrevious ? "same" : inPrevious ? gradeDirection(previousGrade, grade) : "new",
  };
}

/** A grade's place from refuted (0) to confirmed (5), in SQL; NULL off the scale, as in GRADE_RANK. */
function rankSql(column: Prisma.Sql): Prisma.Sql {
  // Ranks are small whole numbers from a constant, written as literals so PostgreSQL can type the CASE.
  const whens = Object.entries(GRADE_RANK).map(([g, rank]) => Prisma.sql`WHEN ${g} THEN ${Prisma.raw(String(Math.trunc(rank)))}`);
  return Prisma.sql`(CASE ${column} ${Prisma.join(whens, " ")} ELSE NULL END)`;
}

/** Settled outcomes (HIT_POINTS in lib/scoring.ts): a move out of them is "reopened". */
const SETTLED = Prisma.join(Object.keys(HIT_POINTS));

/** The claims `changed=` selects, with the same directions as `gradeDirection`. */
function changeSql(filter: ChangeFilter): Prisma.Sql {
  const from = Prisma.sql`pe."grade"`;
  const to = Prisma.sql`re."grade"`;
  const moved = Prisma.sql`(pe."grade" IS NOT NULL AND COALESCE(re."grade", '') <> pe."grade")`;
  const reopened = Prisma.sql`(pe."grade" IN (${SETTLED}) AND (re."grade" IS NULL OR re."grade" NOT IN (${SETTLED})))`;
  switch (filter) {
    case "1":
      return moved;
    case "new":
      return Prisma.sql`pe."id" IS NULL`;
    case "first":
      return Prisma.sql`(pe."id" IS NOT NULL AND pe."grade" IS NULL AND re."grade" IS NOT NULL)`;
    case "reopened":
      return reopened;
    case "up":
      return Prisma.sql`(${rankSql(to)} > ${rankSql(from)} AND NOT ${reopened})`;
    case "down":
      return Prisma.sql`(${rankSql(to)} < ${rankSql(from)} AND NOT ${reopened})`;
    case "changed":
      return Prisma.sql`(${moved} AND (${rankSql(from)} IS NULL OR ${rankSql(to)} IS NULL) AND NOT ${reopened})`;
  }
}

function filterSql(filter: SnapshotFilter, hasPrevious: boolean): Prisma.Sql {
  const parts: Prisma.Sql[] = [];
  if (filter.grade === "none") parts.push(Prisma.sql`re."grade" IS NULL`);
  else if (filter.grade) parts.push(Prisma.sql`re."grade" = ${filter.grade}`);
  // With no previous review nothing moved, so "changed" selects nothing.
  if (filter.changed) parts.push(hasPrevious ? changeSql(filter.changed) : Prisma.sql`1 = 0`);
  return parts.length ? Prisma.sql`AND ${Prisma.join(parts, " AND ")}` : Prisma.empty;
}

/** Snapshot entries in their frozen order: the entry id (./snapshot.ts). */
const FROZEN_ORDER: SortKey[] = [sortKey(`re."id"`, "ASC", "string")];

/**
 * The entries of one review, by the range their ids fill. Unlike `"reviewId" = ?`, it lets
 * the primary key hand the rows over in their frozen order, so a page reads 50 rows instead
 * of sorting 10,000 (0.2 ms, not 8 ms).
 */
const frozenEntriesOf = (reviewId: string) => {
  const { first, last } = entryIdRange(reviewId);
  return Prisma.sql`re."id" >= ${first} AND re."id" <= ${last}`;
};

const entriesWhere = (review: { id: string; isOrderFrozen: boolean }) =>
  review.isOrderFrozen ? frozenEntriesOf(review.id) : Prisma.sql`re."reviewId" = ${review.id}`;

/** Snapshots frozen before their order was: claim order, joining each entry's claim. */
const CLAIM_ORDER_KEYS: SortKey[] = [
  sortKey(`s."publishedOn"`, "ASC", "date"),
  sortKey(`p."sourceId"`, "ASC", "string"),
  sortKey(`p."position"`, "ASC", "number"),
  sortKey(`p."id"`, "ASC", "string"),
];

const CLAIM_JOIN = Prisma.sql`JOIN "Prediction" p ON p."id" = re."predictionId" JOIN "Source" s ON s."id" = p."sourceId"`;

type SnapshotRef = Pick<ReviewDetail, "id" | "previous" | "isOrderFrozen">;

const ENTRY_COLUMNS = Prisma.sql`re."predictionId", re."statement", re."quote", re."grade", re."credence", re."rationale",
  re."verdictOn", re."evidenceCount", re."newEvidenceCount", re."citedEvidence"`;

/**
 * One page of a completed review's entries in claim order, filtered by grade and by how
 * the grade moved since the previous review, with the filtered total and the next cursor.
 * `page` takes a `cursor` (the API) or an `offset` (numbered pages).
 */
export async function listSnapshotEntries(input: { review: SnapshotRef; filter?: SnapshotFilter; page: PageRequest }): Promise<Page<SnapshotListEntry>> {
  const { review } = input;
  const previousId = review.previous?.id ?? null;
  const filter = input.filter ?? {};
  // Only a "changed" filter needs the previous review joined to every entry; otherwise the
  // page's own rows look up their previous grades afterwards.
  const joinsPrevious = previousId !== null && filter.changed !== undefined;
  const page = await readPage<Omit<EntryRow, "previousGrade" | "inPrevious">>(prisma, {
    // A cursor belongs to one review and one filter.
    list: `review-entries:${review.id}:${filter.grade ?? ""}:${filter.changed ?? ""}`,
    select: ENTRY_COLUMNS,
    from: Prisma.sql`"ReviewEntry" re ${review.isOrderFrozen ? Prisma.empty : CLAIM_JOIN}
      ${joinsPrevious ? Prisma.sql`LEFT JOIN "ReviewEntry" pe ON pe."reviewId" = ${previousId} AND pe."predictionId" = re."predictionId"` : Prisma.empty}`,
    where: Prisma.sql`${entriesWhere(review)} ${filterSql(filter, previousId !== null)}`,
    keys: review.isOrderFrozen ? FROZEN_ORDER : CLAIM_ORDER_KEYS,
    page: input.page,
  });
  // The page's claims in the previous review: one lookup bounded by the page size (≤ 500).
  const before =
    previousId && page.items.length
      ? await prisma.reviewEntry.findMany({
          where: { reviewId: previousId, predictionId: { in: page.items.map((r) => r.predictionId) } },
          select: { predictionId: true, grade: true },
        })
      : [];
  const previousGrade = new Map(before.map((b) => [b.predictionId, b.grade]));
  const items = page.items.map((r) =>
    entryOf(
      { ...r, previousGrade: previousGrade.get(r.predictionId) ?? null, inPrevious: previousGrade.has(r.predictionId) ? 1 : 0 },
      previousId !== null,
    ),
  );
  return { ...page, items };
}

/** The claims with the most evidence logged since the previous review, most first. */
export async function listMostNewEvidence(reviewId: string, limit: number): Promise<NewEvidenceLeader[]> {
  return readMostNewEvidence(prisma, reviewId, limit);
}

/** Every entry of a snapshot in claim order: for the report, a download that stays whole. */
async function allEntries(reviewId: string, isOrderFrozen: boolean): Promise<SnapshotEntry[]> {
  const rows = await prisma.$queryRaw<EntryRow[]>`
    SELECT ${ENTRY_COLUMNS}, NULL AS "previousGrade", 0 AS "inPrevious"
    FROM "ReviewEntry" re ${isOrderFrozen ? Prisma.empty : CLAIM_JOIN}
    WHERE ${entriesWhere({ id: reviewId, isOrderFrozen })}
    ORDER BY ${isOrderFrozen ? Prisma.sql`re."id"` : CLAIM_ORDER}`;
  return rows.map((r) => {
    const { inPrevious: _i, previousGrade: _p, direction: _d, ...entry } = entryOf(r, false);
    return entry;
  });
}

export type ReviewReportData = {
  review: { year: number; title: string; completedOn: string | null; notes: string; hash: string | null; previousHash: string | null };
  digest: ReviewDigest;
  entries: SnapshotEntry[];
  previous: { year: number; entries: SnapshotEntry[] } | null;
};

/**
 * Everything the Markdown report needs: the review's summary (the same one its page and
 * the API show), the whole snapshot and the previous one. Null when there is no such
 * review; `open` while it has no frozen snapshot to report.
 */
export async function getReviewReport(year: number): Promise<ReviewReportData | "open" | null> {
  const review = await getReview(year);
  if (!review) return null;
  if (review.status !== "completed" || !review.digest) return "open";
  const prev = review.previous ? await previousCompleted(prisma, year) : null;
  const prevOrder = prev ? (parseStoredFigures(prev.figures)?.isOrderFrozen ?? false) : false;
  const [entries, prevEntries] = await Promise.all([
    allEntries(review.id, review.isOrderFrozen),
    prev ? allEntries(prev.id, prevOrder) : Promise.resolve(null),
  ]);
  return {
    review: {
      year,
      title: review.title,
      completedOn: review.completedOn,
      notes: review.notes,
      hash: review.hash,
      previousHash: review.previousHash,
    },
    digest: review.digest,
    entries,
    previous: prev && prevEntries ? { year: prev.year, entries: prevEntries } : null,
  };
}

/** Verdict mix of every completed review, oldest first, for the comparison chart. */
export async function listReviewMixes(): Promise<{ year: number; figures: StoredFigures }[]> {
  const rows = await prisma.review.findMany({
    where: { status: "completed", figures: { not: null } },
    orderBy: { year: "asc" },
    select: { year: true, figures: true },
  });
  return rows.map((r) => ({ year: r.year, figures: parseStoredFigures(r.figures)!.figures }));
}

let runningVerification: Promise<ReviewChainCheck> | null = null;

/**
 * Every completed review's seal recomputed and every link checked (./chain.ts).
 * It reads every snapshot, so callers arriving while one runs share its answer rather than
 * each starting another: a public endpoint cannot pile them up.
 */
export function verifyReviewSeals(): Promise<ReviewChainCheck> {
  runningVerification ??= verifyReviewChain(prisma).finally(() => {
    runningVerification = null;
  });
  return runningVerification;
}

// ---------------------------------------------------------------------------------------
// Writes

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
        total: (await countReviewProgress(tx, r.id)).inScope,
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

/**
 * The open review of that year, held for the caller's transaction, or why there is none. The
 * check is a write (setting the status it already has): it takes the review's row until the
 * transaction ends, so a completion waits for it (PostgreSQL) or runs wholly before or after
 * it (SQLite's one writer), and a verdict never joins a review that was completed meanwhile.
 */
async function holdOpenReview(tx: Db, year: number): Promise<{ id: string }> {
  const r = await tx.review.findUnique({ where: { year }, select: { id: true } });
  if (!r) throw new NotFoundError("Review", String(year));
  const held = await tx.review.updateMany({ where: { id: r.id, status: "open" }, data: { status: "open" } });
  if (held.count === 0) throw new ConflictError("review_completed", `The ${year} review is completed; reopen it to change it`);
  return r;
}

/** What completing a review produced: the review and its seal. Read the rest with getReview. */
export type CompletedReview = { id: string; year: number; completedOn: string; hash: string; previousHash: string | null };

/**
 * Freezes the snapshot: every claim's verdict and credence now, the scorecard figures and
 * what changed since the previous review, and seals it (its hash, chained to the previous
 * review's), in one transaction.
 */
export async function completeReview(year: number, actor: AuditActor, now = new Date()): Promise<CompletedReview> {
  let queued = 0;
  const completed = await prisma.$transaction(
    async (tx) => {
      const r = await tx.review.findUnique({ where: { year }, select: { id: true, status: true } });
      if (!r) throw new NotFoundError("Review", String(year));
      // Claim the review atomically: of two simultaneous completions, only one finds it open.
      const claimed = await tx.review.updateMany({ where: { id: r.id, status: "open" }, data: { status: "completed", openSlot: null } });
      if (claimed.count === 0) throw new ConflictError("review_completed", `The ${year} review is completed; reopen it to change it`);
      const progress = await countReviewProgress(tx, r.id);
      const prev = await previousCompleted(tx, year);
      // completedOn holds the moment the previous review was frozen.
      const { changes, entryOrder: _, ...figures } = await freezeSnapshot(tx, r.id, { asOf: now, since: prev?.completedOn ?? null }, progress);
      await tx.review.update({ where: { id: r.id }, data: { completedOn: now } });
      const seal = await sealReview(tx, r.id);
      await tx.reviewEvent.create({ data: { reviewId: r.id, kind: "completed", by: actor.label, at: now, hash: seal.hash } });
      await writeAudit(tx, actor, {
        action: "review.complete",
        entityType: "Review",
        entityId: r.id,
        before: { status: "open" },
        after: { status: "completed", figures, changes, graded: progress.graded, inScope: progress.inScope, ...seal },
      });
      const done = { id: r.id, year, completedOn: now.toISOString(), ...seal };
      queued = await queueWebhookEvent(tx, "review.completed", reviewCompletedData({ ...done, graded: progress.graded, inScope: progress.inScope }), now);
      return done;
    },
    // Freezing 10,000 claims takes a few seconds on a slow disk; Prisma's default is 5 s.
    { timeout: 60_000, maxWait: 10_000 },
  );
  if (queued > 0) kickWebhookDispatch();
  return completed;
}

/**
 * Reopening a completed review is explicit and recorded; completing it again re-freezes and
 * re-seals it. The seal it sets aside is kept on the "reopened" event.
 */
export async function reopenReview(year: number, reason: string, actor: AuditActor, now = new Date()): Promise<ReviewSummary> {
  const summary = await prisma.$transaction(async (tx) => {
    const r = await tx.review.findUnique({ where: { year }, select: { id: true, status: true, hash: true } });
    if (!r) throw new NotFoundError("Review", String(year));
    if (r.status === "open") throw new ConflictError("review_open", `The ${year} review is already open`);
    const open = await tx.review.findFirst({ where: { status: "open" }, select: { year: true } });
    if (open) throw new ConflictError("review_open", `The ${open.year} review is open; complete it first`);
    // Re-freezing an older review would change what every later review compares with.
    const later = await tx.review.findFirst({ where: { year: { gt: year } }, select: { year: true } });
    if (later) throw new ConflictError("review_out_of_order", `The ${later.year} review exists; only the latest review can be reopened`);
    const reopened = await tx.review.update({
      where: { id: r.id },
      data: {
        status: "open",
        openSlot: "open",
        completedOn: null,
        hash: null,
        previousHash: null,
        events: { create: { kind: "reopened", by: actor.label, reason, at: now, hash: r.hash } },
      },
    });
    await writeAudit(tx, actor, {
      action: "review.reopen",
      entityType: "Review",
      entityId: r.id,
      before: { status: "completed", hash: r.hash },
      after: { status: "open", reason },
    });
    return { id: reopened.id, year, title: reopened.title, openedOn: toIsoDay(reopened.openedOn), isSeeded: reopened.isSeeded };
  });
  const counts = await countReviewProgress(prisma, summary.id);
  return { ...summary, status: "open", completedOn: null, graded: counts.graded, total: counts.inScope, hitRate: null };
}

/** Whether a claim is in the review's scope (it needs a verdict, or was graded in it). */
export async function isInReviewScope(reviewId: string, predictionId: string, db: Db | typeof prisma = prisma): Promise<boolean> {
  const rows = await db.$queryRaw<{ n: bigint }[]>`
    SELECT COUNT(*) AS "n" FROM "Prediction" p WHERE p."id" = ${predictionId} AND ${reviewScopeSql(reviewId)}`;
  return n(rows[0]?.n) > 0;
}

/**
 * Records this review's verdict for one claim. The review must be open and the claim in its
 * scope when the verdict is written: both are checked inside the verdict's own transaction.
 */
export async function recordReviewVerdict(year: number, predictionId: string, input: VerdictWrite, actor: AuditActor) {
  return createVerdict(predictionId, input, actor, {
    review: async (tx) => {
      const r = await holdOpenReview(tx, year);
      if (!(await isInReviewScope(r.id, predictionId, tx))) {
        if (!(await tx.prediction.count({ where: { id: predictionId } }))) throw new NotFoundError("Prediction", predictionId);
        throw new InvalidReferenceError("predictionId", "This claim has a final verdict and is not part of the review; reopen it first");
      }
      return r.id;
    },
  });
}
