import Link from "next/link";
import { WriteAccessNote } from "@/components/auth/write-access-note";
import { startReviewAction } from "@/lib/actions/review-actions";
import type { Actor } from "@/lib/auth/permissions";
import type { ReviewSummary } from "@/lib/db/reviews";
import { StartReviewForm } from "./start-review-form";

/**
 * Starts this year's review, or says why it can't be started: this year's review exists, or
 * another review is still open (only one can be open at a time).
 */
type Props = { year: number; reviews: ReviewSummary[]; actor: Actor | null; canStart: boolean };

export function StartReview({ year, reviews, actor, canStart }: Props) {
  const existing = reviews.find((r) => r.year === year);
  const open = reviews.find((r) => r.status === "open");
  return (
    <section className="card" aria-labelledby="start-review-heading">
      <h2 id="start-review-heading">This year’s review</h2>
      {existing ? (
        <p>
          The {year} review already exists and is {existing.status === "open" ? "open" : "completed"}:{" "}
          <Link href={`/reviews/${year}`}>
            {existing.status === "open" ? `continue the ${existing.title}` : `see the ${existing.title}`}
          </Link>
          .
        </p>
      ) : open ? (
        <p>
          The <Link href={`/reviews/${open.year}`}>{open.title}</Link> is still open. Complete it before starting the{" "}
          {year} review; only one review can be open at a time.
        </p>
      ) : !canStart ? (
        <WriteAccessNote actor={actor} what={`start the ${year} review`} returnTo="/reviews" />
      ) : (
        <>
          <p className="small muted">
            Opens the {year} review and takes you to the first claim that needs a verdict. It is recorded as started
            today.
          </p>
          <StartReviewForm year={year} action={startReviewAction} />
        </>
      )}
    </section>
  );
}
