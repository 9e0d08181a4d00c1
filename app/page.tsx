import { Suspense } from "react";
import { requirePageReader } from "@/lib/auth/page-guard";
import { ForecastSection } from "@/components/forecast/forecast-section";
import { isScoped } from "@/lib/scorecard/load";
import { PastHorizonList } from "@/components/scorecard/past-horizon-list";
import { RecentEvidenceList } from "@/components/scorecard/recent-evidence-list";
import { ScopeForm } from "@/components/scorecard/scope-form";
import { ScorecardSummary } from "@/components/scorecard/scorecard-summary";
import { TrendCharts } from "@/components/scorecard/trend-charts";
import { Skeleton } from "@/components/ui/skeleton";
import { parseScorecardScope } from "@/lib/validation/filters";

export const dynamic = "force-dynamic";

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
      <Suspense key={`scope-${key}`} fallback={<Skeleton label="scope" height={120} />}>
        <ScopeForm scope={scope} />
      </Suspense>
      <Suspense key={`summary-${key}`} fallback={<Skeleton label="headline figures" />}>
        <ScorecardSummary scope={scope} />
      </Suspense>
      <Suspense key={`forecast-${key}`} fallback={<Skeleton label="forecast scores" height={480} />}>
        <ForecastSection scope={scope} />
      </Suspense>
      <Suspense fallback={<Skeleton label="charts" height={360} />}>
        <TrendCharts isScoped={scoped} />
      </Suspense>
      <div className="grid grid-2">
        <Suspense key={`past-${key}`} fallback={<Skeleton label="claims past their horizon" />}>
          <PastHorizonList scope={scope} />
        </Suspense>
        <Suspense fallback={<Skeleton label="recent evidence" />}>
          <RecentEvidenceList isScoped={scoped} />
        </Suspense>
      </div>
    </div>
  );
}
