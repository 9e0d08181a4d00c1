import Link from "next/link";
import { KeySheetButton } from "./review-keys";
import styles from "./reviews.module.css";

type Props = { previousHref: string; skipHref: string; nextHref: string; canGrade: boolean };

/** Previous / Skip / Next, with the keyboard shortcuts spelled out and the key sheet a click away. */
export function ReviewSteps({ previousHref, skipHref, nextHref, canGrade }: Props) {
  return (
    <nav className="card" aria-label="Move between claims">
      <div className={styles.steps}>
        <Link href={previousHref} className="button secondary" aria-keyshortcuts="k ArrowLeft">
          <span aria-hidden="true">← </span>Previous claim
        </Link>
        <Link href={skipHref} className="button secondary" aria-keyshortcuts="s">
          Skip this claim
        </Link>
        <Link href={nextHref} className="button secondary" aria-keyshortcuts="j ArrowRight">
          Next claim<span aria-hidden="true"> →</span>
        </Link>
        <span className={styles.spacer} />
        <KeySheetButton />
      </div>
      <p className="small muted filters-note" id="review-keyboard-help">
        Keys: {canGrade ? "1–7 grade, Ctrl + Enter records, " : ""}s skips, j / → next, k / ← previous, ? all keys.
        Skipping records nothing: the claim stays not yet graded, and you can come back to it.
      </p>
    </nav>
  );
}
