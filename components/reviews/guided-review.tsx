import { WriteAccessNote } from "@/components/auth/write-access-note";
import { VerdictForm } from "@/components/predictions/verdict-form";
import { completeReviewAction, recordReviewVerdictAction } from "@/lib/actions/review-actions";
import type { Actor } from "@/lib/auth/permissions";
import { getReviewClaimContext, getReviewQueue, type QueueItem } from "@/lib/db/review-queue";
import { CompleteReviewForm } from "./complete-review-form";
import { ReviewClaim } from "./review-claim";
import { ReviewEvidence } from "./review-evidence";
import { ReviewKeyboardNav } from "./review-keyboard-nav";
import { ReviewProgress } from "./review-progress";
import { ReviewQueueNav } from "./review-queue-nav";
import { ReviewSteps } from "./review-steps";
import styles from "./reviews.module.css";

/** Who is looking, and whether they may grade, complete or reopen. */
export type ReviewAccess = { actor: Actor | null; canRun: boolean };

type Props = { year: number; claimId?: string; recordedId?: string; access: ReviewAccess };

/** The claim a URL asks for; else the first not yet graded in this review; else the first. */
function pickCurrent(items: QueueItem[], claimId?: string): { index: number; isUnknown: boolean } {
  const asked = claimId ? items.findIndex((c) => c.id === claimId) : -1;
  if (asked >= 0) return { index: asked, isUnknown: false };
  const firstOpen = items.findIndex((c) => !c.gradedInReview);
  return { index: Math.max(firstOpen, 0), isUnknown: Boolean(claimId) };
}

/** The guided review of an open review: one claim at a time, with the queue and progress. */
export async function GuidedReview({ year, claimId, recordedId, access }: Props) {
  const { reviewId, items } = await getReviewQueue(year);
  const graded = items.filter((c) => c.gradedInReview).length;
  const completeAction = completeReviewAction.bind(null, year);
  const complete = (
    <section className="card">
      {access.canRun ? (
        <CompleteReviewForm action={completeAction} ungraded={items.length - graded} />
      ) : (
        <>
          <h2>Complete the review</h2>
          <WriteAccessNote actor={access.actor} what="complete the review" returnTo={`/reviews/${year}`} />
        </>
      )}
    </section>
  );

  if (items.length === 0) {
    return (
      <>
        <ReviewProgress graded={0} total={0} />
        <p className="card" role="status">
          No claim needs a verdict in this review: every claim is settled (confirmed, refuted or unfalsifiable) and none
          has been reopened.
        </p>
        {complete}
      </>
    );
  }

  const { index, isUnknown } = pickCurrent(items, claimId);
  const current = items[index];
  const n = items.length;
  const href = (c: QueueItem) => `/reviews/${year}?claim=${c.id}`;
  const previous = items[(index - 1 + n) % n];
  const next = items[(index + 1) % n];
  // Skip goes to the next claim still to grade after this one (wrapping round), else the next.
  const after = [...items.slice(index + 1), ...items.slice(0, index)];
  const skipTo = after.find((c) => !c.gradedInReview) ?? next;
  const recorded = recordedId ? items.find((c) => c.id === recordedId) : undefined;
  const context = await getReviewClaimContext(year, reviewId, current.id);

  return (
    <>
      <ReviewProgress graded={graded} total={n} />
      {(recorded || isUnknown) && (
        <div role="status">
          {recorded && (
            <p className="alert success">
              Verdict recorded for “{recorded.statement}”.
              {graded === n && " Every claim in this review is graded: complete the review when you are ready."}
            </p>
          )}
          {isUnknown && <p className="alert error">That claim is not part of this review; showing the next one to grade.</p>}
        </div>
      )}
      <ReviewKeyboardNav previousHref={href(previous)} nextHref={href(next)} />
      <div className={styles.layout}>
        <div className="stack">
          <ReviewSteps previousHref={href(previous)} skipHref={href(skipTo)} nextHref={href(next)} />
          <ReviewClaim claim={current} position={index + 1} total={n} context={context} />
          <ReviewEvidence context={context} />
          <section className="card">
            {current.gradedInReview && (
              <p className="small muted">
                This claim already has a verdict in this review. Recording another makes the new one this review’s
                verdict; both stay in the claim’s history.
              </p>
            )}
            {access.canRun ? (
              <VerdictForm
                key={current.id}
                action={recordReviewVerdictAction.bind(null, year, current.id)}
                evidence={[...context.sinceLastReview, ...context.older]}
              />
            ) : (
              <>
                <h2>Record a verdict</h2>
                <WriteAccessNote actor={access.actor} what="grade claims in this review" returnTo={href(current)} />
              </>
            )}
          </section>
        </div>
        <ReviewQueueNav year={year} items={items} currentId={current.id} />
      </div>
      {complete}
    </>
  );
}
