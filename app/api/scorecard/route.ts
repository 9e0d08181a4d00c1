import { NextResponse } from "next/server";
import { requireReader } from "@/lib/api/guard";
import { withErrors } from "@/lib/api/respond";
import { getForecastReport } from "@/lib/db/forecasts";
import { getScorecard } from "@/lib/db/scorecard";
import { parseScorecardScope } from "@/lib/validation/filters";

/** Headline figures and forecast scores; `?tag=` and `?source=` narrow the claims scored. */
export async function GET(request: Request) {
  return withErrors(async () => {
    await requireReader(request);
    const scope = parseScorecardScope(Object.fromEntries(new URL(request.url).searchParams));
    const [s, f] = await Promise.all([getScorecard(new Date(), scope), getForecastReport(scope)]);
    return NextResponse.json({
      total: s.total,
      byVerdict: s.byVerdict,
      ungraded: s.ungraded,
      hitRate: s.hitRate.rate,
      hitRateGraded: s.hitRate.graded,
      // The first few; the total is in pastHorizonTotal and the whole list is /api/predictions?due=final.
      pastHorizon: s.pastHorizon.items,
      pastHorizonTotal: s.pastHorizon.total,
      due: s.due,
      resolved: f.resolved,
      brier: f.implied.brier,
      logScore: f.implied.logScore,
      n: f.implied.n,
      calibration: f.calibration,
      verdictScores: { brier: f.verdict.brier, logScore: f.verdict.logScore, n: f.verdict.n, calibration: f.verdictCalibration },
      // Credences dated before their claim's outcome became known but entered after it:
      // hindsight, left out of verdictScores (VERDICT_CREDENCE_RULE).
      excludedHindsight: f.excludedHindsight,
      byTag: f.byTag,
      bySource: f.bySource,
      overTime: f.overTime,
      scope,
    });
  });
}
