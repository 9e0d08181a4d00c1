import "server-only";
import type { Grade } from "../domain";
import {
  calibrationBins,
  outcomeOf,
  pickVerdictCredence,
  scoreForecasts,
  type CalibrationBin,
  type ForecastItem,
  type ForecastScore,
} from "../forecast-scoring";
import type { Prisma } from "../generated/prisma/client";
import { rollUpGrade } from "../scoring";
import { prisma } from "./client";
import { toIsoDay } from "./dates";

export type ScorecardScope = { tag?: string; source?: string };

export function scopeWhere(scope: ScorecardScope): Prisma.PredictionWhereInput {
  return {
    ...(scope.tag ? { tags: { some: { name: scope.tag } } } : {}),
    ...(scope.source ? { sourceId: scope.source } : {}),
  };
}

type Scored = { implied: ForecastScore; verdict: ForecastScore };
export type ForecastReport = Scored & {
  resolved: number;
  calibration: CalibrationBin[];
  verdictCalibration: CalibrationBin[];
  byTag: ({ tag: string } & Scored)[];
  bySource: ({ id: string; title: string } & Scored)[];
  overTime: ({ year: number } & Scored)[];
};

type ClaimRow = {
  id: string;
  grade: Grade | null;
  impliedCredence: number | null;
  verdictCredence: number | null;
  tags: string[];
  source: { id: string; title: string };
};

const impliedItems = (rows: ClaimRow[]): ForecastItem[] =>
  rows.map((r) => ({ credence: r.impliedCredence, outcome: outcomeOf(r.grade) }));
const verdictItems = (rows: ClaimRow[]): ForecastItem[] =>
  rows.map((r) => ({ credence: r.verdictCredence, outcome: outcomeOf(r.grade) }));
const scored = (rows: ClaimRow[]): Scored => ({
  implied: scoreForecasts(impliedItems(rows)),
  verdict: scoreForecasts(verdictItems(rows)),
});

function groupBy<K>(rows: ClaimRow[], keys: (r: ClaimRow) => K[], id: (k: K) => string) {
  const out = new Map<string, { key: K; rows: ClaimRow[] }>();
  for (const r of rows) for (const k of keys(r)) {
    const g = out.get(id(k)) ?? { key: k, rows: [] };
    g.rows.push(r);
    out.set(id(k), g);
  }
  return [...out.values()];
}

/**
 * Brier, log score and calibration for the claims in scope, scored twice: against the
 * author's implied credence, and against the credence reviewers recorded before the
 * outcome (see VERDICT_CREDENCE_RULE). Parents with no verdict use their sub-claims' roll-up.
 */
export async function getForecastReport(scope: ScorecardScope = {}): Promise<ForecastReport> {
  const where = scopeWhere(scope);
  const [claims, reviews] = await Promise.all([
    prisma.prediction.findMany({
      where,
      select: {
        id: true,
        impliedCredence: true,
        currentGrade: true,
        tags: { select: { name: true } },
        source: { select: { id: true, title: true } },
        children: { select: { currentGrade: true } },
        verdicts: { where: { retractedAt: null }, select: { grade: true, credence: true, madeOn: true }, orderBy: [{ madeOn: "asc" }, { createdAt: "asc" }] },
      },
    }),
    prisma.review.findMany({
      where: { status: "completed" },
      orderBy: { year: "asc" },
      select: {
        year: true,
        entries: { where: { prediction: where }, select: { predictionId: true, grade: true } },
      },
    }),
  ]);
  const rows: ClaimRow[] = claims.map((c) => {
    const own = c.currentGrade as Grade | null;
    const grade = own ?? (c.children.length ? rollUpGrade(c.children.map((k) => k.currentGrade as Grade | null)).grade : null);
    return {
      id: c.id,
      grade,
      impliedCredence: c.impliedCredence,
      verdictCredence: pickVerdictCredence(
        c.verdicts.map((v) => ({ grade: v.grade as Grade, credence: v.credence, madeOn: toIsoDay(v.madeOn) })),
      ),
      tags: c.tags.map((t) => t.name),
      source: c.source,
    };
  });
  const byId = new Map(rows.map((r) => [r.id, r]));
  const resolved = rows.filter((r) => outcomeOf(r.grade) !== null);
  return {
    resolved: resolved.length,
    ...scored(rows),
    calibration: calibrationBins(impliedItems(rows)),
    verdictCalibration: calibrationBins(verdictItems(rows)),
    byTag: groupBy(rows, (r) => r.tags, (t) => t)
      .map((g) => ({ tag: g.key, ...scored(g.rows) }))
      .sort((a, b) => a.tag.localeCompare(b.tag)),
    bySource: groupBy(rows, (r) => [r.source], (s) => s.id).map((g) => ({ ...g.key, ...scored(g.rows) })),
    // As of each completed review: the grades frozen in its snapshot, scored against the
    // author's credence and the verdict credence known today.
    overTime: reviews.map((rv) => {
      const asOf = rv.entries
        .map((e) => ({ ...byId.get(e.predictionId)!, grade: e.grade as Grade | null }))
        .filter((r) => r.id !== undefined);
      return { year: rv.year, ...scored(asOf) };
    }),
  };
}
