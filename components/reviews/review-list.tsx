import Link from "next/link";
import type { ReviewSummary } from "@/lib/db/reviews";
import { ReviewStatusBadge, gradedLabel, percent } from "./review-status-badge";

/** Every review, newest first, with its headline figures. */
export function ReviewList({ reviews }: { reviews: ReviewSummary[] }) {
  if (reviews.length === 0) {
    return <p role="status">No reviews yet. Start this year’s review to make the first one.</p>;
  }
  return (
    <div className="table-scroll" role="region" aria-label="Reviews" tabIndex={0}>
      <table className="data" data-testid="review-list">
        <caption className="visually-hidden">Every review, newest first</caption>
        <thead>
          <tr>
            <th scope="col">Review</th>
            <th scope="col">Status</th>
            <th scope="col">Opened</th>
            <th scope="col">Completed</th>
            <th scope="col">Progress</th>
            <th scope="col" className="num">
              Hit rate at completion
            </th>
          </tr>
        </thead>
        <tbody>
          {reviews.map((r) => (
            <tr key={r.id}>
              <th scope="row">
                <Link href={`/reviews/${r.year}`}>{r.title}</Link>
                {r.isSeeded && (
                  <>
                    {" "}
                    <span className="tag" title="Seeded from the starter verdicts">
                      Seeded
                    </span>
                  </>
                )}
              </th>
              <td>
                <ReviewStatusBadge status={r.status} />
              </td>
              <td>
                <time dateTime={r.openedOn}>{r.openedOn}</time>
              </td>
              <td>{r.completedOn ? <time dateTime={r.completedOn}>{r.completedOn}</time> : <span className="muted">Not yet</span>}</td>
              <td>{gradedLabel(r.graded, r.total)}</td>
              <td className="num">{r.status === "completed" && r.hitRate !== null ? percent(r.hitRate) : "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
