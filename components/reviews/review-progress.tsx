import { gradedLabel } from "./review-status-badge";
import styles from "./reviews.module.css";

/** "N of M graded", as text and as a native progress bar labelled by that text. */
export function ReviewProgress({ graded, total }: { graded: number; total: number }) {
  return (
    <section className={`card ${styles.progress}`} aria-labelledby="review-progress-heading">
      <h2 id="review-progress-heading" className="visually-hidden">
        Progress
      </h2>
      <label htmlFor="review-progress" className={styles.progressLabel}>
        {gradedLabel(graded, total)}
      </label>
      <progress id="review-progress" value={graded} max={Math.max(total, 1)} />
      <p className="small muted flush">
        Claims count as graded once they have a verdict recorded in this review. Skipped claims stay not yet graded, and
        you can come back to them from the list.
      </p>
    </section>
  );
}
