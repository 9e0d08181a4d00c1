import "server-only";
// What the Atom feeds, the embed card, the badge and the Open Graph images read: the newest
// evidence and verdicts (across the tracker, for one claim, for one source), the claims that
// came due, and one claim's or source's card. Each feed is one bounded query: every branch of
// its UNION ALL takes at most FEED_LIMIT rows in index order before the branches are merged.
import type { Grade, Stance, Strength } from "../domain";
import { Prisma } from "../generated/prisma/client";
import { lastLookedAt, STALE_AFTER_DAYS } from "../reviews";
import { readyForFinalSql, staleSql } from "./claim-query";
import { prisma } from "./client";
import { fromIsoDay, toIsoDay } from "./dates";

/** Entries in one feed: the newest this many. */
export const FEED_LIMIT = 50;

type Ref = { id: string; title: string };
type ClaimRef = { id: string; statement: string };

type ActivityBase = { id: string; at: Date; author: string; claim: ClaimRef; source: Ref };

/** Evidence as logged, or (`evidence-retraction`) its later retraction with the reason. */
export type EvidenceActivity = ActivityBase & {
  kind: "evidence" | "evidence-retraction";
  title: string;
  url: string;
  stance: Stance;
  strength: Strength;
  observedOn: string;
  summary: string;
  excerpt: string | null;
  reason: string | null;
};

/** A verdict as recorded, or (`verdict-retraction`) its later retraction with the reason. */
export type VerdictActivity = ActivityBase & {
  kind: "verdict" | "verdict-retraction";
  grade: Grade;
  credence: number | null;
  madeOn: string;
  rationale: string;
  reason: string | null;
};

export type FeedActivity = EvidenceActivity | VerdictActivity;

type ActivityRow = {
  kind: FeedActivity["kind"];
  id: string;
  at: unknown;
  predictionId: string;
  statement: string;
  sourceId: string;
  sourceTitle: string;
  title: string | null;
  url: string | null;
  body: string;
  stance: string | null;
  strength: string | null;
  grade: string | null;
  credence: number | null;
  day: unknown;
  excerpt: string | null;
  author: string | null;
  reason: string | null;
};

/**
 * A date as the driver hands it back from a raw query: a Date, or (SQLite, where a UNION or
 * a subquery loses the column's declared type) epoch milliseconds or an ISO string.
 */
export function asDate(value: unknown): Date {
  if (value instanceof Date) return value;
  if (typeof value === "number" || typeof value === "bigint") return new Date(Number(value));
  if (typeof value === "string") {
    if (/^\d+$/.test(value)) return new Date(Number(value));
    return new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(value) ? value : `${value.replace(" ", "T")}Z`);
  }
  throw new TypeError(`Not a date: ${String(value)}`);
}

// Every branch selects the same columns in the same order, typed alike on both databases (a
// bare NULL in a derived table is text on PostgreSQL, so numbers get an explicit cast).
const NO_TEXT = Prisma.sql`CAST(NULL AS TEXT)`;
const NO_NUMBER = Prisma.sql`CAST(NULL AS DOUBLE PRECISION)`;
const CLAIM_AND_SOURCE = Prisma.sql`p."id" AS "predictionId", p."statement" AS "statement", s."id" AS "sourceId", s."title" AS "sourceTitle"`;

const evidenceColumns = (retraction: boolean) => Prisma.sql`
  ${retraction ? Prisma.sql`'evidence-retraction'` : Prisma.sql`'evidence'`} AS "kind", e."id" AS "id",
  ${retraction ? Prisma.sql`e."retractedAt"` : Prisma.sql`e."recordedAt"`} AS "at", ${CLAIM_AND_SOURCE},
  e."title" AS "title", e."url" AS "url", e."summary" AS "body", e."stance" AS "stance", e."strength" AS "strength",
  ${NO_TEXT} AS "grade", ${NO_NUMBER} AS "credence", e."observedOn" AS "day", e."excerpt" AS "excerpt",
  ${retraction ? Prisma.sql`e."retractedBy"` : Prisma.sql`e."loggedBy"`} AS "author",
  ${retraction ? Prisma.sql`e."retractReason"` : NO_TEXT} AS "reason"`;

