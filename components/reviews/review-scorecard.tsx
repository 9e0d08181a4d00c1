import { GRADES, GRADE_LABELS } from "@/lib/domain";
import type { StoredFigures } from "@/lib/db/reviews";
import { HIT_RATE_RULE } from "@/lib/scoring";
import { percent } from "./review-status-badge";

/** The scorecard as it stood when the review was completed, from its frozen figures. */
export function ReviewScorecard({ year, figures }: { year: number; figures: StoredFigures }) {
  const { rate, graded, points } = figures.hitRate;
  // `inScope` counts the claims that needed this review's verdict. Reviews frozen before it
  // existed kept that count in `total`, so the snapshot's size is summed from the grades.
  const inSnapshot = GRADES.reduce((sum, g) => sum + (figures.byVerdict[g] ?? 0), figures.ungraded);
  return (
    <section className="card" aria-labelledby="review-scorecard-heading">
      <h2 id="review-scorecard-heading">Scorecard at the {year} review</h2>
      <div className="grid grid-stats">
        <div>
          <div className="stat">{inSnapshot}</div>
          <div className="muted">claims in the snapshot</div>
        </div>
        <div>
          <div className="stat">{rate === null ? "—" : percent(rate)}</div>
          <div className="muted">hit rate {rate === null ? "(no graded claims)" : `(${points} of ${graded} graded)`}</div>
        </div>
        <div>
          <div className="stat">
            {figures.graded} <span style={{ fontSize: "1rem", fontWeight: 400 }}>of {figures.inScope ?? figures.total}</span>
          </div>
          <div className="muted">claims needing a verdict got one in this review</div>
        </div>
        <div>
          <div className="stat">{figures.ungraded}</div>
          <div className="muted">without any verdict</div>
        </div>
      </div>
      <p className="small muted">
        <strong>How the hit rate is computed:</strong> {HIT_RATE_RULE}
      </p>
      <table className="data" style={{ maxWidth: 420 }}>
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
              <td className="num">{figures.byVerdict[g] ?? 0}</td>
            </tr>
          ))}
          <tr>
            <th scope="row">Not yet graded</th>
            <td className="num">{figures.ungraded}</td>
          </tr>
        </tbody>
      </table>
    </section>
  );
}
