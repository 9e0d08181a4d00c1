-- CreateIndex
CREATE INDEX "Evidence_predictionId_retractedAt_loggedAt_idx" ON "Evidence"("predictionId", "retractedAt", "loggedAt");
