// The summary rows the app keeps in step with every write (claim columns, trend rows) must
// equal what a full rebuild computes from the rows, and what the pure rules compute: after a
// long, seeded sequence of writes through the app's own data layer.
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { AuditActor } from "@/lib/db/audit";
import { refreshAllClaimSummaries } from "@/lib/db/claim-summary";
import { prisma } from "@/lib/db/client";
import { setParent } from "@/lib/db/claims";
import { toIsoDay } from "@/lib/db/dates";
import { getForecastReport } from "@/lib/db/forecasts";
import { createEvidence, retractEvidence } from "@/lib/db/evidence";
import { createVerdict, retractVerdict } from "@/lib/db/verdicts";
import { getEvidenceBalance, getVerdictMixOverTime } from "@/lib/db/scorecard";
import { GRADES, STANCES, TRACKING_START, type Grade, type Stance } from "@/lib/domain";
import { calibrationBins, countHindsightCredences, outcomeOf, pickVerdictCredence, scoreForecasts } from "@/lib/forecast-scoring";
import { evidenceBalanceOverTime, rollUpGrade, verdictMixOverTime } from "@/lib/scoring";
import { day, makeClaim, makeSource } from "../support/factories";

const ACTOR: AuditActor = { id: null, label: "Summary tester" };
const NOW = new Date("2026-11-15T12:00:00Z");

/** A small seeded generator (mulberry32), so the sequence is the same on every run. */
function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  return { next, int, pick: <T,>(xs: readonly T[]) => xs[int(xs.length)] };
}

const isoDay = (r: ReturnType<typeof random>, from = 2021, years = 5) =>
  `${from + r.int(years)}-${String(1 + r.int(12)).padStart(2, "0")}-${String(1 + r.int(28)).padStart(2, "0")}`;

async function snapshot() {
  const claims = await prisma.prediction.findMany({
    orderBy: { id: "asc" },
    select: {
      id: true,
      supportsCount: true,
      contradictsCount: true,
      mixedCount: true,
      evidenceCount: true,
      currentGrade: true,
      currentVerdictAt: true,
      effectiveGrade: true,
      verdictCredence: true,
    },
  });
  const months = await prisma.evidenceMonth.findMany({ where: { count: { not: 0 } }, orderBy: [{ month: "asc" }, { stance: "asc" }] });
  const quarters = await prisma.gradeChange.findMany({ where: { delta: { not: 0 } }, orderBy: [{ quarter: "asc" }, { grade: "asc" }] });
  return { claims, months, quarters };
}

