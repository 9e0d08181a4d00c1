-- Evidence.loggedAt and Verdict.createdAt become recordedAt (renamed, values kept), a
-- resolving verdict resolvedOn starts at its own date, the verdict credence and the
-- hindsight count are recomputed by the new rule at the end.

-- DropIndex
DROP INDEX "Evidence_loggedAt_idx";
DROP INDEX "Evidence_predictionId_observedOn_loggedAt_idx";
DROP INDEX "Evidence_predictionId_retractedAt_loggedAt_idx";

-- AlterTable
ALTER TABLE "Evidence" RENAME COLUMN "loggedAt" TO "recordedAt";
ALTER TABLE "Evidence" ADD COLUMN     "archiveUrl" TEXT,
ADD COLUMN     "contentSha256" TEXT,
ADD COLUMN     "excerpt" TEXT,
ADD COLUMN     "linkChangedAt" TIMESTAMP(3),
ADD COLUMN     "linkCheckedAt" TIMESTAMP(3),
ADD COLUMN     "linkError" TEXT,
ADD COLUMN     "linkFinalUrl" TEXT,
ADD COLUMN     "linkProblem" TEXT,
ADD COLUMN     "linkStatus" INTEGER;

-- AlterTable
ALTER TABLE "Prediction" ADD COLUMN     "hindsightCredences" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "Review" ADD COLUMN     "hash" TEXT,
ADD COLUMN     "previousHash" TEXT;

-- AlterTable
ALTER TABLE "ReviewEvent" ADD COLUMN     "hash" TEXT;

-- AlterTable
ALTER TABLE "Verdict" RENAME COLUMN "createdAt" TO "recordedAt";
ALTER TABLE "Verdict" ADD COLUMN     "resolvedOn" TIMESTAMP(3);
UPDATE "Verdict" SET "resolvedOn" = "madeOn" WHERE "grade" IN ('confirmed', 'partly', 'refuted');

-- CreateIndex
CREATE INDEX "Evidence_predictionId_observedOn_recordedAt_idx" ON "Evidence"("predictionId", "observedOn", "recordedAt");

-- CreateIndex
CREATE INDEX "Evidence_predictionId_retractedAt_recordedAt_idx" ON "Evidence"("predictionId", "retractedAt", "recordedAt");

-- CreateIndex
CREATE INDEX "Evidence_recordedAt_idx" ON "Evidence"("recordedAt");

-- CreateIndex
CREATE INDEX "Evidence_linkCheckedAt_idx" ON "Evidence"("linkCheckedAt");

-- CreateIndex
CREATE INDEX "Evidence_linkProblem_linkCheckedAt_idx" ON "Evidence"("linkProblem", "linkCheckedAt");
-- The verdict credence and hindsight count by the new rule (lib/db/claim-summary.ts).
UPDATE "Prediction" SET
  "verdictCredence" = (SELECT v."credence" FROM "Verdict" v
    WHERE v."predictionId" = "Prediction"."id" AND v."retractedAt" IS NULL AND v."credence" IS NOT NULL
      AND v."madeOn" < (SELECT MIN(COALESCE(r."resolvedOn", r."madeOn")) FROM "Verdict" r WHERE r."predictionId" = "Prediction"."id" AND r."retractedAt" IS NULL AND r."grade" IN ('confirmed', 'partly', 'refuted'))
      AND v."recordedAt" < (SELECT MIN(COALESCE(r."resolvedOn", r."madeOn")) FROM "Verdict" r WHERE r."predictionId" = "Prediction"."id" AND r."retractedAt" IS NULL AND r."grade" IN ('confirmed', 'partly', 'refuted'))
    ORDER BY v."madeOn" DESC, v."recordedAt" DESC, v."id" DESC LIMIT 1),
  "hindsightCredences" = (SELECT COUNT(*) FROM "Verdict" v
    WHERE v."predictionId" = "Prediction"."id" AND v."retractedAt" IS NULL AND v."credence" IS NOT NULL
      AND v."madeOn" < (SELECT MIN(COALESCE(r."resolvedOn", r."madeOn")) FROM "Verdict" r WHERE r."predictionId" = "Prediction"."id" AND r."retractedAt" IS NULL AND r."grade" IN ('confirmed', 'partly', 'refuted'))
      AND v."recordedAt" >= (SELECT MIN(COALESCE(r."resolvedOn", r."madeOn")) FROM "Verdict" r WHERE r."predictionId" = "Prediction"."id" AND r."retractedAt" IS NULL AND r."grade" IN ('confirmed', 'partly', 'refuted')));
