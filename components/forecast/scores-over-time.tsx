import Link from "next/link";
import { ScoresOverTimeChart } from "@/components/charts/scores-over-time-chart";
import { TableScroll } from "@/components/ui/table-scroll";
import type { ForecastReport } from "@/lib/db/forecasts";
import { ScoreCells, ScoreColgroups, ScoreHeader } from "./score-cells";

/** Scores as of each completed annual review, from the grades frozen in its snapshot. */
export function ScoresOverTime({ rows }: { rows: ForecastReport["overTime"] }) {
  return (
    <section className="card" aria-labelledby="scores-over-time-heading">
      <h3 id="scores-over-time-heading">Over time</h3>
      <p className="small muted">
        Scores as of each completed review: the verdicts frozen in that review&rsquo;s snapshot, scored against the
        author&rsquo;s credence and the verdict credence recorded before each claim resolved.
      </p>
      {rows.length === 0 ? (
        <p role="status">No review has been completed yet, so there are no scores to compare over time.</p>
      ) : (
        <div className="grid grid-2 align-start">
          <TableScroll label="Forecast scores as of each review">
            <table className="data">
              <caption>Forecast scores as of each review</caption>
              <ScoreColgroups />
              <ScoreHeader first="Review" />
              <tbody>
                {rows.map((r) => (
                  <tr key={r.year}>
                    <th scope="row">
                      <Link href={`/reviews/${r.year}`}>{r.year}</Link>
                    </th>
                    <ScoreCells score={r.implied} />
                    <ScoreCells score={r.verdict} />
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
          <ScoresOverTimeChart rows={rows} headingLevel={4} />
        </div>
      )}
    </section>
  );
}
