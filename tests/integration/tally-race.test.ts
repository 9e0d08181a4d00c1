// Two writers logging evidence for the same claim at the same moment must both be counted.
// On PostgreSQL (read committed) a recount that waited for the other writer's row lock would
// otherwise compute from its old snapshot and store a count one short (lib/db/claim-summary.ts,
// claimLockSql). SQLite runs one writer at a time, so there the second simply waits.
import { describe, expect, it } from "vitest";
import { refreshEvidenceTally } from "@/lib/db/claim-summary";
import { prisma } from "@/lib/db/client";
import { day, makeClaim, makeSource } from "../support/factories";

const item = (predictionId: string, title: string) => ({
  predictionId,
  title,
  url: "https://example.org/race",
  observedOn: day("2025-06-01"),
  stance: "supports",
  strength: "weak",
  summary: "s",
  loggedBy: "racer",
});

describe("the evidence tally under concurrent writers", () => {
  it("counts both items when a second writer recounts while the first still holds the claim", async () => {
    const source = await makeSource();
    const claim = await makeClaim({ sourceId: source.id });
    let firstCounted!: () => void;
    const counted = new Promise<void>((resolve) => (firstCounted = resolve));
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const first = prisma.$transaction(async (tx) => {
      await tx.evidence.create({ data: item(claim.id, "first") });
      await refreshEvidenceTally(tx, claim.id);
      firstCounted();
      await held; // keep the first transaction open while the second one recounts
    });
    await counted;
    const second = prisma.$transaction(async (tx) => {
      await tx.evidence.create({ data: item(claim.id, "second") });
      await refreshEvidenceTally(tx, claim.id);
    });
    // Give the second writer time to reach the claim's row and wait there.
    await new Promise((resolve) => setTimeout(resolve, 400));
    release();
    await Promise.all([first, second]);
    const row = await prisma.prediction.findUniqueOrThrow({ where: { id: claim.id } });
    expect([row.evidenceCount, row.supportsCount]).toEqual([2, 2]);
  });
});
