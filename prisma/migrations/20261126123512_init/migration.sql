-- CreateTable
CREATE TABLE "Source" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "seedKey" TEXT,
    "title" TEXT NOT NULL,
    "author" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "publishedOn" DATETIME NOT NULL,
    "kind" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "Prediction" (
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
    "parentId" TEXT,
    "currentGrade" TEXT,
    "currentVerdictAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Prediction_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Prediction_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Prediction" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Tag" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "Evidence" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "predictionId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "observedOn" DATETIME NOT NULL,
    "loggedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "stance" TEXT NOT NULL,
    "strength" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "loggedBy" TEXT NOT NULL,
    "isSeeded" BOOLEAN NOT NULL DEFAULT false,
    CONSTRAINT "Evidence_predictionId_fkey" FOREIGN KEY ("predictionId") REFERENCES "Prediction" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Verdict" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "predictionId" TEXT NOT NULL,
    "grade" TEXT NOT NULL,
    "credence" REAL,
    "rationale" TEXT NOT NULL,
    "madeOn" DATETIME NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "madeBy" TEXT NOT NULL,
    "isSeeded" BOOLEAN NOT NULL DEFAULT false,
    CONSTRAINT "Verdict_predictionId_fkey" FOREIGN KEY ("predictionId") REFERENCES "Prediction" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "VerdictEvidence" (
    "verdictId" TEXT NOT NULL,
    "evidenceId" TEXT NOT NULL,

    PRIMARY KEY ("verdictId", "evidenceId"),
    CONSTRAINT "VerdictEvidence_verdictId_fkey" FOREIGN KEY ("verdictId") REFERENCES "Verdict" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "VerdictEvidence_evidenceId_fkey" FOREIGN KEY ("evidenceId") REFERENCES "Evidence" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "_PredictionToTag" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,
    CONSTRAINT "_PredictionToTag_A_fkey" FOREIGN KEY ("A") REFERENCES "Prediction" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "_PredictionToTag_B_fkey" FOREIGN KEY ("B") REFERENCES "Tag" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Source_seedKey_key" ON "Source"("seedKey");

-- CreateIndex
CREATE UNIQUE INDEX "Prediction_seedKey_key" ON "Prediction"("seedKey");

-- CreateIndex
CREATE INDEX "Prediction_sourceId_position_idx" ON "Prediction"("sourceId", "position");

-- CreateIndex
CREATE INDEX "Prediction_parentId_idx" ON "Prediction"("parentId");

-- CreateIndex
CREATE INDEX "Prediction_currentGrade_idx" ON "Prediction"("currentGrade");

-- CreateIndex
CREATE INDEX "Prediction_horizonTo_idx" ON "Prediction"("horizonTo");

-- CreateIndex
CREATE UNIQUE INDEX "Tag_name_key" ON "Tag"("name");

-- CreateIndex
CREATE INDEX "Evidence_predictionId_observedOn_idx" ON "Evidence"("predictionId", "observedOn");

-- CreateIndex
CREATE INDEX "Evidence_observedOn_stance_idx" ON "Evidence"("observedOn", "stance");

-- CreateIndex
CREATE INDEX "Evidence_loggedAt_idx" ON "Evidence"("loggedAt");

-- CreateIndex
CREATE INDEX "Verdict_predictionId_madeOn_idx" ON "Verdict"("predictionId", "madeOn");

-- CreateIndex
CREATE INDEX "Verdict_madeOn_idx" ON "Verdict"("madeOn");

-- CreateIndex
CREATE INDEX "VerdictEvidence_evidenceId_idx" ON "VerdictEvidence"("evidenceId");

-- CreateIndex
CREATE UNIQUE INDEX "_PredictionToTag_AB_unique" ON "_PredictionToTag"("A", "B");

-- CreateIndex
CREATE INDEX "_PredictionToTag_B_index" ON "_PredictionToTag"("B");
