// A claim page retracts an item named in its URL (/predictions/{claim} → the item's id): an
// item of another claim must be "not found" there, and nothing may change. The API addresses
// the item alone (/api/evidence/{id}/retract), so it passes no claim.
import { describe, expect, it } from "vitest";
import type { AuditActor } from "@/lib/db/audit";
import { prisma } from "@/lib/db/client";
import { NotFoundError } from "@/lib/db/errors";
import { createEvidence, retractEvidence } from "@/lib/db/evidence";
import { createVerdict, retractVerdict } from "@/lib/db/verdicts";
import { createEvidenceSchema } from "@/lib/validation/evidence";
import { createVerdictSchema } from "@/lib/validation/verdict";
import { makeClaim, makeSource, uid } from "../support/factories";

const ACTOR: AuditActor = { id: null, label: "Tester" };

async function twoClaims() {
  const source = await makeSource();
  const [mine, other] = [await makeClaim({ sourceId: source.id }), await makeClaim({ sourceId: source.id })];
  const evidence = await createEvidence(
    other.id,
    createEvidenceSchema.parse({ title: `E ${uid()}`, url: "https://example.org/e", observedOn: "2023-01-01", stance: "supports", strength: "strong", summary: "s" }),
    ACTOR,
  );
  const verdict = await createVerdict(other.id, createVerdictSchema.parse({ grade: "on_track", rationale: "r" }), ACTOR);
  return { mine, other, evidence, verdict };
}

const auditRows = (entityId: string) => prisma.auditLog.count({ where: { entityId } });

describe("retracting from a claim's page takes only that claim's items", () => {
  it("evidence of another claim is not found from this claim, and stays live, counted and unaudited", async () => {
    const { mine, other, evidence } = await twoClaims();
    const before = await prisma.prediction.findUniqueOrThrow({ where: { id: other.id } });
    const audited = await auditRows(evidence.id);
    await expect(retractEvidence(evidence.id, "Wrong claim", ACTOR, { predictionId: mine.id })).rejects.toMatchObject({
      constructor: NotFoundError,
      entity: "Evidence",
      id: evidence.id,
    });
    expect((await prisma.evidence.findUniqueOrThrow({ where: { id: evidence.id } })).retractedAt).toBeNull();
    expect((await prisma.prediction.findUniqueOrThrow({ where: { id: other.id } })).supportsCount).toBe(before.supportsCount);
    expect(await auditRows(evidence.id)).toBe(audited);
    // From its own claim (and from the API, which names no claim) it is retracted.
    await expect(retractEvidence(evidence.id, "Duplicate", ACTOR, { predictionId: other.id })).resolves.toMatchObject({ id: evidence.id, predictionId: other.id });
    expect((await prisma.prediction.findUniqueOrThrow({ where: { id: other.id } })).supportsCount).toBe(before.supportsCount - 1);
  });

  it("a verdict of another claim is not found from this claim, and stays current", async () => {
    const { mine, other, verdict } = await twoClaims();
    await expect(retractVerdict(verdict.id, "Wrong claim", ACTOR, { predictionId: mine.id })).rejects.toMatchObject({
      constructor: NotFoundError,
      entity: "Verdict",
      id: verdict.id,
    });
    expect((await prisma.verdict.findUniqueOrThrow({ where: { id: verdict.id } })).retractedAt).toBeNull();
    expect((await prisma.prediction.findUniqueOrThrow({ where: { id: other.id } })).currentGrade).toBe("on_track");
    await expect(retractVerdict(verdict.id, "Graded in error", ACTOR)).resolves.toMatchObject({ id: verdict.id, predictionId: other.id });
    expect((await prisma.prediction.findUniqueOrThrow({ where: { id: other.id } })).currentGrade).toBeNull();
  });
});
