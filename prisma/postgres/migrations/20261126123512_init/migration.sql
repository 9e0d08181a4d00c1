-- CreateTable
CREATE TABLE "Evidence" (
    "id" TEXT NOT NULL,
    "predictionId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "observedOn" TIMESTAMP(3) NOT NULL,
    "loggedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "stance" TEXT NOT NULL,
    "strength" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "loggedBy" TEXT NOT NULL,
    "isSeeded" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "Evidence_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Prediction" (
    "id" TEXT NOT NULL,
    "seedKey" TEXT,
    "sourceId" TEXT NOT NULL,
    "quote" TEXT NOT NULL,
    "section" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "statement" TEXT NOT NULL,
    "criteria" TEXT NOT NULL,
    "madeOn" TIMESTAMP(3) NOT NULL,
    "horizonPhrase" TEXT NOT NULL,
    "horizonFrom" INTEGER NOT NULL,
    "horizonTo" INTEGER NOT NULL,
    "impliedCredence" DOUBLE PRECISION,
    "credenceWord" TEXT,
    "parentId" TEXT,
    "currentGrade" TEXT,
    "currentVerdictAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Prediction_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Source" (
    "id" TEXT NOT NULL,
    "seedKey" TEXT,
    "title" TEXT NOT NULL,
    "author" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "publishedOn" TIMESTAMP(3) NOT NULL,
    "kind" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Source_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Tag" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "Tag_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Verdict" (
    "id" TEXT NOT NULL,
    "predictionId" TEXT NOT NULL,
    "grade" TEXT NOT NULL,
    "credence" DOUBLE PRECISION,
    "rationale" TEXT NOT NULL,
    "madeOn" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "madeBy" TEXT NOT NULL,
    "isSeeded" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "Verdict_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VerdictEvidence" (
    "verdictId" TEXT NOT NULL,
    "evidenceId" TEXT NOT NULL,

    CONSTRAINT "VerdictEvidence_pkey" PRIMARY KEY ("verdictId","evidenceId")
);

-- CreateTable
CREATE TABLE "_PredictionToTag" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_PredictionToTag_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE INDEX "Evidence_loggedAt_idx" ON "Evidence"("loggedAt");

-- CreateIndex
CREATE INDEX "Evidence_observedOn_stance_idx" ON "Evidence"("observedOn", "stance");

-- CreateIndex
CREATE INDEX "Evidence_predictionId_observedOn_idx" ON "Evidence"("predictionId", "observedOn");

-- CreateIndex
CREATE UNIQUE INDEX "Prediction_seedKey_key" ON "Prediction"("seedKey");

-- CreateIndex
CREATE INDEX "Prediction_horizonTo_idx" ON "Prediction"("horizonTo");

-- CreateIndex
CREATE INDEX "Prediction_currentGrade_idx" ON "Prediction"("currentGrade");

-- CreateIndex
CREATE INDEX "Prediction_parentId_idx" ON "Prediction"("parentId");

-- CreateIndex
CREATE INDEX "Prediction_sourceId_position_idx" ON "Prediction"("sourceId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "Source_seedKey_key" ON "Source"("seedKey");

-- CreateIndex
CREATE UNIQUE INDEX "Tag_name_key" ON "Tag"("name");

-- CreateIndex
CREATE INDEX "Verdict_madeOn_idx" ON "Verdict"("madeOn");

-- CreateIndex
CREATE INDEX "Verdict_predictionId_madeOn_idx" ON "Verdict"("predictionId", "madeOn");

-- CreateIndex
CREATE INDEX "VerdictEvidence_evidenceId_idx" ON "VerdictEvidence"("evidenceId");

-- CreateIndex
CREATE INDEX "_PredictionToTag_B_index" ON "_PredictionToTag"("B");

-- AddForeignKey
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_predictionId_fkey" FOREIGN KEY ("predictionId") REFERENCES "Prediction"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Prediction" ADD CONSTRAINT "Prediction_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Prediction"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Prediction" ADD CONSTRAINT "Prediction_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Verdict" ADD CONSTRAINT "Verdict_predictionId_fkey" FOREIGN KEY ("predictionId") REFERENCES "Prediction"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VerdictEvidence" ADD CONSTRAINT "VerdictEvidence_evidenceId_fkey" FOREIGN KEY ("evidenceId") REFERENCES "Evidence"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VerdictEvidence" ADD CONSTRAINT "VerdictEvidence_verdictId_fkey" FOREIGN KEY ("verdictId") REFERENCES "Verdict"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_PredictionToTag" ADD CONSTRAINT "_PredictionToTag_A_fkey" FOREIGN KEY ("A") REFERENCES "Prediction"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_PredictionToTag" ADD CONSTRAINT "_PredictionToTag_B_fkey" FOREIGN KEY ("B") REFERENCES "Tag"("id") ON DELETE CASCADE ON UPDATE CASCADE;
