-- CreateTable
CREATE TABLE "EvidenceMonth" (
    "month" TIMESTAMP(3) NOT NULL,
    "stance" TEXT NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "EvidenceMonth_pkey" PRIMARY KEY ("month","stance")
);

-- CreateTable
CREATE TABLE "GradeChange" (
    "quarter" TIMESTAMP(3) NOT NULL,
    "grade" TEXT NOT NULL,
    "delta" INTEGER NOT NULL,

    CONSTRAINT "GradeChange_pkey" PRIMARY KEY ("quarter","grade")
);

-- Backfill from the rows (what rebuildTrendSummaries in lib/db/trend-summary.ts computes, written
-- by hand, as in the SQLite migration of the same name): the first day of the month, and the
-- last day of the quarter.
INSERT INTO "EvidenceMonth" ("month", "stance", "count")
SELECT date_trunc('month', "observedOn"), "stance", COUNT(*)
FROM "Evidence" WHERE "retractedAt" IS NULL
GROUP BY date_trunc('month', "observedOn"), "stance";

INSERT INTO "GradeChange" ("quarter", "grade", "delta")
SELECT "quarter", "grade", SUM("delta") FROM (
  SELECT date_trunc('quarter', "day") + INTERVAL '3 months' - INTERVAL '1 day' AS "quarter", "grade", "delta"
  FROM (
    SELECT "day", "grade", 1 AS "delta" FROM (
      SELECT CASE WHEN v."madeOn" < p."madeOn" THEN p."madeOn" ELSE v."madeOn" END AS "day", v."grade" AS "grade"
      FROM "Verdict" v JOIN "Prediction" p ON p."id" = v."predictionId" WHERE v."retractedAt" IS NULL
    ) "entered"
    UNION ALL
    SELECT "day", COALESCE("previous", 'ungraded'), -1 FROM (
      SELECT CASE WHEN v."madeOn" < p."madeOn" THEN p."madeOn" ELSE v."madeOn" END AS "day",
             LAG(v."grade") OVER (PARTITION BY v."predictionId" ORDER BY v."madeOn", v."createdAt", v."id") AS "previous"
      FROM "Verdict" v JOIN "Prediction" p ON p."id" = v."predictionId" WHERE v."retractedAt" IS NULL
    ) "left_grade"
    UNION ALL
    SELECT date_trunc('day', "madeOn"), 'ungraded', 1 FROM "Prediction"
  ) "changes"
) "by_quarter"
GROUP BY "quarter", "grade"
HAVING SUM("delta") <> 0;