describe("summary rows after a long sequence of writes", () => {
  beforeAll(async () => {
    const r = random(20261129);
    const source = await makeSource({ publishedOn: "2022-05-01" });
    const claims: string[] = [];
    for (let i = 0; i < 12; i++) {
      const c = await makeClaim({ sourceId: source.id, position: i + 1, madeOn: i % 4 === 0 ? "2023-03-15" : "2022-05-01" });
      claims.push(c.id);
    }
    // Two parents with sub-claims; one of them gets a verdict of its own later.
    for (const child of claims.slice(2, 6)) await setParent(child, { parentId: claims[0], reason: "part of it" }, ACTOR);
    for (const child of claims.slice(6, 8)) await setParent(child, { parentId: claims[1], reason: "part of it" }, ACTOR);
    const evidence: string[] = [];
    const verdicts: string[] = [];
    for (let step = 0; step < 160; step++) {
      const roll = r.next();
      const claim = r.pick(claims);
      if (roll < 0.45) {
        const e = await createEvidence(
          claim,
          { title: `Item ${step}`, url: "https://example.org/e", observedOn: isoDay(r), stance: r.pick(STANCES), strength: "moderate", summary: "s" },
          ACTOR,
        );
        evidence.push(e.id);
      } else if (roll < 0.8) {
        // Verdicts dated anywhere from before the claim was made to today, out of order (the
        // app never dates one after the day it is recorded).
        const grade = r.pick(GRADES);
        const credence = r.next() < 0.2 ? null : Math.round(r.next() * 100) / 100;
        const when = [isoDay(r, 2021, 6), toIsoDay(NOW)].sort()[0];
        const v = await createVerdict(claim, { grade, credence, rationale: "r", evidenceIds: [] }, ACTOR, { now: day(when) });
        verdicts.push(v.id);
      } else if (roll < 0.88 && evidence.length) {
        const id = evidence.splice(r.int(evidence.length), 1)[0];
        await retractEvidence(id, "wrong item", ACTOR);
      } else if (roll < 0.96 && verdicts.length) {
        const id = verdicts.splice(r.int(verdicts.length), 1)[0];
        await retractVerdict(id, "wrong claim", ACTOR);
      } else {
        // Move a sub-claim to the other parent or make it top-level.
        const child = r.pick(claims.slice(2));
        const parentId = r.pick([claims[0], claims[1], null]);
        await setParent(child, { parentId, reason: "moved" }, ACTOR).catch(() => undefined);
      }
    }
  });

  it("equal a full rebuild from the rows", async () => {
    const kept = await snapshot();
    expect(kept.claims.length).toBe(12);
    expect(kept.months.length).toBeGreaterThan(5);
    expect(kept.quarters.length).toBeGreaterThan(5);
    await refreshAllClaimSummaries(prisma);
    expect(await snapshot()).toEqual(kept);
  });

  it("equal the pure rules: tallies, current verdict, verdict credence, roll-up", async () => {
    const claims = await prisma.prediction.findMany({
      include: {
        evidence: { where: { retractedAt: null }, select: { stance: true } },
        verdicts: { where: { retractedAt: null }, orderBy: [{ madeOn: "asc" }, { recordedAt: "asc" }, { id: "asc" }] },
        children: { select: { currentGrade: true } },
      },
    });
    let parentsRolledUp = 0;
    for (const c of claims) {
      const count = (s: Stance) => c.evidence.filter((e) => e.stance === s).length;
      expect([c.supportsCount, c.contradictsCount, c.mixedCount, c.evidenceCount]).toEqual([
        count("supports"),
        count("contradicts"),
        count("mixed"),
        c.evidence.length,
      ]);
      const latest = c.verdicts.at(-1);
      expect(c.currentGrade).toBe(latest?.grade ?? null);
      const history = c.verdicts.map((v) => ({
        grade: v.grade as Grade,
        credence: v.credence,
        madeOn: toIsoDay(v.madeOn),
        recordedAt: v.recordedAt.toISOString(),
        resolvedOn: v.resolvedOn ? toIsoDay(v.resolvedOn) : null,
      }));
      expect(c.verdictCredence).toBe(pickVerdictCredence(history));
      expect(c.hindsightCredences).toBe(countHindsightCredences(history));
      const rolled = c.children.length ? rollUpGrade(c.children.map((k) => k.currentGrade as Grade | null)).grade : null;
      if (!c.currentGrade && c.children.length) parentsRolledUp += 1;
      expect(c.effectiveGrade).toBe(c.currentGrade ?? rolled);
    }
    expect(claims.some((c) => c.verdictCredence !== null)).toBe(true);
    expect(parentsRolledUp + claims.filter((c) => c.children.length && c.currentGrade).length).toBeGreaterThan(0);
  });

  it("give the trend charts the pure functions' figures", async () => {
    const [claims, verdicts, evidence] = await Promise.all([
      prisma.prediction.findMany({ select: { id: true, madeOn: true } }),
      prisma.verdict.findMany({ where: { retractedAt: null }, orderBy: [{ madeOn: "asc" }, { recordedAt: "asc" }, { id: "asc" }] }),
      prisma.evidence.findMany({ where: { retractedAt: null }, select: { observedOn: true, stance: true } }),
    ]);
    expect(await getVerdictMixOverTime(NOW)).toEqual(
      verdictMixOverTime(
        claims.map((c) => ({ id: c.id, madeOn: toIsoDay(c.madeOn) })),
        verdicts.map((v) => ({ predictionId: v.predictionId, grade: v.grade as Grade, madeOn: toIsoDay(v.madeOn) })),
        TRACKING_START,
        toIsoDay(NOW),
      ),
    );
    expect(await getEvidenceBalance()).toEqual(
      evidenceBalanceOverTime(evidence.map((e) => ({ day: toIsoDay(e.observedOn), stance: e.stance as Stance, count: 1 }))),
    );
  });

  it("give the forecast scores the pure functions' figures", async () => {
    const claims = await prisma.prediction.findMany({ select: { effectiveGrade: true, impliedCredence: true, verdictCredence: true } });
    const implied = claims.map((c) => ({ credence: c.impliedCredence, outcome: outcomeOf(c.effectiveGrade as Grade | null) }));
    const verdict = claims.map((c) => ({ credence: c.verdictCredence, outcome: outcomeOf(c.effectiveGrade as Grade | null) }));
    const report = await getForecastReport({}, NOW);
    const close = (a: { n: number; brier: number | null; logScore: number | null }, b: typeof a) => {
      expect(a.n).toBe(b.n);
      for (const k of ["brier", "logScore"] as const) {
        if (b[k] === null) expect(a[k]).toBeNull();
        else expect(a[k]).toBeCloseTo(b[k]!, 10);
      }
    };
    close(report.implied, scoreForecasts(implied));
    close(report.verdict, scoreForecasts(verdict));
    expect(report.verdict.n).toBeGreaterThan(0);
    expect(report.resolved).toBe(implied.filter((i) => i.outcome !== null).length);
    const bins = calibrationBins(verdict);
    report.verdictCalibration.forEach((b, i) => {
      expect(b.n).toBe(bins[i].n);
      if (bins[i].meanCredence !== null) expect(b.meanCredence).toBeCloseTo(bins[i].meanCredence!, 10);
      expect(b.observedRate).toBe(bins[i].observedRate);
      expect([b.bandLow, b.bandHigh]).toEqual([bins[i].bandLow, bins[i].bandHigh]);
    });
  });

  it.skipIf(process.env.TEST_DATABASE === "postgres")("are backfilled by the SQLite migrations exactly as a rebuild computes them", async () => {
    const kept = await snapshot();
    // Undo the summaries, then run each migration's backfill statements on the same rows.
    await prisma.$executeRawUnsafe(
      `UPDATE "Prediction" SET "supportsCount" = 0, "contradictsCount" = 0, "mixedCount" = 0, "evidenceCount" = 0, "effectiveGrade" = NULL, "verdictCredence" = NULL, "hindsightCredences" = 0, "currentGrade" = NULL, "currentVerdictAt" = NULL`,
    );
    await prisma.$executeRawUnsafe(`DELETE FROM "EvidenceMonth"`);
    await prisma.$executeRawUnsafe(`DELETE FROM "GradeChange"`);
    const dir = path.resolve(__dirname, "../../prisma/migrations");
    // Verdict."createdAt" was renamed "recordedAt" by a later migration (honest_record), whose
    // own backfill recomputes the verdict credence and the hindsight count by the new rule.
    const backfills = readdirSync(dir)
      .filter((m) => /_(claim_summaries|trend_summaries|honest_record)$/.test(m))
      .sort()
      .map((m) => readFileSync(path.join(dir, m, "migration.sql"), "utf8"))
      .map((sql) => sql.slice(sql.search(/-- Backfill|-- The verdict credence and hindsight count/)).replaceAll(`v."createdAt"`, `v."recordedAt"`));
    expect(backfills).toHaveLength(3);
    for (const sql of backfills) {
      for (const statement of sql.split(/;\s*\n/).map((s) => s.replace(/^\s*--.*$/gm, "").trim()).filter(Boolean)) {
        await prisma.$executeRawUnsafe(statement);
      }
    }
    expect(await snapshot()).toEqual(kept);
  });
});