const verdictColumns = (retraction: boolean) => Prisma.sql`
  ${retraction ? Prisma.sql`'verdict-retraction'` : Prisma.sql`'verdict'`} AS "kind", v."id" AS "id",
  ${retraction ? Prisma.sql`v."retractedAt"` : Prisma.sql`v."recordedAt"`} AS "at", ${CLAIM_AND_SOURCE},
  ${NO_TEXT} AS "title", ${NO_TEXT} AS "url", v."rationale" AS "body", ${NO_TEXT} AS "stance", ${NO_TEXT} AS "strength",
  v."grade" AS "grade", v."credence" AS "credence", v."madeOn" AS "day", ${NO_TEXT} AS "excerpt",
  ${retraction ? Prisma.sql`v."retractedBy"` : Prisma.sql`v."madeBy"`} AS "author",
  ${retraction ? Prisma.sql`v."retractReason"` : NO_TEXT} AS "reason"`;

type Branch = "evidence" | "verdict" | "evidence-retraction" | "verdict-retraction";

/**
 * One branch: the newest `limit` rows of one kind matching `where` (over e or v, p and s),
 * newest first. Ordered by the moment alone, so an index on it (or on the claim and the
 * moment) is read in order and only the rows returned are fetched; ties are broken by id
 * once the branches are merged.
 */
function branch(kind: Branch, where: Prisma.Sql, limit: number, alias: string): Prisma.Sql {
  const isEvidence = kind.startsWith("evidence");
  const isRetraction = kind.endsWith("retraction");
  const t = isEvidence ? Prisma.sql`e` : Prisma.sql`v`;
  const orderColumn = isRetraction ? Prisma.sql`${t}."retractedAt"` : Prisma.sql`${t}."recordedAt"`;
  return Prisma.sql`SELECT * FROM (
    SELECT ${isEvidence ? evidenceColumns(isRetraction) : verdictColumns(isRetraction)}
    FROM ${isEvidence ? Prisma.sql`"Evidence" e` : Prisma.sql`"Verdict" v`}
      JOIN "Prediction" p ON p."id" = ${t}."predictionId"
      JOIN "Source" s ON s."id" = p."sourceId"
    WHERE ${where}${isRetraction ? Prisma.sql` AND ${t}."retractedAt" IS NOT NULL` : Prisma.empty}
    ORDER BY ${orderColumn} DESC
    LIMIT ${limit}) ${Prisma.raw(`"${alias}"`)}`;
}

async function readActivity(branches: Prisma.Sql[], limit: number): Promise<FeedActivity[]> {
  const rows = await prisma.$queryRaw<ActivityRow[]>(Prisma.sql`
    ${Prisma.join(branches, " UNION ALL ")}
    ORDER BY "at" DESC, "id" DESC
    LIMIT ${limit}`);
  return rows.map(toActivity);
}

function toActivity(r: ActivityRow): FeedActivity {
  const base: ActivityBase = {
    id: r.id,
    at: asDate(r.at),
    author: r.author ?? "",
    claim: { id: r.predictionId, statement: r.statement },
    source: { id: r.sourceId, title: r.sourceTitle },
  };
  if (r.kind === "evidence" || r.kind === "evidence-retraction") {
    return {
      ...base,
      kind: r.kind,
      title: r.title ?? "",
      url: r.url ?? "",
      stance: r.stance as Stance,
      strength: r.strength as Strength,
      observedOn: toIsoDay(asDate(r.day)),
      summary: r.body,
      excerpt: r.excerpt,
      reason: r.reason,
    };
  }
  return {
    ...base,
    kind: r.kind,
    grade: r.grade as Grade,
    credence: r.credence === null ? null : Number(r.credence),
    madeOn: toIsoDay(asDate(r.day)),
    rationale: r.body,
    reason: r.reason,
  };
}

const LIVE_EVIDENCE = Prisma.sql`e."retractedAt" IS NULL`;
const LIVE_VERDICT = Prisma.sql`v."retractedAt" IS NULL`;

/** The newest live evidence and verdicts across the tracker (by when they were entered). */
export function listTrackerActivity(limit = FEED_LIMIT): Promise<FeedActivity[]> {
  return readActivity([branch("evidence", LIVE_EVIDENCE, limit, "ev"), branch("verdict", LIVE_VERDICT, limit, "vd")], limit);
}

export type ClaimFeed = {
  claim: { id: string; statement: string; createdAt: Date; source: Ref };
  items: FeedActivity[];
};

/**
 * One claim's history as it happened: each evidence item and verdict as entered (retracted
 * ones too: they were published), and each retraction as its own later entry. Null for an
 * unknown claim.
 */
