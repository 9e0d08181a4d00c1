import Link from "next/link";
import { formatBrier, formatLogScore } from "@/lib/forecast-format";
import type { ScorecardScope } from "@/lib/db/forecasts";
import { loadForecastReport } from "@/lib/scorecard/load";
import { scopeSearch } from "./scorecard-tabs";

/** The forecast scores in brief, on the overview; the detail is on /scorecard/forecasts. */
export async function ForecastHeadline({ scope }: { scope: ScorecardScope }) {
  const report = await loadForecastReport(scope);
  const { implied, verdict } = report;
  return (
    <section className="card" aria-labelledby="forecast-headline-heading">
      <h2 id="forecast-headline-heading">Forecast scores in brief</h2>
      <div className="grid grid-stats">
        <div>
          <div className="stat" data-testid="headline-brier">
            {formatBrier(implied.brier)}
          </div>
          <div className="muted">
            Brier score of the author&rsquo;s implied credence (n = {implied.n}; 0 is perfect, lower is better)
          </div>
        </div>
        <div>
          <div className="stat">{formatLogScore(implied.logScore)}</div>
          <div className="muted">its log score (closer to 0 is better)</div>
        </div>
        <div>
          <div className="stat">{verdict.n}</div>
          <div className="muted">
            verdict credences scored{verdict.brier === null ? "" : ` (Brier ${formatBrier(verdict.brier)})`}
          </div>
        </div>
      </div>
      <p className="space-above flush-bottom">
        <Link href={`/scorecard/forecasts${scopeSearch(scope)}`}>
          All forecast scores: calibration, by tag, by source and over time
        </Link>
      </p>
    </section>
  );
}
