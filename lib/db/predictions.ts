import "server-only";
import type { Grade, Stance, Strength } from "../domain";
import { FINAL_GRADES } from "../domain";
import type { Prisma } from "../generated/prisma/client";
import type { EvidenceTally } from "../scoring";
import type { PredictionFilter } from "../validation/filters";
import { prisma } from "./client";
import { STALE_AFTER_DAYS } from "../reviews";
import { fromIsoDay, toIsoDay } from "./dates";

/** The public shape of a claim (GET /api/predictions), plus a few fields the UI lists. */
export type PredictionSummary = {
  id: string;
  statement: string;
  quote: string;
  section: string;
  madeOn: string;
  horizon: { from: number; to: number };
  horizonPhrase: string;
  impliedCredence: number | null;
  credenceWord: string | null;
  tags: string[];
  parentId: string | null;
  currentVerdict: Grade | null;
  currentVerdictOn: string | null;
  evidenceCount: number;
  tally: EvidenceTally;
  source: { id: string; title: string };
  position: number;
};

export type EvidenceItem = {
  id: string;
  title: string;
  url: string;
  observedOn: string;
  loggedAt: string;
  stance: Stance;
  strength: Strength;
  summary: string;
  loggedBy: string;
  isSeeded: boolean;
  /** Retracted items stay in the history, marked, and no longer count anywhere. */
  retracted: Retraction | null;
};

export type Retraction = { at: string; by: string; reason: string };

export type VerdictItem = {
  id: string;
  grade: Grade;
  credence: number | null;
  rationale: string;
  madeOn: string;
  createdAt: string;
  madeBy: string;
  isSeeded: boolean;
  evidenceIds: string[];
  retracted: Retraction | null;
};

export type PredictionDetail = PredictionSummary & {
  criteria: string;
  source: { id: string; title: string; author: string; url: string; kind: string; publishedOn: string };
  parent: { id: string; statement: string } | null;
  children: { id: string; statement: string; currentVerdict: Grade | null }[];
  evidence: EvidenceItem[];
  verdicts: VerdictItem[];
};

const summarySelect = {
  id: true,
  statement: true,
  quote: true,
  section: true,
  position: true,
  madeOn: true,
  horizonFrom: true,
  horizonTo: true,
  horizonPhrase: true,
  impliedCredence: true,
  credenceWord: true,
  parentId: true,
  currentGrade: true,
  currentVerdictAt: true,
  tags: { select: { name: true }, orderBy: { name: "asc" } },
  source: { select: { id: true, title: true } },
} satisfies Prisma.PredictionSelect;

type SummaryRow = Prisma.PredictionGetPayload<{ select: typeof summarySelect }>;

const EMPTY_TALLY: EvidenceTally = { supports: 0, contradicts: 0, mixed: 0 };

export function retractionOf(row: { retractedAt: Date | null; retractedBy: string | null; retractReason: string | null }): Retraction | null {
  return row.retractedAt ? { at: row.retractedAt.toISOString(), by: row.retractedBy ?? "", reason: row.retractReason ?? "" } : null;
}

function toSummary(row: SummaryRow, tally: EvidenceTally = EMPTY_TALLY): PredictionSummary {
  return {
    id: row.id,
    statement: row.statement,
    quote: row.quote,
    section: row.section,
    madeOn: toIsoDay(row.madeOn),
    horizon: { from: row.horizonFrom, to: row.horizonTo },
    horizonPhrase: row.horizonPhrase,
    impliedCredence: row.impliedCredence,
    credenceWord: row.credenceWord,
    tags: row.tags.map((t) => t.name),
    parentId: row.parentId,
    currentVerdict: row.currentGrade as Grade | null,
    currentVerdictOn: row.currentVerdictAt ? toIsoDay(row.currentVerdictAt) : null,
    // From the stance tally (one grouped query for the whole list), not a count per row.
    evidenceCount: tally.supports + tally.contradicts + tally.mixed,
    tally,
    source: row.source,
    position: row.position,
  };
}