export async function getClaimFeed(id: string, limit = FEED_LIMIT): Promise<ClaimFeed | null> {
  const onEvidence = Prisma.sql`e."predictionId" = ${id}`;
  const onVerdict = Prisma.sql`v."predictionId" = ${id}`;
  const [claim, items] = await Promise.all([
    prisma.prediction.findUnique({
      where: { id },
      select: { id: true, statement: true, createdAt: true, source: { select: { id: true, title: true } } },
    }),
    readActivity(
      [
        // Live and retracted evidence apart: each is read in the (claim, retracted, recorded) index's order.
        branch("evidence", Prisma.sql`${onEvidence} AND ${LIVE_EVIDENCE}`, limit, "ev"),
        branch("evidence", Prisma.sql`${onEvidence} AND e."retractedAt" IS NOT NULL`, limit, "ex"),
        branch("verdict", onVerdict, limit, "vd"),
        branch("evidence-retraction", onEvidence, limit, "er"),
        branch("verdict-retraction", onVerdict, limit, "vr"),
      ],
      limit,
    ),
  ]);
  return claim ? { claim, items } : null;
}

export type SourceFeed = {
  source: { id: string; title: string; author: string; createdAt: Date };
  items: FeedActivity[];
};

/** The newest live evidence and verdicts on one source's claims. Null for an unknown source. */
export async function getSourceFeed(id: string, limit = FEED_LIMIT): Promise<SourceFeed | null> {
  const ofSource = Prisma.sql`p."sourceId" = ${id}`;
  const [source, items] = await Promise.all([
    prisma.source.findUnique({ where: { id }, select: { id: true, title: true, author: true, createdAt: true } }),
    readActivity(
      [
        branch("evidence", Prisma.sql`${ofSource} AND ${LIVE_EVIDENCE}`, limit, "ev"),
        branch("verdict", Prisma.sql`${ofSource} AND ${LIVE_VERDICT}`, limit, "vd"),
      ],
      limit,
    ),
  ]);
  return source ? { source, items } : null;
}

// ---------------------------------------------------------------------------------------
// Claims coming due (the due flags of lib/reviews.ts, as SQL in lib/db/claim-query.ts)

/**
 * A claim that came due for review, once per reason: `final`, past its horizon and ready for
 * a final verdict (due on 1 January after the horizon's last year); `stale`, not reviewed in
 * over 12 months (due the day it passed 365 days since it was last looked at).
 */
export type DueClaim = {
  reason: "final" | "stale";
  /** The day it came due for this reason. */
  dueOn: string;
  claim: { id: string; statement: string; quote: string; horizon: { from: number; to: number }; currentGrade: Grade | null };
  source: Ref;
  /** The latest of its creation, its last verdict and its last completed review. */
  lastLookedAt: string;
};

type DueRow = {
  reason: DueClaim["reason"];
  id: string;
  statement: string;
  quote: string;
  horizonFrom: number | bigint;
  horizonTo: number | bigint;
  currentGrade: string | null;
  createdAt: unknown;
  currentVerdictAt: unknown;
  lastReviewedAt: unknown;
  sourceId: string;
  sourceTitle: string;
};

/** The completion of the last completed review whose snapshot holds claim `p` (its entries are indexed by claim). */
const LAST_REVIEWED = Prisma.sql`(SELECT MAX(r."completedOn") FROM "ReviewEntry" re JOIN "Review" r ON r."id" = re."reviewId"
  WHERE re."predictionId" = p."id" AND r."status" = 'completed')`;

const dueColumns = (reason: DueClaim["reason"]) => Prisma.sql`
  ${reason === "final" ? Prisma.sql`'final'` : Prisma.sql`'stale'`} AS "reason", p."id" AS "id", p."statement" AS "statement", p."quote" AS "quote",
  p."horizonFrom" AS "horizonFrom", p."horizonTo" AS "horizonTo", p."currentGrade" AS "currentGrade",
  p."createdAt" AS "createdAt", p."currentVerdictAt" AS "currentVerdictAt", ${LAST_REVIEWED} AS "lastReviewedAt",
  s."id" AS "sourceId", s."title" AS "sourceTitle"`;

/** The latest of three moments, the last possibly null (a stale claim always has a verdict). */
const LATEST_LOOK = Prisma.sql`CASE
  WHEN st."createdAt" >= st."currentVerdictAt" AND st."createdAt" >= COALESCE(st."lastReviewedAt", st."createdAt") THEN st."createdAt"
  WHEN st."currentVerdictAt" >= COALESCE(st."lastReviewedAt", st."currentVerdictAt") THEN st."currentVerdictAt"
  ELSE st."lastReviewedAt" END`;

const addDays = (day: string, days: number) => toIsoDay(new Date(fromIsoDay(day).getTime() + days * 86_400_000));

/**
 * The claims that came due most recently, newest first, by the same rules as the due flags
 * (`due=final` and `due=stale` on the claim list). A claim due for both reasons is listed
 * once for each: they are two events.
 */
