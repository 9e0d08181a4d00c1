// Two writers changing the same claim at the same moment: the claim's summary must take both
// into account. A claim's verdict columns are recomputed from its verdicts; on PostgreSQL
// (read committed) a recount that waited for the other writer's row lock would otherwise
// compute from its old snapshot and miss the other verdict (lib/db/claim-summary.ts,
// claimLockSql). Evidence tallies move by increments, which PostgreSQL applies to the row as
// the previous writer left it. SQLite runs one writer at a time, so there the second waits.
import { describe, expect, it } from "vitest";
import { evidenceTallySql, refreshClaimSummary } from "@/lib/db/claim-summary";
import { prisma } from "@/lib/db/client";
import { createEvidence } from "@/lib/db/evidence";
import { day, makeClaim, makeSource } from "../support/factories";

const verdict = (predictionId: string, grade: string, madeOn: string) => ({
  predictionId,
  grade,
  credence: null,
  rationale: "r",
  madeOn: day(madeOn),
  madeBy: "racer",
});

describe("a claim's summary under concurrent writers", () => {
  it("takes a verdict committed while a second writer recounts: the later verdict is current", async () => {
    const source = await makeSource();
    const claim = await makeClaim({ sourceId: source.id });
    let firstCounted!: () => void;
    const counted = new Promise<void>((resolve) => (firstCounted = resolve));
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    // The first writer records the later verdict and keeps its transaction open.
    const first = prisma.$transaction(async (tx) => {
      await tx.verdict.create({ data: verdict(claim.id, "confirmed", "2025-06-02") });
      await refreshClaimSummary(tx, claim.id);
      firstCounted();
      await held;
    });
    await counted;
    // The second records an earlier-dated verdict and recounts while the first is open.
    const second = prisma.$transaction(async (tx) => {
      await tx.verdict.create({ data: verdict(claim.id, "refuted", "2025-06-01") });
      await refreshClaimSummary(tx, claim.id);
    });
    await new Promise((resolve) => setTimeout(resolve, 400));
    release();
    await Promise.all([first, second]);
    const row = await prisma.prediction.findUniqueOrThrow({ where: { id: claim.id } });
    expect([row.currentGrade, row.effectiveGrade, row.currentVerdictAt?.toISOString().slice(0, 10)]).toEqual([
      "confirmed",
      "confirmed",
      "2025-06-02",
    ]);
  });

  it("counts every item when many writers log evidence for one claim at once", async () => {
    const source = await makeSource();
    const claim = await makeClaim({ sourceId: source.id });
    const stances = ["supports", "contradicts", "mixed"] as const;
    await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        createEvidence(
          claim.id,
          { title: `Item ${i}`, url: "https://example.org/race", observedOn: "2025-06-01", stance: stances[i % 3], strength: "weak", summary: "s" },
          { id: null, label: "racer" },
        ),
      ),
    );
    const row = await prisma.prediction.findUniqueOrThrow({ where: { id: claim.id } });
    expect([row.evidenceCount, row.supportsCount, row.contradictsCount, row.mixedCount]).toEqual([30, 10, 10, 10]);
    expect(evidenceTallySql(claim.id, "supports", 1).sql).toContain('"supportsCount" = "supportsCount" +');
  });
});
