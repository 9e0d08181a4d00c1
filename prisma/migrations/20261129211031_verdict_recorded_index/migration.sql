-- CreateIndex
CREATE INDEX "Verdict_recordedAt_idx" ON "Verdict"("recordedAt");
