import { NextResponse } from "next/server";
import { withErrors } from "@/lib/api/respond";
import { getScorecard } from "@/lib/db/scorecard";

export async function GET() {
  return withErrors(async () => {
    const s = await getScorecard();
    return NextResponse.json({
      total: s.total,
      byVerdict: s.byVerdict,
      ungraded: s.ungraded,
      hitRate: s.hitRate.rate,
      hitRateGraded: s.hitRate.graded,
      pastHorizon: s.pastHorizon,
      due: s.due,
    });
  });
}
