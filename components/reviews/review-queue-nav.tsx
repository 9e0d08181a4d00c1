import Link from "next/link";
import { GRADE_LABELS } from "@/lib/domain";
import type { QueueItem } from "@/lib/db/review-queue";
import styles from "./reviews.module.css";

type Props = { year: number; items: QueueItem[]; currentId: string };

/** Every claim in the review, in source order, marked graded or not in words. */
export function ReviewQueueNav({ year, items, currentId }: Props) {
  return (
    <nav className="card" aria-labelledby="review-queue-heading">
      <h2 id="review-queue-heading" style={{ fontSize: "1.05rem" }}>
        Claims in this review
      </h2>
      <ol className={styles.queue}>
        {items.map((c) => (
          <li key={c.id}>
            <Link href={`/reviews/${year}?claim=${c.id}`} aria-current={c.id === currentId ? "step" : undefined}>
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
    </nav>
  );
}
