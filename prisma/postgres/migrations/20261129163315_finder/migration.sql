-- AlterTable
ALTER TABLE "Prediction" ADD COLUMN     "quoteEnd" INTEGER,
ADD COLUMN     "quoteStart" INTEGER;

-- AlterTable
ALTER TABLE "Source" ADD COLUMN     "text" TEXT,
ADD COLUMN     "textHash" TEXT,
ADD COLUMN     "textLength" INTEGER;
