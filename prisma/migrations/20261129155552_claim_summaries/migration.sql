-- DropIndex
DROP INDEX "Evidence_predictionId_observedOn_idx";

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Prediction" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "seedKey" TEXT,
    "sourceId" TEXT NOT NULL,
    "quote" TEXT NOT NULL,
    "section" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "statement" TEXT NOT NULL,
    "criteria" TEXT NOT NULL,
    "madeOn" DATETIME NOT NULL,
    "horizonPhrase" TEXT NOT NULL,
    "horizonFrom" INTEGER NOT NULL,
    "horizonTo" INTEGER NOT NULL,
    "impliedCredence" REAL,
    "credenceWord" TEXT,
    "isCredenceOverridden" BOOLEAN NOT NULL DEFAULT false,
    "parentId" TEXT,
    "currentGrade" TEXT,
    "currentVerdictAt" DATETIME,
    "reopenedAt" DATETIME,
    "reopenReason" TEXT,
    "supportsCount" INTEGER NOT NULL DEFAULT 0,
    "contradictsCount" INTEGER NOT NULL DEFAULT 0,
    "mixedCount" INTEGER NOT NULL DEFAULT 0,
    "evidenceCount" INTEGER NOT NULL DEFAULT 0,
    "effectiveGrade" TEXT,
    "verdictCredence" REAL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Prediction_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Prediction_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Prediction" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Prediction" ("createdAt", "credenceWord", "criteria", "currentGrade", "currentVerdictAt", "horizonFrom", "horizonPhrase", "horizonTo", "id", "impliedCredence", "isCredenceOverridden", "madeOn", "parentId", "position", "quote", "reopenReason", "reopenedAt", "section", "seedKey", "sourceId", "statement") SELECT "createdAt", "credenceWord", "criteria", "currentGrade", "currentVerdictAt", "horizonFrom", "horizonPhrase", "horizonTo", "id", "impliedCredence", "isCredenceOverridden", "madeOn", "parentId", "position", "quote", "reopenReason", "reopenedAt", "section", "seedKey", "sourceId", "statement" FROM "Prediction";
DROP TABLE "Prediction";
ALTER TABLE "new_Prediction" RENAME TO "Prediction";
CREATE UNIQUE INDEX "Prediction_seedKey_key" ON "Prediction"("seedKey");
CREATE INDEX "Prediction_sourceId_position_idx" ON "Prediction"("sourceId", "position");
CREATE INDEX "Prediction_parentId_idx" ON "Prediction"("parentId");
CREATE INDEX "Prediction_currentGrade_idx" ON "Prediction"("currentGrade");
CREATE INDEX "Prediction_horizonTo_idx" ON "Prediction"("horizonTo");
CREATE INDEX "Prediction_effectiveGrade_idx" ON "Prediction"("effectiveGrade");
CREATE INDEX "Prediction_evidenceCount_idx" ON "Prediction"("evidenceCount");
CREATE INDEX "Prediction_currentVerdictAt_idx" ON "Prediction"("currentVerdictAt");
CREATE INDEX "Prediction_madeOn_idx" ON "Prediction"("madeOn");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "Evidence_predictionId_observedOn_loggedAt_idx" ON "Evidence"("predictionId", "observedOn", "loggedAt");

-- Backfill the summary columns from the rows (the same statements as refreshAllClaimSummaries in lib/db/claim-summary.ts)
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

