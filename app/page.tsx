import { Suspense } from "react";
import { PastHorizonList } from "@/components/scorecard/past-horizon-list";
import { RecentEvidenceList } from "@/components/scorecard/recent-evidence-list";
import { ScorecardSummary } from "@/components/scorecard/scorecard-summary";
import { TrendCharts } from "@/components/scorecard/trend-charts";
import { Skeleton } from "@/components/ui/skeleton";

export const dynamic = "force-dynamic";

export default function ScorecardPage() {
  return (
    <div className="stack">
      <div className="page-intro">
        <h1>Scorecard</h1>
        <p className="muted">How the tracked predictions are doing, from their current verdicts and logged evidence.</p>
      </div>
      <Suspense fallback={<Skeleton label="headline figures" />}>
        <ScorecardSummary />
      </Suspense>
      <Suspense fallback={<Skeleton label="charts" height={360} />}>
        <TrendCharts />
      </Suspense>
      <div className="grid grid-2">
        <Suspense fallback={<Skeleton label="claims past their horizon" />}>
          <PastHorizonList />
        </Suspense>
        <Suspense fallback={<Skeleton label="recent evidence" />}>
          <RecentEvidenceList />
        </Suspense>
      </div>
    </div>
  );
}
