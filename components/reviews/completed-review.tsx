import { Suspense } from "react";
import { WriteAccessNote } from "@/components/auth/write-access-note";
import { Skeleton } from "@/components/ui/skeleton";
import { reopenReviewAction } from "@/lib/actions/review-actions";
import type { ReviewDetail } from "@/lib/db/reviews";
import type { SnapshotView } from "@/lib/validation/review-query";
import type { ReviewAccess } from "./guided-review";
import { ReopenReviewForm } from "./reopen-review-form";
import { MostNewEvidence, ReviewChanges } from "./review-changes";
import { ReviewEvents } from "./review-events";
import { ReviewMixComparison } from "./review-mix-comparison";
import { ReviewScorecard } from "./review-scorecard";
import { ReviewSeal } from "./review-seal";
import { ReviewSnapshotTable } from "./review-snapshot-table";

type Props = { review: ReviewDetail; view: SnapshotView; access: ReviewAccess };

/** A completed review: its frozen scorecard, what moved since the last one, its claims a page at a time, and its report. */
export function CompletedReview({ review, view, access }: Props) {
  const { year } = review;
  const previousYear = review.previous?.year ?? null;
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
      {review.digest ? (
        <ReviewScorecard digest={review.digest} />
      ) : (
        <p className="card">This review was completed without frozen figures.</p>
      )}
      <ReviewChanges digest={review.digest}>
        {previousYear !== null && review.changes && (
          <MostNewEvidence leaders={review.changes.mostNewEvidence} previousYear={previousYear} />
        )}
      </ReviewChanges>
      <Suspense fallback={<Skeleton label="verdict mix chart" height={360} />}>
        <ReviewMixComparison year={year} />
      </Suspense>
      <Suspense fallback={<Skeleton label="the claims in the snapshot" height={480} />}>
        <ReviewSnapshotTable review={review} view={view} />
      </Suspense>
      <ReviewSeal hash={review.hash} previousHash={review.previousHash} previousYear={previousYear} />
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
