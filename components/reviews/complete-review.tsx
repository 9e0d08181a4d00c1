import Link from "next/link";
import { WriteAccessNote } from "@/components/auth/write-access-note";
import { completeReviewAction } from "@/lib/actions/review-actions";
import type { QueuePage } from "@/lib/db/reviews";
import { CompleteReviewForm } from "./complete-review-form";
import { FocusOnMount } from "./focus-on-mount";
import { guidedHref } from "@/lib/review-links";
import type { ReviewAccess } from "./guided-review";
import styles from "./reviews.module.css";

type Props = {
  year: number;
  access: ReviewAccess;
  /** The claim on screen, so "Cancel" comes back to it. */
  claimId: string | null;
  /** How many claims in the review are still without this review's verdict. */
  ungraded: number;
  /** The first of them, when the confirm step is open. */
  firstUngraded: QueuePage | null;
  isConfirming: boolean;
};

const HASH = "complete-review";

/**
 * Completing a review freezes and seals its snapshot, so it takes two steps: "Complete
 * review…" opens a confirm step (a URL of its own, so it works without JavaScript) that lists
 * what is still ungraded, with "Review them now" and "Complete anyway (N carry over)".
 */
export function CompleteReview({ year, access, claimId, ungraded, firstUngraded, isConfirming }: Props) {
  const base = { claim: claimId ?? undefined };
  if (!access.canRun) {
    return (
      <section className="card" aria-labelledby="complete-review-heading" id={HASH}>
        <h2 id="complete-review-heading">Complete the review</h2>
        <WriteAccessNote actor={access.actor} what="complete the review" returnTo={`/reviews/${year}`} />
      </section>
    );
  }
  if (!isConfirming) {
    return (
      <section className="card" aria-labelledby="complete-review-heading" id={HASH}>
        <h2 id="complete-review-heading">Complete the review</h2>
        <p className="small muted">
          Completing freezes and seals a snapshot: every claim’s verdict and credence as they stand now, and the scorecard
          figures. Later edits never change it; reopening it is possible but recorded with a reason. You confirm on the next
          step, which lists what is still ungraded.
        </p>
        <Link className="button" href={guidedHref(year, { ...base, confirm: "complete" }, HASH)}>
          Complete review…
        </Link>
      </section>
    );
  }
  const items = firstUngraded?.items ?? [];
  const more = ungraded - items.length;
  const first = items[0];
  return (
    <section className={`card ${styles.confirm}`} aria-labelledby="complete-review-heading" id={HASH}>
      <FocusOnMount targetId="complete-review-heading" />
      <h2 id="complete-review-heading" tabIndex={-1}>
        Complete the {year} review?
      </h2>
      {ungraded === 0 ? (
        <p>Every claim in this review has a verdict from it. Completing freezes and seals the snapshot.</p>
      ) : (
        <>
          <p>
            <strong>
              {ungraded === 1 ? "1 claim is" : `${ungraded.toLocaleString("en")} claims are`} still not graded in this review.
            </strong>{" "}
            If you complete now, {ungraded === 1 ? "it carries its" : "they carry their"} previous verdict into the frozen snapshot:
          </p>
          <ul data-testid="ungraded-claims">
            {items.map((c) => (
              <li key={c.id}>
                <Link href={guidedHref(year, { claim: c.id, show: "ungraded" })}>{c.statement}</Link>
              </li>
            ))}
            {more > 0 && <li>and {more.toLocaleString("en")} more</li>}
          </ul>
        </>
      )}
      <div className="row center">
        {first && (
          <Link className="button secondary" href={guidedHref(year, { claim: first.id, show: "ungraded" })}>
            Review them now
          </Link>
        )}
        <CompleteReviewForm action={completeReviewAction.bind(null, year)} ungraded={ungraded} />
        <Link href={guidedHref(year, base)}>Cancel</Link>
      </div>
    </section>
  );
}
