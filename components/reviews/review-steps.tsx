import Link from "next/link";
import styles from "./reviews.module.css";

type Props = { previousHref: string; skipHref: string; nextHref: string };

/** Previous / Skip / Next, with the keyboard shortcuts spelled out. */
export function ReviewSteps({ previousHref, skipHref, nextHref }: Props) {
  return (
    <nav className="card" aria-label="Move between claims">
      <div className={styles.steps}>
        <Link href={previousHref} className="button secondary" aria-keyshortcuts="k ArrowLeft">
          <span aria-hidden="true">← </span>Previous claim
        </Link>
        <Link href={skipHref} className="button secondary">
          Skip this claim
        </Link>
        <Link href={nextHref} className="button secondary" aria-keyshortcuts="j ArrowRight">
          Next claim<span aria-hidden="true"> →</span>
        </Link>
        <span className={styles.spacer} />
        <p className="small muted" style={{ margin: 0 }} id="review-keyboard-help">
          Keyboard: j / → next, k / ← previous
        </p>
      </div>
      <p className="small muted" style={{ margin: "0.5rem 0 0" }}>
        Skipping records nothing: the claim stays not yet graded, and you can come back to it.
      </p>
    </nav>
  );
}
