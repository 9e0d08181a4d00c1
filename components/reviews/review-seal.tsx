import styles from "./reviews.module.css";

type Props = { hash: string | null; previousHash: string | null; previousYear: number | null };

/** A completed review's seal: its hash, the previous review's, and how anyone can check them. */
export function ReviewSeal({ hash, previousHash, previousYear }: Props) {
  return (
    <section className="card" aria-labelledby="review-seal-heading">
      <h2 id="review-seal-heading">Seal</h2>
      {hash ? (
        <dl className={`small ${styles.seal}`}>
          <dt>SHA-256 of this snapshot</dt>
          <dd>
            <code className={styles.hash} data-testid="review-hash">
              {hash}
            </code>
          </dd>
          <dt>Previous review’s hash{previousYear !== null ? ` (${previousYear})` : ""}</dt>
          <dd>
            {previousHash ? (
              <code className={styles.hash} data-testid="review-previous-hash">
                {previousHash}
              </code>
            ) : (
              "None: the first link of the chain"
            )}
          </dd>
        </dl>
      ) : (
        <p>This review has no seal: it was completed before reviews were sealed.</p>
      )}
      <p className="small muted">
        The hash covers every claim’s frozen grade, credence, rationale and cited evidence, the figures and the completion
        time, chained to the previous review’s hash, so a quiet edit to any of them shows. Anyone with a copy of the
        database can recompute it with <code>npm run verify</code>; this tracker recomputes every review’s at{" "}
        <a href="/api/reviews/verify">
          <code>/api/reviews/verify</code>
        </a>
        .
      </p>
    </section>
  );
}
