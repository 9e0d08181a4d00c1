-- DropIndex
DROP INDEX "Prediction_effectiveGrade_idx";

-- CreateIndex
CREATE INDEX "Prediction_effectiveGrade_impliedCredence_verdictCredence_sourceId_id_idx" ON "Prediction"("effectiveGrade", "impliedCredence", "verdictCredence", "sourceId", "id");

-- CreateIndex
CREATE INDEX "ReviewEntry_reviewId_grade_predictionId_idx" ON "ReviewEntry"("reviewId", "grade", "predictionId");
