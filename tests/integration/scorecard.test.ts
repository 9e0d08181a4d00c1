// Scorecard figures against a real SQLite database. This file owns its database copy, so
// it can assert on totals: every row in it is created here.
import { beforeAll, describe, expect, it } from "vitest";
import { refreshAllClaimSummaries } from "@/lib/db/claim-summary";
import { recordNewClaim } from "@/lib/db/trend-summary";
import type { AuditActor } from "@/lib/db/audit";
import { prisma } from "@/lib/db/client";
import { getEvidenceBalance, getScorecard, getVerdictMixOverTime, listRecentEvidence } from "@/lib/db/scorecard";
import { createEvidence } from "@/lib/db/evidence";
import { createVerdict } from "@/lib/db/verdicts";
import { GRADES, type Grade, type Stance } from "@/lib/domain";

const T: AuditActor = { id: null, label: "T" };
const at = (d: string) => new Date(`${d}T12:00:00Z`);
const NOW = at("2025-03-10");

describe("on an empty database", () => {
  it("reports zero claims and no hit rate", async () => {
    const s = await getScorecard(NOW);
    expect(s.total).toBe(0);
    expect(s.ungraded).toBe(0);
    expect(Object.values(s.byVerdict).every((n) => n === 0)).toBe(true);
    expect(s.hitRate).toEqual({ rate: null, graded: 0, points: 0 });
    expect(s.pastHorizon.items).toEqual([]);
    expect(await getEvidenceBalance()).toEqual([]);
    expect(await listRecentEvidence()).toEqual([]);
    const mix = await getVerdictMixOverTime(at("2022-08-01"));
    expect(mix).toHaveLength(2);
    expect(mix.every((r) => r.ungraded === 0 && GRADES.every((g) => r[g] === 0))).toBe(true);
  });
});

