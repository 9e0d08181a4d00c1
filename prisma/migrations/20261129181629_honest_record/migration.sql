-- Evidence."loggedAt" and Verdict."createdAt" become "recordedAt" (their values are copied),
-- a resolving verdict "resolvedOn" starts at its own date, the verdict credence and the
-- hindsight count are recomputed by the new rule (credences recorded before the outcome
-- became known) at the end.
-- AlterTable
ALTER TABLE "Review" ADD COLUMN "hash" TEXT;
ALTER TABLE "Review" ADD COLUMN "previousHash" TEXT;

-- AlterTable
ALTER TABLE "ReviewEvent" ADD COLUMN "hash" TEXT;

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Evidence" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "predictionId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "observedOn" DATETIME NOT NULL,
    "recordedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "stance" TEXT NOT NULL,
    "strength" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "loggedBy" TEXT NOT NULL,
    "loggedById" TEXT,
    "isSeeded" BOOLEAN NOT NULL DEFAULT false,
    "retractedAt" DATETIME,
    "retractedBy" TEXT,
    "retractReason" TEXT,
    "excerpt" TEXT,
    "archiveUrl" TEXT,
    "contentSha256" TEXT,
    "linkStatus" INTEGER,
    "linkFinalUrl" TEXT,
    "linkCheckedAt" DATETIME,
    "linkError" TEXT,
    "linkChangedAt" DATETIME,
    "linkProblem" TEXT,
    CONSTRAINT "Evidence_predictionId_fkey" FOREIGN KEY ("predictionId") REFERENCES "Prediction" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Evidence_loggedById_fkey" FOREIGN KEY ("loggedById") REFERENCES "user" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Evidence" ("recordedAt", "id", "isSeeded", "loggedBy", "loggedById", "observedOn", "predictionId", "retractReason", "retractedAt", "retractedBy", "stance", "strength", "summary", "title", "url") SELECT "loggedAt", "id", "isSeeded", "loggedBy", "loggedById", "observedOn", "predictionId", "retractReason", "retractedAt", "retractedBy", "stance", "strength", "summary", "title", "url" FROM "Evidence";
DROP TABLE "Evidence";
ALTER TABLE "new_Evidence" RENAME TO "Evidence";
CREATE INDEX "Evidence_predictionId_observedOn_recordedAt_idx" ON "Evidence"("predictionId", "observedOn", "recordedAt");
CREATE INDEX "Evidence_predictionId_retractedAt_stance_idx" ON "Evidence"("predictionId", "retractedAt", "stance");
CREATE INDEX "Evidence_predictionId_retractedAt_recordedAt_idx" ON "Evidence"("predictionId", "retractedAt", "recordedAt");
CREATE INDEX "Evidence_observedOn_stance_idx" ON "Evidence"("observedOn", "stance");
CREATE INDEX "Evidence_recordedAt_idx" ON "Evidence"("recordedAt");
CREATE INDEX "Evidence_linkCheckedAt_idx" ON "Evidence"("linkCheckedAt");
CREATE INDEX "Evidence_linkProblem_linkCheckedAt_idx" ON "Evidence"("linkProblem", "linkCheckedAt");
CREATE TABLE "new_Prediction" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "seedKey" TEXT,
    "sourceId" TEXT NOT NULL,
    "quote" TEXT NOT NULL,
    "section" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "quoteStart" INTEGER,
    "quoteEnd" INTEGER,
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
    "hindsightCredences" INTEGER NOT NULL DEFAULT 0,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Prediction_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Prediction_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Prediction" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Prediction" ("contradictsCount", "createdAt", "credenceWord", "criteria", "currentGrade", "currentVerdictAt", "effectiveGrade", "evidenceCount", "horizonFrom", "horizonPhrase", "horizonTo", "id", "impliedCredence", "isCredenceOverridden", "madeOn", "mixedCount", "parentId", "position", "quote", "quoteEnd", "quoteStart", "reopenReason", "reopenedAt", "section", "seedKey", "sourceId", "statement", "supportsCount", "verdictCredence") SELECT "contradictsCount", "createdAt", "credenceWord", "criteria", "currentGrade", "currentVerdictAt", "effectiveGrade", "evidenceCount", "horizonFrom", "horizonPhrase", "horizonTo", "id", "impliedCredence", "isCredenceOverridden", "madeOn", "mixedCount", "parentId", "position", "quote", "quoteEnd", "quoteStart", "reopenReason", "reopenedAt", "section", "seedKey", "sourceId", "statement", "supportsCount", "verdictCredence" FROM "Prediction";
DROP TABLE "Prediction";
ALTER TABLE "new_Prediction" RENAME TO "Prediction";
CREATE UNIQUE INDEX "Prediction_seedKey_key" ON "Prediction"("seedKey");
CREATE INDEX "Prediction_sourceId_position_idx" ON "Prediction"("sourceId", "position");
CREATE INDEX "Prediction_parentId_idx" ON "Prediction"("parentId");
CREATE INDEX "Prediction_currentGrade_idx" ON "Prediction"("currentGrade");
CREATE INDEX "Prediction_horizonTo_idx" ON "Prediction"("horizonTo");
CREATE INDEX "Prediction_effectiveGrade_impliedCredence_verdictCredence_sourceId_id_idx" ON "Prediction"("effectiveGrade", "impliedCredence", "verdictCredence", "sourceId", "id");
CREATE INDEX "Prediction_evidenceCount_idx" ON "Prediction"("evidenceCount");
CREATE INDEX "Prediction_currentVerdictAt_idx" ON "Prediction"("currentVerdictAt");
CREATE INDEX "Prediction_madeOn_idx" ON "Prediction"("madeOn");
CREATE TABLE "new_Verdict" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "predictionId" TEXT NOT NULL,
    "grade" TEXT NOT NULL,
    "credence" REAL,
    "rationale" TEXT NOT NULL,
    "madeOn" DATETIME NOT NULL,
    "recordedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "resolvedOn" DATETIME,
    "madeBy" TEXT NOT NULL,
    "madeById" TEXT,
    "isSeeded" BOOLEAN NOT NULL DEFAULT false,
    "retractedAt" DATETIME,
    "retractedBy" TEXT,
    "retractReason" TEXT,
    "reviewId" TEXT,
    CONSTRAINT "Verdict_predictionId_fkey" FOREIGN KEY ("predictionId") REFERENCES "Prediction" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Verdict_madeById_fkey" FOREIGN KEY ("madeById") REFERENCES "user" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Verdict_reviewId_fkey" FOREIGN KEY ("reviewId") REFERENCES "Review" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Verdict" ("recordedAt", "resolvedOn", "credence", "grade", "id", "isSeeded", "madeBy", "madeById", "madeOn", "predictionId", "rationale", "retractReason", "retractedAt", "retractedBy", "reviewId") SELECT "createdAt", CASE WHEN "grade" IN ('confirmed', 'partly', 'refuted') THEN "madeOn" END, "credence", "grade", "id", "isSeeded", "madeBy", "madeById", "madeOn", "predictionId", "rationale", "retractReason", "retractedAt", "retractedBy", "reviewId" FROM "Verdict";
DROP TABLE "Verdict";
ALTER TABLE "new_Verdict" RENAME TO "Verdict";
CREATE INDEX "Verdict_predictionId_madeOn_idx" ON "Verdict"("predictionId", "madeOn");
CREATE INDEX "Verdict_madeOn_idx" ON "Verdict"("madeOn");
CREATE INDEX "Verdict_reviewId_idx" ON "Verdict"("reviewId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

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
