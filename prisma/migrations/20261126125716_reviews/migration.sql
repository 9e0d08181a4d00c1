-- AlterTable
ALTER TABLE "Prediction" ADD COLUMN "reopenReason" TEXT;
ALTER TABLE "Prediction" ADD COLUMN "reopenedAt" DATETIME;

-- CreateTable
CREATE TABLE "Review" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "year" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "openSlot" TEXT,
    "openedOn" DATETIME NOT NULL,
    "completedOn" DATETIME,
    "notes" TEXT NOT NULL DEFAULT '',
    "figures" TEXT,
    "isSeeded" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "ReviewEntry" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "reviewId" TEXT NOT NULL,
    "predictionId" TEXT NOT NULL,
    "statement" TEXT NOT NULL,
    "quote" TEXT NOT NULL,
    "grade" TEXT,
    "credence" REAL,
    "rationale" TEXT,
    "verdictId" TEXT,
    "verdictOn" DATETIME,
    "newEvidenceCount" INTEGER NOT NULL,
    "evidenceCount" INTEGER NOT NULL,
    "citedEvidence" TEXT NOT NULL DEFAULT '[]',
    CONSTRAINT "ReviewEntry_reviewId_fkey" FOREIGN KEY ("reviewId") REFERENCES "Review" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "ReviewEntry_predictionId_fkey" FOREIGN KEY ("predictionId") REFERENCES "Prediction" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ReviewEvent" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "reviewId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "by" TEXT NOT NULL,
    "reason" TEXT,
    CONSTRAINT "ReviewEvent_reviewId_fkey" FOREIGN KEY ("reviewId") REFERENCES "Review" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Verdict" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "predictionId" TEXT NOT NULL,
    "grade" TEXT NOT NULL,
    "credence" REAL,
    "rationale" TEXT NOT NULL,
    "madeOn" DATETIME NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "madeBy" TEXT NOT NULL,
    "isSeeded" BOOLEAN NOT NULL DEFAULT false,
    "reviewId" TEXT,
    CONSTRAINT "Verdict_predictionId_fkey" FOREIGN KEY ("predictionId") REFERENCES "Prediction" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Verdict_reviewId_fkey" FOREIGN KEY ("reviewId") REFERENCES "Review" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Verdict" ("createdAt", "credence", "grade", "id", "isSeeded", "madeBy", "madeOn", "predictionId", "rationale") SELECT "createdAt", "credence", "grade", "id", "isSeeded", "madeBy", "madeOn", "predictionId", "rationale" FROM "Verdict";
DROP TABLE "Verdict";
ALTER TABLE "new_Verdict" RENAME TO "Verdict";
CREATE INDEX "Verdict_predictionId_madeOn_idx" ON "Verdict"("predictionId", "madeOn");
CREATE INDEX "Verdict_madeOn_idx" ON "Verdict"("madeOn");
CREATE INDEX "Verdict_reviewId_idx" ON "Verdict"("reviewId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "Review_year_key" ON "Review"("year");

-- CreateIndex
CREATE UNIQUE INDEX "Review_openSlot_key" ON "Review"("openSlot");

-- CreateIndex
CREATE INDEX "ReviewEntry_predictionId_idx" ON "ReviewEntry"("predictionId");

-- CreateIndex
CREATE UNIQUE INDEX "ReviewEntry_reviewId_predictionId_key" ON "ReviewEntry"("reviewId", "predictionId");

-- CreateIndex
CREATE INDEX "ReviewEvent_reviewId_at_idx" ON "ReviewEvent"("reviewId", "at");
