import { STANCE_COLORS, STANCE_LABELS } from "@/lib/domain";
import type { ReviewClaimContext } from "@/lib/db/review-queue";
import styles from "./reviews.module.css";

type Evidence = ReviewClaimContext["sinceLastReview"];

function EvidenceItems({ items, emptyText }: { items: Evidence; emptyText: string }) {
  if (items.length === 0) return <p className="muted">{emptyText}</p>;
  return (
    <ul className={`plain ${styles.evidence}`}>
      {items.map((e) => (
        <li key={e.id}>
          <h4>
            <a href={e.url} rel="noopener noreferrer nofollow" target="_blank">
              {e.title}
            </a>
          </h4>
          <p className="small" style={{ marginBottom: "0.25rem" }}>
            <span className="badge" style={{ borderColor: STANCE_COLORS[e.stance], color: "#1f2328" }}>
              {STANCE_LABELS[e.stance]}
            </span>{" "}
            <span className="muted">
              observed <time dateTime={e.observedOn}>{e.observedOn}</time> · logged{" "}
              <time dateTime={e.loggedAt}>{e.loggedAt.slice(0, 10)}</time>
            </span>
          </p>
          <p style={{ marginBottom: 0, whiteSpace: "pre-line" }}>{e.summary}</p>
        </li>
      ))}
    </ul>
  );
}

/** The claim's evidence, with what was logged since the last completed review set apart. */
export function ReviewEvidence({ context }: { context: ReviewClaimContext }) {
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
        <EvidenceItems items={sinceLastReview} emptyText="None" />
      </section>
      <section aria-labelledby="evidence-old-heading" style={{ marginTop: "1rem" }}>
        <h3 id="evidence-old-heading">Older evidence</h3>
        <EvidenceItems items={older} emptyText="None" />
      </section>
    </section>
  );
}