export async function listComingDue(now = new Date(), limit = FEED_LIMIT): Promise<DueClaim[]> {
  const from = Prisma.sql`FROM "Prediction" p JOIN "Source" s ON s."id" = p."sourceId"`;
  const rows = await prisma.$queryRaw<DueRow[]>(Prisma.sql`
    SELECT * FROM (
      SELECT ${dueColumns("final")} ${from} WHERE ${readyForFinalSql(now)}
      ORDER BY p."horizonTo" DESC, p."id" ASC LIMIT ${limit}) "ready"
    UNION ALL
    SELECT * FROM (
      SELECT * FROM (SELECT ${dueColumns("stale")} ${from} WHERE ${staleSql(now)}) st
      ORDER BY ${LATEST_LOOK} DESC, st."id" ASC LIMIT ${limit}) "stale"`);
  const due = rows.map((r): DueClaim => {
    const horizonTo = Number(r.horizonTo);
    const looked = lastLookedAt({
      createdOn: toIsoDay(asDate(r.createdAt)),
      currentVerdictOn: r.currentVerdictAt === null ? null : toIsoDay(asDate(r.currentVerdictAt)),
      lastReviewedOn: r.lastReviewedAt === null ? null : toIsoDay(asDate(r.lastReviewedAt)),
    });
    return {
      reason: r.reason,
      dueOn: r.reason === "final" ? `${horizonTo + 1}-01-01` : addDays(looked, STALE_AFTER_DAYS + 1),
      claim: {
        id: r.id,
        statement: r.statement,
        quote: r.quote,
        horizon: { from: Number(r.horizonFrom), to: horizonTo },
        currentGrade: r.currentGrade as Grade | null,
      },
      source: { id: r.sourceId, title: r.sourceTitle },
      lastLookedAt: looked,
    };
  });
  return due
    .sort((a, b) => b.dueOn.localeCompare(a.dueOn) || a.reason.localeCompare(b.reason) || a.claim.id.localeCompare(b.claim.id))
    .slice(0, limit);
}

// ---------------------------------------------------------------------------------------
// Cards: the embed, the badge and the Open Graph images

export type ClaimCard = {
  id: string;
  statement: string;
  quote: string;
  /** The claim's own current grade, or its sub-claims' roll-up when it has none of its own. */
  grade: Grade | null;
  isRolledUp: boolean;
  /** The day the current verdict is as of. */
  gradedOn: string | null;
  tally: { supports: number; contradicts: number; mixed: number };
  source: { id: string; title: string; author: string; publishedOn: string };
};

export async function getClaimCard(id: string): Promise<ClaimCard | null> {
  const p = await prisma.prediction.findUnique({
    where: { id },
    select: {
      id: true,
      statement: true,
      quote: true,
      currentGrade: true,
      effectiveGrade: true,
      currentVerdictAt: true,
      supportsCount: true,
      contradictsCount: true,
      mixedCount: true,
      source: { select: { id: true, title: true, author: true, publishedOn: true } },
    },
  });
  if (!p) return null;
  return {
    id: p.id,
    statement: p.statement,
    quote: p.quote,
    grade: (p.currentGrade ?? p.effectiveGrade) as Grade | null,
    isRolledUp: p.currentGrade === null && p.effectiveGrade !== null,
    gradedOn: p.currentGrade && p.currentVerdictAt ? toIsoDay(p.currentVerdictAt) : null,
    tally: { supports: p.supportsCount, contradicts: p.contradictsCount, mixed: p.mixedCount },
    source: { ...p.source, publishedOn: toIsoDay(p.source.publishedOn) },
  };
}

export type SourceCard = {
  id: string;
  title: string;
  author: string;
  kind: string;
  publishedOn: string;
  claims: number;
  /** Claims by the grade the scorecard counts (null: no verdict yet). */
  byGrade: { grade: Grade | null; count: number }[];
};

export async function getSourceCard(id: string): Promise<SourceCard | null> {
  const [s, groups] = await Promise.all([
    prisma.source.findUnique({ where: { id }, select: { id: true, title: true, author: true, kind: true, publishedOn: true } }),
    prisma.prediction.groupBy({ by: ["effectiveGrade"], where: { sourceId: id }, _count: { _all: true } }),
  ]);
  if (!s) return null;
  return {
    ...s,
    publishedOn: toIsoDay(s.publishedOn),
    claims: groups.reduce((sum, g) => sum + g._count._all, 0),
    byGrade: groups.map((g) => ({ grade: g.effectiveGrade as Grade | null, count: g._count._all })),
  };
}
