import { GRADES, GRADE_LABELS } from "@/lib/domain";
import type { ReviewDigest } from "@/lib/reviews";
import { HIT_RATE_RULE, PARTLY_RULE } from "@/lib/scoring";
import { percent } from "./review-status-badge";

/**
 * The scorecard as it stood when the review was completed, from the review's one summary
 * (the Markdown report and the API show the same figures).
 */
export function ReviewScorecard({ digest }: { digest: ReviewDigest }) {
  const { year, hitRate, claims } = digest;
  const { rate, graded, points } = hitRate;
  return (
    <section className="card" aria-labelledby="review-scorecard-heading" data-testid="review-summary">
      <h2 id="review-scorecard-heading">Scorecard at the {year} review</h2>
      <div className="grid grid-stats">
        <div>
          <div className="stat" data-figure="inSnapshot">
            {claims.inSnapshot.toLocaleString("en")}
          </div>
          <div className="muted">claims in the snapshot</div>
        </div>
        <div>
          <div className="stat" data-figure="hitRate">
            {rate === null ? "—" : percent(rate)}
          </div>
          <div className="muted">hit rate {rate === null ? "(no settled claims)" : `(${points} points from ${graded} settled)`}</div>
        </div>
        <div>
          <div className="stat">
            <span data-figure="graded">{claims.graded.toLocaleString("en")}</span>{" "}
            <span className="stat-note">
              of <span data-figure="needingVerdict">{claims.needingVerdict.toLocaleString("en")}</span>
            </span>
          </div>
          <div className="muted">
            claims needing a verdict were graded in this review;{" "}
            <span data-figure="carriedOver">{claims.carriedOver.toLocaleString("en")}</span> carried over
          </div>
        </div>
        <div>
          <div className="stat" data-figure="withoutVerdict">
            {digest.withoutVerdict.toLocaleString("en")}
          </div>
          <div className="muted">without any verdict</div>
        </div>
      </div>
      <p className="small muted">
        <strong>How the hit rate is computed:</strong> {HIT_RATE_RULE}
      </p>
      <details className="small muted">
        <summary>What “partly true” means here</summary>
        <p>{PARTLY_RULE}.</p>
      </details>
      <table className="data measure-narrow">
        <caption>Claims by verdict at the {year} review</caption>
        <thead>
          <tr>
            <th scope="col">Verdict</th>
            <th scope="col" className="num">
              Claims
            </th>
          </tr>
        </thead>
        <tbody>
          {GRADES.map((g) => (
            <tr key={g}>
              <th scope="row">{GRADE_LABELS[g]}</th>
              <td className="num" data-figure={`byVerdict.${g}`}>
                {digest.byVerdict[g]}
              </td>
            </tr>
          ))}
          <tr>
            <th scope="row">No verdict</th>
            <td className="num">{digest.withoutVerdict}</td>
          </tr>
        </tbody>
      </table>
    </section>
  );
}
