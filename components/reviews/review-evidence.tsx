import Link from "next/link";
import type { EvidencePage, ReviewClaimContext } from "@/lib/db/reviews";
import { STANCE_LABELS } from "@/lib/domain";
import styles from "./reviews.module.css";

type ListProps = { list: EvidencePage; emptyText: string; moreHref: string | null; labelledBy: string; claimId: string };

/** One evidence list, newest first, with "show older" until a bound, then a link to the claim's full history. */
function EvidenceItems({ list, emptyText, moreHref, labelledBy, claimId }: ListProps) {
  const { items, total } = list;
  if (items.length === 0) return <p className="muted">{emptyText}</p>;
  return (
    <>
      <ul className={`plain ${styles.evidence}`}>
        {items.map((e) => (
          <li key={e.id}>
            <h4>
              <a href={e.url} rel="noopener noreferrer nofollow" target="_blank">
                {e.title}
              </a>
            </h4>
            <p className="small tight-below">
              <span className={`badge stance stance-${e.stance}`}>
                {STANCE_LABELS[e.stance]}
              </span>{" "}
              <span className="muted">
                observed <time dateTime={e.observedOn}>{e.observedOn}</time> · logged{" "}
                <time dateTime={e.recordedAt}>{e.recordedAt.slice(0, 10)}</time>
              </span>
            </p>
            <p className="flush-bottom pre-line">{e.summary}</p>
          </li>
        ))}
      </ul>
      {items.length < total && (
        <p className="small">
          <span className="muted">
            The newest {items.length} of {total.toLocaleString("en")}.
          </span>{" "}
          {moreHref ? (
            <Link href={moreHref} aria-describedby={labelledBy} scroll={false}>
              Show older
            </Link>
          ) : (
            <Link href={`/predictions/${claimId}`}>See all of them on the claim’s page</Link>
          )}
        </p>
      )}
    </>
  );
}

type Props = { context: ReviewClaimContext; claimId: string; moreSince: string | null; moreOlder: string | null };

/** The claim's evidence, with what was logged since the last completed review set apart. */
export function ReviewEvidence({ context, claimId, moreSince, moreOlder }: Props) {
  const { lastReview, sinceLastReview, older } = context;
  return (
    <section className="card" aria-labelledby="review-evidence-heading">
      <h2 id="review-evidence-heading">Evidence</h2>
      <section aria-labelledby="evidence-new-heading">
        <h3 id="evidence-new-heading">
          {lastReview ? `Evidence since the last review (${lastReview.year})` : "Evidence since the last review"}
        </h3>
        {lastReview ? (
          <p className="small muted">
            Logged after the {lastReview.year} review was completed on{" "}
            <time dateTime={lastReview.completedOn}>{lastReview.completedOn}</time>.
          </p>
        ) : (
          <p className="small muted">No review has been completed before this one, so all the evidence is new.</p>
        )}
        <EvidenceItems list={sinceLastReview} emptyText="None" moreHref={moreSince} labelledBy="evidence-new-heading" claimId={claimId} />
      </section>
      <section aria-labelledby="evidence-old-heading" className="space-above-lg">
        <h3 id="evidence-old-heading">Older evidence</h3>
        <EvidenceItems list={older} emptyText="None" moreHref={moreOlder} labelledBy="evidence-old-heading" claimId={claimId} />
      </section>
    </section>
  );
}
