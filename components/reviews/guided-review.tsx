import { WriteAccessNote } from "@/components/auth/write-access-note";
import { VerdictForm } from "@/components/predictions/verdict-form";
import { recordReviewVerdictAction } from "@/lib/actions/review-actions";
import type { Actor } from "@/lib/auth/permissions";
import { findClaimStatement, getGuidedStep, getReviewClaimContext, getReviewQueue } from "@/lib/db/reviews";
import { QUEUE_PAGE_SIZE } from "@/lib/reviews";
import { CONTEXT_EVIDENCE, type GuidedView } from "@/lib/validation/review-query";
import { CompleteReview } from "./complete-review";
import { guidedHref } from "@/lib/review-links";
import { ReviewClaim } from "./review-claim";
import { ReviewEvidence } from "./review-evidence";
import { ReviewKeys } from "./review-keys";
import { ReviewProgress } from "./review-progress";
import { ReviewQueueNav } from "./review-queue-nav";
import { ReviewSteps } from "./review-steps";
import styles from "./reviews.module.css";

/** Who is looking, and whether they may grade, complete or reopen. */
export type ReviewAccess = { actor: Actor | null; canRun: boolean };

type Props = { year: number; view: GuidedView; access: ReviewAccess };

/** Ungraded claims the confirm step names before "and N more". */
const CONFIRM_LISTED = 10;

/**
 * The guided review of an open review: one claim at a time, with a page of the queue beside
 * it and the progress over the whole queue. The claim, the queue's page and filter, and how
 * much evidence is shown all live in the URL.
 */
export async function GuidedReview({ year, view, access }: Props) {
  const step = await getGuidedStep(year, view.claim);
  const ungraded = step.total - step.graded;
  const isConfirming = view.confirm === "complete" && access.canRun;
  // The confirm step lists the first claims still to grade; their total is already counted.
  const firstUngraded = isConfirming && ungraded > 0 ? await getReviewQueue(year, { ungradedOnly: true, pageSize: CONFIRM_LISTED, knownTotal: ungraded }) : null;
  const complete = (
    <CompleteReview
      year={year}
      access={access}
      claimId={step.current?.id ?? null}
      ungraded={ungraded}
      firstUngraded={firstUngraded}
      isConfirming={isConfirming}
    />
  );

  const current = step.current;
  if (!current) {
    return (
      <>
        <ReviewProgress graded={0} total={0} />
        <p className="card" role="status">
          No claim needs a verdict in this review: every claim is settled (confirmed, partly true, refuted or
          unfalsifiable) and none has been reopened.
        </p>
        {complete}
      </>
    );
  }

  const show = view.show;
  const ungradedOnly = show === "ungraded";
  // Unless the URL picks a page, the queue opens on the page that holds the current claim.
  const queuePage = view.page ?? (ungradedOnly ? Math.floor(step.ungradedBefore / QUEUE_PAGE_SIZE) + 1 : Math.ceil(step.position / QUEUE_PAGE_SIZE));
  const [queue, context, recorded] = await Promise.all([
    getReviewQueue(year, { page: queuePage, ungradedOnly, knownTotal: ungradedOnly ? step.total - step.graded : step.total }),
    getReviewClaimContext(year, step.reviewId, current.id, { since: view.since, older: view.older }),
    view.recorded ? findClaimStatement(view.recorded) : Promise.resolve(null),
  ]);
  const href = (id: string | null) => guidedHref(year, { claim: id ?? current.id, show });
  const more = (list: "since" | "older", shown: number, total: number) =>
    shown < total && shown < CONTEXT_EVIDENCE.max
      ? guidedHref(
          year,
          { claim: current.id, show, page: view.page, since: view.since, older: view.older, [list]: Math.min(shown + CONTEXT_EVIDENCE.step, CONTEXT_EVIDENCE.max) },
          list === "since" ? "evidence-new-heading" : "evidence-old-heading",
        )
      : null;
  const isDone = step.graded === step.total;
  const skipHref = href(step.nextUngradedId ?? step.nextId);

  return (
    <>
      <ReviewProgress graded={step.graded} total={step.total} />
      {isConfirming && complete}
      {(recorded !== null || step.isUnknown) && (
        <div role="status">
          {recorded !== null && (
            <p className="alert success">
              Verdict recorded for “{recorded}”.
              {isDone && " Every claim in this review is graded: complete the review when you are ready."}
            </p>
          )}
          {step.isUnknown && <p className="alert error">That claim is not part of this review; showing the next one to grade.</p>}
        </div>
      )}
      <ReviewKeys previousHref={href(step.previousId)} nextHref={href(step.nextId)} skipHref={skipHref} />
      <div className={styles.layout}>
        <div className="stack">
          <ReviewSteps previousHref={href(step.previousId)} skipHref={skipHref} nextHref={href(step.nextId)} canGrade={access.canRun} />
          <ReviewClaim claim={current} position={step.position} total={step.total} context={context} />
          <ReviewEvidence
            context={context}
            claimId={current.id}
            moreSince={more("since", context.sinceLastReview.items.length, context.sinceLastReview.total)}
            moreOlder={more("older", context.older.items.length, context.older.total)}
          />
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
                evidence={[...context.sinceLastReview.items, ...context.older.items]}
                currentGrade={context.previous?.grade ?? null}
                previousCredence={context.previous?.credence ?? null}
                focusGrade={!isConfirming}
              />
            ) : (
              <>
                <h2>Record a verdict</h2>
                <WriteAccessNote actor={access.actor} what="grade claims in this review" returnTo={href(current.id)} />
              </>
            )}
          </section>
        </div>
        <ReviewQueueNav
          year={year}
          queue={queue}
          currentId={current.id}
          show={show}
          counts={{ all: step.total, ungraded: step.total - step.graded }}
        />
      </div>
      {!isConfirming && complete}
    </>
  );
}
