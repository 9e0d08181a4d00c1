-- CreateTable
CREATE TABLE "EvidenceMonth" (
    "month" DATETIME NOT NULL,
    "stance" TEXT NOT NULL,
    "count" INTEGER NOT NULL,

    PRIMARY KEY ("month", "stance")
);

-- CreateTable
CREATE TABLE "GradeChange" (
    "quarter" DATETIME NOT NULL,
    "grade" TEXT NOT NULL,
    "delta" INTEGER NOT NULL,

    PRIMARY KEY ("quarter", "grade")
);

-- Backfill from the rows (what rebuildTrendSummaries in lib/db/trend-summary.ts computes),
-- with SQLite's text dates cut to the first day of the month and the last day of the quarter.
INSERT INTO "EvidenceMonth" ("month", "stance", "count")
SELECT substr("observedOn", 1, 7) || '-01T00:00:00.000+00:00', "stance", COUNT(*)
FROM "Evidence" WHERE "retractedAt" IS NULL
GROUP BY substr("observedOn", 1, 7), "stance";

INSERT INTO "GradeChange" ("quarter", "grade", "delta")
SELECT "quarter", "grade", SUM("delta") FROM (
  SELECT substr("day", 1, 4) || CASE WHEN substr("day", 6, 2) <= '03' THEN '-03-31' WHEN substr("day", 6, 2) <= '06' THEN '-06-30'
           WHEN substr("day", 6, 2) <= '09' THEN '-09-30' ELSE '-12-31' END || 'T00:00:00.000+00:00' AS "quarter",
         "grade", "delta"
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
    SELECT "madeOn", 'ungraded', 1 FROM "Prediction"
  ) "changes"
) "by_quarter"
GROUP BY "quarter", "grade"
HAVING SUM("delta") <> 0;