describe("with claims, verdicts and evidence", () => {
  const id: Record<string, string> = {};
  const ev: Record<string, string> = {};

  beforeAll(async () => {
    const source = await prisma.source.create({
      data: { title: "Scorecard essay", author: "A", url: "https://example.org", publishedOn: at("2022-05-01"), kind: "essay" },
    });
    // key, horizon, madeOn, verdicts (date → grade), in position order
    const claims: [string, [number, number], string, [string, Grade][]][] = [
      ["A", [2022, 2023], "2022-05-01", [["2022-06-01", "too_early"], ["2023-02-01", "confirmed"]]],
      ["B", [2022, 2024], "2022-05-01", [["2023-05-01", "partly"]]],
      ["C", [2022, 2022], "2022-05-01", [["2022-12-31", "refuted"]]],
      ["D", [2020, 2023], "2022-05-01", [["2022-09-30", "unfalsifiable"]]],
      ["E", [2022, 2023], "2022-05-01", []],
      ["F", [2022, 2024], "2022-05-01", [["2024-01-15", "on_track"]]],
      ["G", [2024, 2025], "2022-05-01", [["2024-02-01", "off_track"]]],
      ["H", [2026, 2030], "2023-08-01", []],
      ["I", [2025, 2027], "2022-05-01", [["2022-07-01", "too_early"], ["2025-01-20", "confirmed"]]],
    ];
    for (const [i, [key, [from, to], madeOn, verdicts]] of claims.entries()) {
      const p = await prisma.prediction.create({
        data: {
          sourceId: source.id,
          quote: `Quote ${key}`,
          section: "S",
          position: i + 1,
          statement: `Claim ${key}`,
          criteria: "c",
          madeOn: new Date(`${madeOn}T00:00:00Z`),
          horizonPhrase: "",
          horizonFrom: from,
          horizonTo: to,
        },
      });
      id[key] = p.id;
      await recordNewClaim(prisma, p.id);
      for (const [date, grade] of verdicts) {
        await createVerdict(p.id, { grade, credence: null, rationale: "r", evidenceIds: [] }, T, { now: at(date) });
      }
    }
    // key, claim, observedOn, stance, recordedAt
    const evidence: [string, string, string, Stance, string][] = [
      ["a1", "A", "2022-06-10", "supports", "2022-06-11T00:00:00Z"],
      ["a2", "A", "2022-06-20", "supports", "2022-06-21T00:00:00Z"],
      ["b0", "B", "2022-06-10", "supports", "2022-06-12T00:00:00Z"],
      ["a3", "A", "2022-08-05", "contradicts", "2022-08-06T00:00:00Z"],
      ["b1", "B", "2022-08-05", "mixed", "2022-08-07T00:00:00Z"],
      ["b2", "B", "2022-10-01", "supports", "2022-10-01T09:00:00Z"],
      ["e1", "E", "2022-10-01", "contradicts", "2022-10-01T10:00:00Z"],
    ];
    for (const [key, claim, observedOn, stance, recordedAt] of evidence) {
      const e = await createEvidence(id[claim], {
        title: `Evidence ${key}`,
        url: `https://example.org/${key}`,
        observedOn,
        stance,
        strength: "moderate",
        summary: "s",
      }, T);
      // Fix the logging time so same-day items have a known order.
      await prisma.evidence.update({ where: { id: e.id }, data: { recordedAt: new Date(recordedAt) } });
      ev[key] = e.id;
    }
  });

  it("counts claims by current verdict, with ungraded claims apart", async () => {
    const s = await getScorecard(NOW);
    expect(s.total).toBe(9);
    expect(s.byVerdict).toEqual({
      confirmed: 2,
      partly: 1,
      on_track: 1,
      too_early: 0, // A and I were too early once, but not any more
      off_track: 1,
      refuted: 1,
      unfalsifiable: 1,
    });
    expect(s.ungraded).toBe(2);
  });

  it("computes the hit rate from settled grades only", async () => {
    // confirmed 2×1 + partly 1×½ + refuted 1×0 = 2.5 points over 4 graded claims
    expect((await getScorecard(NOW)).hitRate).toEqual({ rate: 0.625, graded: 4, points: 2.5 });
  });

  it("lists claims past their horizon that have no final verdict, earliest horizon first", async () => {
    const s = await getScorecard(NOW);
    expect(s.pastHorizon.items).toEqual([
      { id: id.E, statement: "Claim E", horizon: { from: 2022, to: 2023 }, currentVerdict: null },
      // Not claim B: partly true is a final verdict (PARTLY_RULE), as the hit rate counts it.
      { id: id.F, statement: "Claim F", horizon: { from: 2022, to: 2024 }, currentVerdict: "on_track" },
    ]);
  });

  it("judges 'past horizon' by the year of `now`", async () => {
    // In 2024 only claims whose horizon ended by 2023 are past; A, C and D are settled.
    expect((await getScorecard(at("2024-06-01"))).pastHorizon.items.map((p) => p.id)).toEqual([id.E]);
    // On the first day of 2024 a horizon ending in 2023 has passed; on the last day of 2023 it has not.
    expect((await getScorecard(new Date("2024-01-01T00:00:00Z"))).pastHorizon.items.map((p) => p.id)).toEqual([id.E]);
    expect((await getScorecard(new Date("2023-12-31T23:59:59Z"))).pastHorizon.items).toEqual([]);
  });

  it("drops a claim from the past-horizon list once it gets a final verdict", async () => {
    const f = await prisma.prediction.create({
      data: {
        sourceId: (await prisma.prediction.findUniqueOrThrow({ where: { id: id.A } })).sourceId,
        quote: "q",
        section: "S",
        position: 100,
        statement: "Temporary",
        criteria: "c",
        madeOn: at("2022-05-01"),
        horizonPhrase: "",
        horizonFrom: 2022,
        horizonTo: 2022,
      },
    });
    try {
      expect((await getScorecard(NOW)).pastHorizon.items.map((p) => p.id)).toContain(f.id);
      await createVerdict(f.id, { grade: "refuted", credence: null, rationale: "r", evidenceIds: [] }, T, { now: at("2024-01-01") });
      const s = await getScorecard(NOW);
      expect(s.pastHorizon.items.map((p) => p.id)).not.toContain(f.id);
      expect(s.byVerdict.refuted).toBe(2);
    } finally {
      await prisma.verdict.deleteMany({ where: { predictionId: f.id } });
      await prisma.prediction.delete({ where: { id: f.id } });
      // Rows deleted behind the app's back: recompute the summaries it keeps.
      await refreshAllClaimSummaries(prisma);
    }
  });

  it("gives the verdict mix per quarter, as each claim stood on that day", async () => {
    const zero = Object.fromEntries(GRADES.map((g) => [g, 0]));
    const rows = await getVerdictMixOverTime(at("2023-03-10"));
    expect(rows).toEqual([
      { ...zero, period: "2022 Q2", asOf: "2022-06-30", ungraded: 7, too_early: 1 },
      { ...zero, period: "2022 Q3", asOf: "2022-09-30", ungraded: 5, too_early: 2, unfalsifiable: 1 },
      { ...zero, period: "2022 Q4", asOf: "2022-12-31", ungraded: 4, too_early: 2, unfalsifiable: 1, refuted: 1 },
      { ...zero, period: "2023 Q1", asOf: "2023-03-10", ungraded: 4, too_early: 1, unfalsifiable: 1, refuted: 1, confirmed: 1 },
    ]);
  });

  it("ends the verdict mix today, agreeing with the scorecard", async () => {
    const rows = await getVerdictMixOverTime(NOW);
    expect(rows).toHaveLength(12); // 2022 Q2 … 2025 Q1
    expect(rows[0].period).toBe("2022 Q2");
    const last = rows[rows.length - 1];
    expect(last.period).toBe("2025 Q1");
    expect(last.asOf).toBe("2025-03-10");
    const s = await getScorecard(NOW);
    for (const g of GRADES) expect(last[g], g).toBe(s.byVerdict[g]);
    expect(last.ungraded).toBe(s.ungraded);
  });

  it("gives the cumulative evidence balance per month, filling quiet months", async () => {
    expect(await getEvidenceBalance()).toEqual([
      { period: "2022-06", supports: 3, contradicts: 0, mixed: 0, net: 3 },
      { period: "2022-07", supports: 3, contradicts: 0, mixed: 0, net: 3 },
      { period: "2022-08", supports: 3, contradicts: 1, mixed: 1, net: 2 },
      { period: "2022-09", supports: 3, contradicts: 1, mixed: 1, net: 2 },
      { period: "2022-10", supports: 4, contradicts: 2, mixed: 1, net: 2 },
    ]);
  });

  it("lists recent evidence by observed day, then by when it was logged", async () => {
    const recent = await listRecentEvidence(4);
    expect(recent.map((r) => r.id)).toEqual([ev.e1, ev.b2, ev.b1, ev.a3]);
    expect(recent[0]).toEqual({
      id: ev.e1,
      title: "Evidence e1",
      url: "https://example.org/e1",
      observedOn: "2022-10-01",
      stance: "contradicts",
      prediction: { id: id.E, statement: "Claim E" },
    });
    const all = await listRecentEvidence();
    expect(all).toHaveLength(7);
    expect((await listRecentEvidence(100)).map((r) => r.id)).toEqual([ev.e1, ev.b2, ev.b1, ev.a3, ev.a2, ev.b0, ev.a1]);
  });
});
