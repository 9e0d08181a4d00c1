import "server-only";
import { cache } from "react";
import { getForecastReport, type ScorecardScope } from "@/lib/db/forecasts";
import { getScorecard } from "@/lib/db/scorecard";

// Several widgets on one request need the same figures; React's cache() dedupes them per
// request. It keys on argument identity, so the scope is passed as two strings, not an object.
const scopeOf = (tag?: string, source?: string): ScorecardScope => ({
  ...(tag ? { tag } : {}),
  ...(source ? { source } : {}),
});

const loadScorecardBy = cache((tag?: string, source?: string) => getScorecard(new Date(), scopeOf(tag, source)));
const loadForecastReportBy = cache((tag?: string, source?: string) => getForecastReport(scopeOf(tag, source)));

export const loadScorecard = (scope: ScorecardScope) => loadScorecardBy(scope.tag, scope.source);
export const loadForecastReport = (scope: ScorecardScope) => loadForecastReportBy(scope.tag, scope.source);

/** Query string for links that keep the current scope, e.g. `&tag=agi`; empty when unscoped. */
export function scopeQuery(scope: ScorecardScope): string {
  const params = new URLSearchParams();
  if (scope.tag) params.set("tag", scope.tag);
  if (scope.source) params.set("source", scope.source);
  const s = params.toString();
  return s ? `&${s}` : "";
}

export const isScoped = (scope: ScorecardScope) => Boolean(scope.tag || scope.source);
