-- AlterTable
ALTER TABLE "Prediction" ADD COLUMN     "isCredenceOverridden" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "PredictionRevision" (
    "id" TEXT NOT NULL,
    "predictionId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "changes" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "editedBy" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PredictionRevision_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "PredictionRevision_predictionId_createdAt_idx" ON "PredictionRevision"("predictionId", "createdAt");

-- AddForeignKey
ALTER TABLE "PredictionRevision" ADD CONSTRAINT "PredictionRevision_predictionId_fkey" FOREIGN KEY ("predictionId") REFERENCES "Prediction"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