/** Evidence counts by stance for many claims in one grouped query. */
async function tallyEvidence(predictionIds: string[]): Promise<Map<string, EvidenceTally>> {
  const out = new Map<string, EvidenceTally>();
  if (predictionIds.length === 0) return out;
  const groups = await prisma.evidence.groupBy({
    by: ["predictionId", "stance"],
    where: { predictionId: { in: predictionIds }, retractedAt: null },
    _count: { _all: true },
  });
  for (const g of groups) {
    const t = out.get(g.predictionId) ?? { ...EMPTY_TALLY };
    t[g.stance as Stance] += g._count._all;
    out.set(g.predictionId, t);
  }
  return out;
}

const SEARCHED_FIELDS = ["statement", "quote", "section", "criteria"] as const;
const LIKE_WILDCARDS = /[%_]/;

function searchTokens(q: string | undefined): string[] {
  return q ? q.split(/[%_]+/).filter(Boolean) : [];
}

/** Exact, case-insensitive substring match, for searches that contain LIKE wildcards. */
function matchesSearch(row: Record<(typeof SEARCHED_FIELDS)[number], string>, q: string): boolean {
  const needle = q.toLowerCase();
  return SEARCHED_FIELDS.some((f) => row[f].toLowerCase().includes(needle));
}

function whereFor(filter: PredictionFilter, now: Date): Prisma.PredictionWhereInput {
  const year = now.getUTCFullYear();
  const and: Prisma.PredictionWhereInput[] = [];
  // Prisma passes `contains` to SQL LIKE unescaped, so "%" and "_" would act as wildcards.
  // Search on the text between them here; listPredictions confirms the exact match.
  for (const token of searchTokens(filter.q)) {
    and.push({ OR: SEARCHED_FIELDS.map((field) => ({ [field]: { contains: token } })) });
  }
  if (filter.verdict) and.push({ currentGrade: filter.verdict === "none" ? null : filter.verdict });
  if (filter.tag) and.push({ tags: { some: { name: filter.tag } } });
  if (filter.source) and.push({ sourceId: filter.source });
  if (filter.horizon === "past") and.push({ horizonTo: { lt: year } });
  if (filter.horizon === "current") and.push({ horizonFrom: { lte: year }, horizonTo: { gte: year } });
  if (filter.horizon === "future") and.push({ horizonFrom: { gt: year } });
  if (filter.due === "stale") and.push(staleWhere(now));
  if (filter.due === "final") and.push(readyForFinalWhere(now));
  return and.length ? { AND: and } : {};
}

const NOT_FINAL: Prisma.PredictionWhereInput = {
  OR: [{ currentGrade: null }, { currentGrade: { notIn: [...FINAL_GRADES] } }],
};

/** Not reviewed in over 12 months (see dueFlags in lib/reviews.ts). */
function staleWhere(now: Date): Prisma.PredictionWhereInput {
  const cutoff = new Date(fromIsoDay(toIsoDay(now)).getTime() - STALE_AFTER_DAYS * 86_400_000);
  return {
    AND: [
      NOT_FINAL,
      { OR: [{ currentVerdictAt: { lt: cutoff } }, { currentVerdictAt: null, madeOn: { lt: cutoff } }] },
    ],
  };
}

/** Past its horizon: ready for a final verdict. */
function readyForFinalWhere(now: Date): Prisma.PredictionWhereInput {
  return { AND: [NOT_FINAL, { horizonTo: { lt: now.getUTCFullYear() } }] };
}

/** How many claims carry each due flag, counted in SQL. */
export async function countDue(
  now = new Date(),
  scope: Prisma.PredictionWhereInput = {},
): Promise<{ stale: number; readyForFinal: number }> {
  const [stale, readyForFinal] = await Promise.all([
    prisma.prediction.count({ where: { AND: [scope, staleWhere(now)] } }),
    prisma.prediction.count({ where: { AND: [scope, readyForFinalWhere(now)] } }),
  ]);
  return { stale, readyForFinal };
}

function orderFor(sort: PredictionFilter["sort"]): Prisma.PredictionOrderByWithRelationInput[] {
  switch (sort) {
    case "made":
      return [{ madeOn: "desc" }, { position: "asc" }];
    case "horizon":
      return [{ horizonTo: "asc" }, { horizonFrom: "asc" }, { position: "asc" }];
    case "evidence":
      return [{ evidence: { _count: "desc" } }, { position: "asc" }];
    case "verdict":
      return [{ currentVerdictAt: { sort: "desc", nulls: "last" } }, { position: "asc" }];
    default:
      return [{ source: { publishedOn: "asc" } }, { sourceId: "asc" }, { position: "asc" }];
  }
}

