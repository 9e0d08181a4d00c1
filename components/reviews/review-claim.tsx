import Link from "next/link";
import { VerdictBadge } from "@/components/ui/verdict-badge";
import type { QueueItem, ReviewClaimContext } from "@/lib/db/reviews";
import { GRADE_LABELS } from "@/lib/domain";
import { formatHorizon } from "@/lib/horizon";
import { percent } from "./review-status-badge";

type Props = { claim: QueueItem; position: number; total: number; context: ReviewClaimContext };

/** The claim under review: what it says, where it comes from, and its verdict before this review. */
export function ReviewClaim({ claim, position, total, context }: Props) {
  const { previous } = context;
  return (
    <section className="card" aria-label="Current claim">
      <p className="small muted tight-below">
        Claim {position} of {total} ·{" "}
        {claim.gradedInReview
          ? `graded in this review${claim.currentGrade ? `: ${GRADE_LABELS[claim.currentGrade]}` : ""}`
          : "not yet graded in this review"}
      </p>
      <h2>{claim.statement}</h2>
      <blockquote className="quote">
        <p>{claim.quote}</p>
      </blockquote>
      <p className="small muted">
        From <Link href={`/sources/${claim.source.id}`}>{claim.source.title}</Link>, section “{claim.section}”.{" "}
        <Link href={`/predictions/${claim.id}`}>See the claim’s full history</Link>
      </p>
      <dl className="facts">
        <dt>Horizon</dt>
        <dd>{formatHorizon(claim.horizon)}</dd>
        <dt>Implied credence</dt>
        <dd>{claim.impliedCredence === null ? "—" : percent(claim.impliedCredence)}</dd>
        <dt>Previous verdict</dt>
        <dd data-testid="previous-verdict">
          {previous ? (
            <>
              <VerdictBadge grade={previous.grade} />{" "}
              <span className="small muted">
                on <time dateTime={previous.madeOn}>{previous.madeOn}</time>
              </span>
            </>
          ) : (
            "No verdict yet"
          )}
        </dd>
        <dt>Previous credence</dt>
        <dd>{previous?.credence == null ? "—" : percent(previous.credence)}</dd>
        {previous && (
          <>
            <dt>Previous rationale</dt>
            <dd className="pre-line">{previous.rationale}</dd>
          </>
        )}
        {claim.isReopened && (
          <>
            <dt>Reopened</dt>
            <dd>Its verdict was final, but someone reopened it on purpose for this review.</dd>
          </>
        )}
      </dl>
    </section>
  );
}
