-- CreateTable
CREATE TABLE "EvidenceDay" (
    "day" DATETIME NOT NULL,
    "stance" TEXT NOT NULL,
    "count" INTEGER NOT NULL,

    PRIMARY KEY ("day", "stance")
);

-- CreateTable
CREATE TABLE "GradeChange" (
    "day" DATETIME NOT NULL,
    "grade" TEXT NOT NULL,
    "delta" INTEGER NOT NULL,

    PRIMARY KEY ("day", "grade")
);

-- Backfill from the rows (the same statements as rebuildTrendSummaries in lib/db/trend-summary.ts)
DELETE FROM "EvidenceDay";

INSERT INTO "EvidenceDay" ("day", "stance", "count")
    SELECT "observedOn", "stance", COUNT(*) FROM "Evidence" WHERE "retractedAt" IS NULL GROUP BY "observedOn", "stance";

DELETE FROM "GradeChange";

INSERT INTO "GradeChange" ("day", "grade", "delta")
    SELECT "day", "grade", SUM("delta") FROM (
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
    GROUP BY "day", "grade"
    HAVING SUM("delta") <> 0;
