import Link from "next/link";
import { TableScroll } from "@/components/ui/table-scroll";
import type { ForecastReport, ScorecardScope } from "@/lib/db/forecasts";
import { ScoreCells, ScoreColgroups, ScoreHeader } from "./score-cells";

/**
 * Scores for each tag and each source among the claims in scope. Each name links to these
 * forecast scores scoped to it, which is where that tag's or source's calibration chart is.
 */
export function ScoreBreakdown({ report, scope }: { report: ForecastReport; scope: ScorecardScope }) {
  const sources = [...report.bySource].sort((a, b) => a.title.localeCompare(b.title));
  return (
    <>
      <section className="card" aria-labelledby="scores-by-tag-heading">
        <h3 id="scores-by-tag-heading">By tag</h3>
        <p className="small muted">
          A claim with several tags counts once under each. Follow a tag to see its own calibration chart.
        </p>
        {report.byTag.length === 0 ? (
          <p role="status">No claim in scope has a tag.</p>
        ) : (
          <TableScroll label="Forecast scores by tag">
            <table className="data">
              <caption>Forecast scores by tag</caption>
              <ScoreColgroups />
              <ScoreHeader first="Tag" />
              <tbody>
                {report.byTag.map((t) => (
                  <tr key={t.tag}>
                    <th scope="row">
                      <Link href={`/scorecard/forecasts?tag=${encodeURIComponent(t.tag)}`} aria-current={scope.tag === t.tag ? "page" : undefined}>
                        {t.tag}
                      </Link>
                    </th>
                    <ScoreCells score={t.implied} />
                    <ScoreCells score={t.verdict} />
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        )}
      </section>
      <section className="card" aria-labelledby="scores-by-source-heading">
        <h3 id="scores-by-source-heading">By source</h3>
        <p className="small muted">Follow a source to see its own calibration chart.</p>
        {sources.length === 0 ? (
          <p role="status">No claims in scope.</p>
        ) : (
          <TableScroll label="Forecast scores by source">
            <table className="data">
              <caption>Forecast scores by source</caption>
              <ScoreColgroups />
              <ScoreHeader first="Source" />
              <tbody>
                {sources.map((s) => (
                  <tr key={s.id}>
                    <th scope="row">
                      <Link
                        href={`/scorecard/forecasts?source=${encodeURIComponent(s.id)}`}
                        aria-current={scope.source === s.id && !scope.tag ? "page" : undefined}
                      >
                        {s.title}
                      </Link>
                    </th>
                    <ScoreCells score={s.implied} />
                    <ScoreCells score={s.verdict} />
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        )}
      </section>
    </>
  );
}
