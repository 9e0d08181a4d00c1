import Link from "next/link";
import { VerdictBadge } from "@/components/ui/verdict-badge";
import { shortQuote, type SnapshotEntry } from "@/lib/reviews";
import { percent } from "./review-status-badge";

/** Every claim as frozen in the review's snapshot. */
export function ReviewSnapshotTable({ year, entries }: { year: number; entries: SnapshotEntry[] }) {
  return (
    <section className="card" aria-labelledby="review-snapshot-heading">
      <h2 id="review-snapshot-heading">The snapshot</h2>
      <p className="small muted">
        Each claim’s verdict and credence as they stood when the review was completed. Later verdicts and edits do not
        change it.
      </p>
      {entries.length === 0 ? (
        <p role="status">The snapshot holds no claims.</p>
      ) : (
        <div style={{ overflowX: "auto" }}>
          <table className="data" data-testid="review-snapshot">
            <caption className="visually-hidden">Every claim in the {year} snapshot</caption>
            <thead>
              <tr>
                <th scope="col">Claim</th>
                <th scope="col">Quote</th>
                <th scope="col">Grade</th>
                <th scope="col" className="num">
                  Credence
                </th>
                <th scope="col">Rationale</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((e) => (
                <tr key={e.predictionId}>
                  <th scope="row" style={{ fontWeight: 400 }}>
                    <Link href={`/predictions/${e.predictionId}`}>{e.statement}</Link>
                  </th>
                  <td className="small">“{shortQuote(e.quote)}”</td>
                  <td>
                    <VerdictBadge grade={e.grade} />
                  </td>
                  <td className="num">{e.credence === null ? "—" : percent(e.credence)}</td>
                  <td className="small" style={{ whiteSpace: "pre-line" }}>
                    {e.rationale ?? <span className="muted">No verdict</span>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
