import { CalibrationChart } from "@/components/charts/calibration-chart";
import { isScoped, loadForecastReport, loadScorecard } from "@/lib/scorecard/load";
import type { ScorecardScope } from "@/lib/db/forecasts";
import { ForecastScores } from "./forecast-scores";
import { ScoreBreakdown } from "./score-breakdown";
import { ScoresOverTime } from "./scores-over-time";

/** "How good were the forecasts?": Brier, log score and calibration for the claims in scope. */
export async function ForecastSection({ scope }: { scope: ScorecardScope }) {
  const [report, scorecard] = await Promise.all([loadForecastReport(scope), loadScorecard(scope)]);
  return (
    <section aria-labelledby="forecast-heading" className="stack">
      <div>
        <h2 id="forecast-heading">How good were the forecasts?</h2>
        <p className="small muted">
          Each resolved claim is scored twice: against the credence its author&rsquo;s wording implied when the claim
          was made, and against the credence reviewers recorded before the outcome was known.
          {isScoped(scope) ? " Only the claims in scope are scored." : ""}
        </p>
      </div>
      <ForecastScores report={report} total={scorecard.total} />
      <section className="card" aria-labelledby="calibration-heading">
        <h3 id="calibration-heading">Calibration</h3>
        <p className="small muted">
          Of the claims given about 70%, did about 70% come true? Resolved claims are grouped by credence into five
          bins; a partly true claim counts as half.
        </p>
        <CalibrationChart
          bins={report.calibration}
          title="Author’s implied credence"
          tableCaption="Calibration table"
          credenceLabel="implied credence"
          headingLevel={4}
        />
        <CalibrationChart
          bins={report.verdictCalibration}
          title="Verdict credences"
          tableCaption="Verdict credence calibration"
          credenceLabel="verdict credence"
          headingLevel={4}
        />
      </section>
      <ScoreBreakdown report={report} scope={scope} />
      <ScoresOverTime rows={report.overTime} />
    </section>
  );
}
