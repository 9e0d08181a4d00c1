import type { Prisma } from "../generated/prisma/client";

type Tx = Prisma.TransactionClient;

/**
 * Points a claim at its latest verdict (by verdict date, then by when it was recorded).
 * Verdict rows are append-only; this cached pointer is what the scorecard groups on.
 * Call it inside the transaction that appended the verdict.
 */
export async function refreshCurrentVerdict(tx: Tx, predictionId: string): Promise<void> {
  const latest = await tx.verdict.findFirst({
    where: { predictionId, retractedAt: null },
    orderBy: [{ madeOn: "desc" }, { createdAt: "desc" }],
    select: { grade: true, madeOn: true },
  });
  await tx.prediction.update({
    where: { id: predictionId },
    data: { currentGrade: latest?.grade ?? null, currentVerdictAt: latest?.madeOn ?? null },
  });
}
