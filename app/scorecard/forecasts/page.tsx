import type { Metadata } from "next";
import { requirePageReader } from "@/lib/auth/page-guard";
import {
  CalibrationWidget,
  ForecastIntro,
  ForecastScoresWidget,
  ScoreBreakdownWidget,
  ScoresOverTimeWidget,
} from "@/components/forecast/forecast-section";
import { ScopeForm } from "@/components/scorecard/scope-form";
import { ScorecardTabs } from "@/components/scorecard/scorecard-tabs";
import { Widget } from "@/components/scorecard/widget";
import { parseScorecardScope } from "@/lib/validation/filters";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Forecast scores" };

const PATH = "/scorecard/forecasts";

/** The scorecard's forecast scores in full: Brier and log scores, calibration, by tag and source, over time. */
export default async function ForecastScoresPage({ searchParams }: PageProps<"/scorecard/forecasts">) {
  const query = await searchParams;
  await requirePageReader(PATH);
  const scope = parseScorecardScope(query);
  const key = `${scope.tag ?? ""}\u0000${scope.source ?? ""}`;
  return (
    <div className="stack">
      <div className="page-intro">
        <h1>Forecast scores</h1>
        <p className="muted">How good the forecasts were: scores, calibration, and the scores by tag, source and review.</p>
      </div>
      <ScorecardTabs current="forecasts" scope={scope} />
      <Widget title="Scope" resetKey={`scope-${key}`} height={120}>
        <ScopeForm scope={scope} path={PATH} />
      </Widget>
      <section aria-labelledby="forecast-heading" className="stack">
        <ForecastIntro scope={scope} />
        <Widget title="Brier and log scores" resetKey={`scores-${key}`} height={320} level={3}>
          <ForecastScoresWidget scope={scope} />
        </Widget>
        <Widget title="Calibration" resetKey={`calibration-${key}`} height={720} level={3}>
          <CalibrationWidget scope={scope} />
        </Widget>
        <Widget title="Scores by tag and source" resetKey={`breakdown-${key}`} height={480} level={3}>
          <ScoreBreakdownWidget scope={scope} />
        </Widget>
        <Widget title="Scores over time" resetKey={`over-time-${key}`} height={360} level={3}>
          <ScoresOverTimeWidget scope={scope} />
        </Widget>
      </section>
    </div>
  );
}
