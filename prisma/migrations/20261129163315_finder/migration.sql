-- AlterTable
ALTER TABLE "Prediction" ADD COLUMN "quoteEnd" INTEGER;
ALTER TABLE "Prediction" ADD COLUMN "quoteStart" INTEGER;

-- AlterTable
ALTER TABLE "Source" ADD COLUMN "text" TEXT;
ALTER TABLE "Source" ADD COLUMN "textHash" TEXT;
ALTER TABLE "Source" ADD COLUMN "textLength" INTEGER;
