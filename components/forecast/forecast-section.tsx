import { CalibrationChart } from "@/components/charts/calibration-chart";
import { isScoped, loadForecastReport, loadScorecard } from "@/lib/scorecard/load";
import type { ScorecardScope } from "@/lib/db/forecasts";
import { ForecastScores } from "./forecast-scores";
import { ScoreBreakdown } from "./score-breakdown";
import { ScoresOverTime } from "./scores-over-time";

// The parts of "How good were the forecasts?" (/scorecard/forecasts), each an async widget that
// loads its own data: one per error boundary. They share one report per request (load.ts).

/** The section's heading and how scoring works; no data, so it cannot fail. */
export function ForecastIntro({ scope }: { scope: ScorecardScope }) {
  return (
    <div>
      <h2 id="forecast-heading">How good were the forecasts?</h2>
      <p className="small muted">
        Each resolved claim is scored twice: against the credence its author&rsquo;s wording implied when the claim was
        made, and against the credence reviewers recorded before the outcome was known.
        {isScoped(scope) ? " Only the claims in scope are scored." : ""}
      </p>
    </div>
  );
}

/** Brier and log scores, each with its n. */
export async function ForecastScoresWidget({ scope }: { scope: ScorecardScope }) {
  const [report, scorecard] = await Promise.all([loadForecastReport(scope), loadScorecard(scope)]);
  return <ForecastScores report={report} total={scorecard.total} />;
}

/** Calibration of the author's implied credence and of the verdict credences. */
export async function CalibrationWidget({ scope }: { scope: ScorecardScope }) {
  const report = await loadForecastReport(scope);
  return (
    <section className="card" aria-labelledby="calibration-heading">
      <h3 id="calibration-heading">Calibration</h3>
      <p className="small muted">
        Of the claims given about 70%, did about 70% come true? Resolved claims are grouped by credence into five bins;
        a partly true claim counts as half.
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
  );
}

/** Scores by tag and by source. */
export async function ScoreBreakdownWidget({ scope }: { scope: ScorecardScope }) {
  const report = await loadForecastReport(scope);
  return <ScoreBreakdown report={report} scope={scope} />;
}

/** Scores as of each completed review. */
export async function ScoresOverTimeWidget({ scope }: { scope: ScorecardScope }) {
  const report = await loadForecastReport(scope);
  return <ScoresOverTime rows={report.overTime} />;
}
