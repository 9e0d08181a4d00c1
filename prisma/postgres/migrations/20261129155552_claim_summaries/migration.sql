-- DropIndex
DROP INDEX "Evidence_predictionId_observedOn_idx";

-- AlterTable
ALTER TABLE "Prediction" ADD COLUMN     "contradictsCount" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "effectiveGrade" TEXT,
ADD COLUMN     "evidenceCount" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "mixedCount" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "supportsCount" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "verdictCredence" DOUBLE PRECISION;

-- CreateIndex
CREATE INDEX "Evidence_predictionId_observedOn_loggedAt_idx" ON "Evidence"("predictionId", "observedOn", "loggedAt");

-- CreateIndex
CREATE INDEX "Prediction_effectiveGrade_idx" ON "Prediction"("effectiveGrade");

-- CreateIndex
CREATE INDEX "Prediction_evidenceCount_idx" ON "Prediction"("evidenceCount");

-- CreateIndex
CREATE INDEX "Prediction_currentVerdictAt_idx" ON "Prediction"("currentVerdictAt");

-- CreateIndex
CREATE INDEX "Prediction_madeOn_idx" ON "Prediction"("madeOn");

-- Backfill the summary columns from the rows (the same statements as refreshAllClaimSummaries in lib/db/claim-summary.ts,
-- written by hand, as in the SQLite migration of the same name)
UPDATE "Prediction" SET 
  "supportsCount" = (SELECT COUNT(*) FROM "Evidence" e WHERE e."predictionId" = "Prediction"."id" AND e."retractedAt" IS NULL AND e."stance" = 'supports'),
  "contradictsCount" = (SELECT COUNT(*) FROM "Evidence" e WHERE e."predictionId" = "Prediction"."id" AND e."retractedAt" IS NULL AND e."stance" = 'contradicts'),
  "mixedCount" = (SELECT COUNT(*) FROM "Evidence" e WHERE e."predictionId" = "Prediction"."id" AND e."retractedAt" IS NULL AND e."stance" = 'mixed'),
  "evidenceCount" = (SELECT COUNT(*) FROM "Evidence" e WHERE e."predictionId" = "Prediction"."id" AND e."retractedAt" IS NULL),
  "currentGrade" = (SELECT v."grade" FROM "Verdict" v WHERE v."predictionId" = "Prediction"."id" AND v."retractedAt" IS NULL ORDER BY v."madeOn" DESC, v."createdAt" DESC, v."id" DESC LIMIT 1),
  "currentVerdictAt" = (SELECT v."madeOn" FROM "Verdict" v WHERE v."predictionId" = "Prediction"."id" AND v."retractedAt" IS NULL ORDER BY v."madeOn" DESC, v."createdAt" DESC, v."id" DESC LIMIT 1),
  "verdictCredence" = (SELECT v."credence" FROM "Verdict" v
  WHERE v."predictionId" = "Prediction"."id" AND v."retractedAt" IS NULL AND v."credence" IS NOT NULL
    AND v."madeOn" < (SELECT MIN(r."madeOn") FROM "Verdict" r WHERE r."predictionId" = "Prediction"."id" AND r."retractedAt" IS NULL
                      AND r."grade" IN ('confirmed', 'partly', 'refuted'))
  ORDER BY v."madeOn" DESC, v."createdAt" DESC, v."id" DESC LIMIT 1);

UPDATE "Prediction" SET "effectiveGrade" = COALESCE("Prediction"."currentGrade", (CASE
  WHEN (SELECT COUNT(*) FROM "Prediction" c WHERE c."parentId" = "Prediction"."id") = 0 THEN NULL
  WHEN 2 * (SELECT COUNT(*) FROM "Prediction" c WHERE c."parentId" = "Prediction"."id" AND c."currentGrade" IN ('confirmed','partly','refuted')) < (SELECT COUNT(*) FROM "Prediction" c WHERE c."parentId" = "Prediction"."id") THEN 'too_early'
  WHEN 3 * (2 * (SELECT COUNT(*) FROM "Prediction" c WHERE c."parentId" = "Prediction"."id" AND c."currentGrade" IN ('confirmed')) + (SELECT COUNT(*) FROM "Prediction" c WHERE c."parentId" = "Prediction"."id" AND c."currentGrade" IN ('partly'))) >= 4 * (SELECT COUNT(*) FROM "Prediction" c WHERE c."parentId" = "Prediction"."id" AND c."currentGrade" IN ('confirmed','partly','refuted')) THEN 'confirmed'
  WHEN 3 * (2 * (SELECT COUNT(*) FROM "Prediction" c WHERE c."parentId" = "Prediction"."id" AND c."currentGrade" IN ('confirmed')) + (SELECT COUNT(*) FROM "Prediction" c WHERE c."parentId" = "Prediction"."id" AND c."currentGrade" IN ('partly'))) <= 2 * (SELECT COUNT(*) FROM "Prediction" c WHERE c."parentId" = "Prediction"."id" AND c."currentGrade" IN ('confirmed','partly','refuted')) THEN 'refuted'
  ELSE 'partly' END));

