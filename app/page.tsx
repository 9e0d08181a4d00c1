import type { Metadata } from "next";
import { requirePageReader } from "@/lib/auth/page-guard";
import { ForecastHeadline } from "@/components/scorecard/forecast-headline";
import { isScoped } from "@/lib/scorecard/load";
import { PastHorizonList } from "@/components/scorecard/past-horizon-list";
import { RecentEvidenceList } from "@/components/scorecard/recent-evidence-list";
import { ScopeForm } from "@/components/scorecard/scope-form";
import { ScorecardSummary } from "@/components/scorecard/scorecard-summary";
import { ScorecardTabs } from "@/components/scorecard/scorecard-tabs";
import { TrendCharts } from "@/components/scorecard/trend-charts";
import { Widget } from "@/components/scorecard/widget";
import { parseScorecardScope } from "@/lib/validation/filters";

export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  alternates: { types: { "application/atom+xml": [{ url: "/feed.xml", title: "New evidence and verdicts" }] } },
};

/**
 * The scorecard's overview: the headline figures, the forecast scores in brief and the three
 * charts that matter. Calibration and the scores by tag, source and review are on
 * /scorecard/forecasts. Each widget loads its own data and fails on its own.
 */
export default async function ScorecardPage({ searchParams }: PageProps<"/">) {
  const query = await searchParams;
  await requirePageReader("/");
  const scope = parseScorecardScope(query);
  // A new scope must not reuse the last scope's streamed widgets, so the key changes with it.
  const key = `${scope.tag ?? ""}\u0000${scope.source ?? ""}`;
  const scoped = isScoped(scope);
  return (
    <div className="stack">
      <div className="page-intro">
        <h1>Scorecard</h1>
        <p className="muted">How the tracked predictions are doing, from their current verdicts and logged evidence.</p>
      </div>
      <ScorecardTabs current="overview" scope={scope} />
      <Widget title="Scope" resetKey={`scope-${key}`} height={120}>
        <ScopeForm scope={scope} />
      </Widget>
      <Widget title="Headline figures" resetKey={`summary-${key}`} height={480}>
        <ScorecardSummary scope={scope} />
      </Widget>
      <Widget title="Forecast scores in brief" resetKey={`forecast-${key}`} height={200}>
        <ForecastHeadline scope={scope} />
      </Widget>
      <Widget title="Trend charts" height={420}>
        <TrendCharts isScoped={scoped} />
      </Widget>
      <div className="grid grid-2">
        <Widget title="Claims past their horizon" resetKey={`past-${key}`}>
          <PastHorizonList scope={scope} />
        </Widget>
        <Widget title="Most recent evidence">
          <RecentEvidenceList isScoped={scoped} />
        </Widget>
      </div>
    </div>
  );
}
