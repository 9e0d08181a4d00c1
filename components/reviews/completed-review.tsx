import { Suspense } from "react";
import { WriteAccessNote } from "@/components/auth/write-access-note";
import { Skeleton } from "@/components/ui/skeleton";
import { reopenReviewAction } from "@/lib/actions/review-actions";
import type { ReviewDetail } from "@/lib/db/reviews";
import type { ReviewAccess } from "./guided-review";
import { ReopenReviewForm } from "./reopen-review-form";
import { ReviewChanges } from "./review-changes";
import { ReviewEvents } from "./review-events";
import { ReviewMixComparison } from "./review-mix-comparison";
import { ReviewScorecard } from "./review-scorecard";
import { ReviewSnapshotTable } from "./review-snapshot-table";

/** A completed review: its frozen scorecard, what moved since the last one, and its report. */
export function CompletedReview({ review, access }: { review: ReviewDetail; access: ReviewAccess }) {
  const { year } = review;
  return (
    <>
      <section className="card" aria-labelledby="review-report-heading">
        <h2 id="review-report-heading">Report</h2>
        <p className="small muted">
          The headline figures, a table of every claim with last review’s grade and this one’s, and links to the cited
          evidence, in Markdown ready to paste into a blog post.
        </p>
        <a className="button" href={`/reviews/${year}/report.md`} download={`review-${year}.md`}>
          Download the Markdown report
        </a>
      </section>
      {review.figures ? (
        <ReviewScorecard year={year} figures={review.figures} />
      ) : (
        <p className="card">This review was completed without frozen figures.</p>
      )}
      <ReviewChanges year={year} previousYear={review.previous?.year ?? null} changes={review.changes ?? { moved: [], unchangedCount: 0, newEvidence: [] }} />
      <Suspense fallback={<Skeleton label="verdict mix chart" height={360} />}>
        <ReviewMixComparison year={year} />
      </Suspense>
      <ReviewSnapshotTable year={year} entries={review.entries} />
      <div className="grid grid-2">
        <ReviewEvents events={review.events} />
        <section className="card">
          {access.canRun ? (
            <ReopenReviewForm year={year} action={reopenReviewAction.bind(null, year)} />
          ) : (
            <>
              <h2>Reopen this review</h2>
              <WriteAccessNote actor={access.actor} what="reopen this review" returnTo={`/reviews/${year}`} />
            </>
          )}
        </section>
      </div>
    </>
  );
}
