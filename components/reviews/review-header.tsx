import type { ReviewDetail } from "@/lib/db/reviews";
import { ReviewStatusBadge } from "./review-status-badge";

/** The review's title, status and dates. */
export function ReviewHeader({ review }: { review: ReviewDetail }) {
  return (
    <div className="page-intro">
      <h1>{review.title}</h1>
      <p>
        <ReviewStatusBadge status={review.status} />{" "}
        <span className="muted">
          Opened <time dateTime={review.openedOn}>{review.openedOn}</time>
          {review.completedOn && (
            <>
              {" "}
              · completed <time dateTime={review.completedOn}>{review.completedOn}</time>
            </>
          )}
        </span>
        {review.isSeeded && (
          <>
            {" "}
            <span className="tag">Seeded</span>
          </>
        )}
      </p>
      {review.notes.trim() && <p className="pre-line">{review.notes}</p>}
    </div>
  );
}
