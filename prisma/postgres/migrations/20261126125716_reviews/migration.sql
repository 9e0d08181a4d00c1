-- AlterTable
ALTER TABLE "Prediction" ADD COLUMN     "reopenReason" TEXT,
ADD COLUMN     "reopenedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Verdict" ADD COLUMN     "reviewId" TEXT;

-- CreateTable
CREATE TABLE "Review" (
    "id" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "openSlot" TEXT,
    "openedOn" TIMESTAMP(3) NOT NULL,
    "completedOn" TIMESTAMP(3),
    "notes" TEXT NOT NULL DEFAULT '',
    "figures" TEXT,
    "isSeeded" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Review_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReviewEntry" (
    "id" TEXT NOT NULL,
    "reviewId" TEXT NOT NULL,
    "predictionId" TEXT NOT NULL,
    "statement" TEXT NOT NULL,
    "quote" TEXT NOT NULL,
    "grade" TEXT,
    "credence" DOUBLE PRECISION,
    "rationale" TEXT,
    "verdictId" TEXT,
    "verdictOn" TIMESTAMP(3),
    "newEvidenceCount" INTEGER NOT NULL,
    "evidenceCount" INTEGER NOT NULL,
    "citedEvidence" TEXT NOT NULL DEFAULT '[]',

    CONSTRAINT "ReviewEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReviewEvent" (
    "id" TEXT NOT NULL,
    "reviewId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "by" TEXT NOT NULL,
    "reason" TEXT,

    CONSTRAINT "ReviewEvent_pkey" PRIMARY KEY ("id")
);

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

-- CreateIndex
CREATE INDEX "Verdict_reviewId_idx" ON "Verdict"("reviewId");

-- AddForeignKey
ALTER TABLE "ReviewEntry" ADD CONSTRAINT "ReviewEntry_predictionId_fkey" FOREIGN KEY ("predictionId") REFERENCES "Prediction"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewEntry" ADD CONSTRAINT "ReviewEntry_reviewId_fkey" FOREIGN KEY ("reviewId") REFERENCES "Review"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewEvent" ADD CONSTRAINT "ReviewEvent_reviewId_fkey" FOREIGN KEY ("reviewId") REFERENCES "Review"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Verdict" ADD CONSTRAINT "Verdict_reviewId_fkey" FOREIGN KEY ("reviewId") REFERENCES "Review"("id") ON DELETE SET NULL ON UPDATE CASCADE;
