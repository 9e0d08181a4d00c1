-- CreateTable
CREATE TABLE "PredictionRevision" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "predictionId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "changes" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "editedBy" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "PredictionRevision_predictionId_fkey" FOREIGN KEY ("predictionId") REFERENCES "Prediction" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

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
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Prediction_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Prediction_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Prediction" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Prediction" ("createdAt", "credenceWord", "criteria", "currentGrade", "currentVerdictAt", "horizonFrom", "horizonPhrase", "horizonTo", "id", "impliedCredence", "madeOn", "parentId", "position", "quote", "reopenReason", "reopenedAt", "section", "seedKey", "sourceId", "statement") SELECT "createdAt", "credenceWord", "criteria", "currentGrade", "currentVerdictAt", "horizonFrom", "horizonPhrase", "horizonTo", "id", "impliedCredence", "madeOn", "parentId", "position", "quote", "reopenReason", "reopenedAt", "section", "seedKey", "sourceId", "statement" FROM "Prediction";
DROP TABLE "Prediction";
ALTER TABLE "new_Prediction" RENAME TO "Prediction";
CREATE UNIQUE INDEX "Prediction_seedKey_key" ON "Prediction"("seedKey");
CREATE INDEX "Prediction_sourceId_position_idx" ON "Prediction"("sourceId", "position");
CREATE INDEX "Prediction_parentId_idx" ON "Prediction"("parentId");
CREATE INDEX "Prediction_currentGrade_idx" ON "Prediction"("currentGrade");
CREATE INDEX "Prediction_horizonTo_idx" ON "Prediction"("horizonTo");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "PredictionRevision_predictionId_createdAt_idx" ON "PredictionRevision"("predictionId", "createdAt");
