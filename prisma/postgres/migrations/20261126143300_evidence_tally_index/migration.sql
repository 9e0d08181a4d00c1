-- CreateIndex
CREATE INDEX "Evidence_predictionId_retractedAt_stance_idx" ON "Evidence"("predictionId", "retractedAt", "stance");
