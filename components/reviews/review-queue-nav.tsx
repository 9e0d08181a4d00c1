import Link from "next/link";
import { Pagination } from "@/components/ui/pagination";
import { GRADE_LABELS } from "@/lib/domain";
import type { QueuePage } from "@/lib/db/reviews";
import { guidedHref } from "@/lib/review-links";
import styles from "./reviews.module.css";

type Props = {
  year: number;
  queue: QueuePage;
  currentId: string;
  show: "ungraded" | undefined;
  /** The whole queue, and the claims in it not yet graded. */
  counts: { all: number; ungraded: number };
};

/** A page of the claims in the review, in source order, marked graded or not in words. */
export function ReviewQueueNav({ year, queue, currentId, show, counts }: Props) {
  const { items, total, page, pageSize } = queue;
  const filterLink = (to: "ungraded" | undefined, text: string) =>
    to === show ? (
      <strong aria-current="true">{text}</strong>
    ) : (
      <Link href={guidedHref(year, { claim: currentId, show: to })}>{text}</Link>
    );
  return (
    <div className="card">
      <h2 id="review-queue-heading" className="heading-sm">
        Claims in this review
      </h2>
      <p className="small queue-summary">
        Show: {filterLink(undefined, `all ${counts.all}`)} · {filterLink("ungraded", `not yet graded ${counts.ungraded}`)}
      </p>
      <nav aria-labelledby="review-queue-heading">
        {items.length === 0 ? (
          <p className="small muted">{show === "ungraded" && total === 0 ? "Every claim in this review is graded." : "No claims on this page."}</p>
        ) : (
          <ol className={styles.queue} start={(page - 1) * pageSize + 1}>
            {items.map((c) => (
              <li key={c.id}>
                <Link href={guidedHref(year, { claim: c.id, show })} aria-current={c.id === currentId ? "step" : undefined}>
                  {c.statement}
                </Link>
                {c.gradedInReview ? (
                  <span className={`${styles.queueStatus} ${styles.done}`}>
                    <span aria-hidden="true">✓ </span>Graded{c.currentGrade ? `: ${GRADE_LABELS[c.currentGrade]}` : ""}
                  </span>
                ) : (
                  <span className={styles.queueStatus}>Not yet graded</span>
                )}
              </li>
            ))}
          </ol>
        )}
      </nav>
      <Pagination
        total={total}
        page={page}
        pageSize={pageSize}
        hrefFor={(p) => guidedHref(year, { claim: currentId, show, page: p })}
        label={show === "ungraded" ? "claims not yet graded" : "claims in this review"}
      />
    </div>
  );
}