export async function listPredictions(filter: PredictionFilter = {}, now = new Date()): Promise<PredictionSummary[]> {
  const q = filter.q;
  const needsExactMatch = q !== undefined && LIKE_WILDCARDS.test(q);
  const found = await prisma.prediction.findMany({
    where: whereFor(filter, now),
    orderBy: orderFor(filter.sort),
    select: { ...summarySelect, criteria: needsExactMatch },
  });
  const rows = needsExactMatch ? found.filter((r) => matchesSearch({ ...r, criteria: r.criteria ?? "" }, q)) : found;
  const tallies = await tallyEvidence(rows.map((r) => r.id));
  return rows.map((r) => toSummary(r, tallies.get(r.id)));
}

export async function getPredictionDetail(id: string): Promise<PredictionDetail | null> {
  const row = await prisma.prediction.findUnique({
    where: { id },
    select: {
      ...summarySelect,
      criteria: true,
      source: { select: { id: true, title: true, author: true, url: true, kind: true, publishedOn: true } },
      parent: { select: { id: true, statement: true } },
      children: { select: { id: true, statement: true, currentGrade: true }, orderBy: { position: "asc" } },
      evidence: { orderBy: [{ observedOn: "desc" }, { loggedAt: "desc" }] },
      verdicts: {
        orderBy: [{ madeOn: "asc" }, { createdAt: "asc" }],
        include: { citations: { select: { evidenceId: true } } },
      },
    },
  });
  if (!row) return null;
  const tally: EvidenceTally = { ...EMPTY_TALLY };
  for (const e of row.evidence) if (!e.retractedAt) tally[e.stance as Stance] += 1;
  const summary = toSummary({ ...row, source: { id: row.source.id, title: row.source.title } }, tally);
  return {
    ...summary,
    criteria: row.criteria,
    source: { ...row.source, publishedOn: toIsoDay(row.source.publishedOn) },
    parent: row.parent,
    children: row.children.map((c) => ({ id: c.id, statement: c.statement, currentVerdict: c.currentGrade as Grade | null })),
    evidence: row.evidence.map((e) => ({
      id: e.id,
      title: e.title,
      url: e.url,
      observedOn: toIsoDay(e.observedOn),
      loggedAt: e.loggedAt.toISOString(),
      stance: e.stance as Stance,
      strength: e.strength as Strength,
      summary: e.summary,
      loggedBy: e.loggedBy,
      isSeeded: e.isSeeded,
      retracted: retractionOf(e),
    })),
    verdicts: row.verdicts.map((v) => ({
      id: v.id,
      grade: v.grade as Grade,
      credence: v.credence,
      rationale: v.rationale,
      madeOn: toIsoDay(v.madeOn),
      createdAt: v.createdAt.toISOString(),
      madeBy: v.madeBy,
      isSeeded: v.isSeeded,
      evidenceIds: v.citations.map((c) => c.evidenceId),
      retracted: retractionOf(v),
    })),
  };
}

/** Claims whose horizon has ended but that have no final verdict yet. */
export async function listPastHorizon(now = new Date(), scope: Prisma.PredictionWhereInput = {}) {
  const rows = await prisma.prediction.findMany({
    where: { AND: [scope, readyForFinalWhere(now)] },
    orderBy: [{ horizonTo: "asc" }, { position: "asc" }],
    select: { id: true, statement: true, horizonFrom: true, horizonTo: true, currentGrade: true },
  });
  return rows.map((r) => ({
    id: r.id,
    statement: r.statement,
    horizon: { from: r.horizonFrom, to: r.horizonTo },
    currentVerdict: r.currentGrade as Grade | null,
  }));
}

export async function listTags(): Promise<string[]> {
  const tags = await prisma.tag.findMany({ orderBy: { name: "asc" }, select: { name: true } });
  return tags.map((t) => t.name);
}

export async function predictionExists(id: string): Promise<boolean> {
  return (await prisma.prediction.count({ where: { id } })) > 0;
}

