import { NextResponse } from "next/server";
import { apiError, withErrors } from "@/lib/api/respond";
import { toApiPredictionDetail } from "@/lib/api/shapes";
import { getPredictionDetail } from "@/lib/db/predictions";

export async function GET(_request: Request, ctx: RouteContext<"/api/predictions/[id]">) {
  return withErrors(async () => {
    const { id } = await ctx.params;
    const prediction = await getPredictionDetail(id);
    if (!prediction) return apiError(404, "not_found", `Prediction ${id} was not found`);
    return NextResponse.json({ prediction: toApiPredictionDetail(prediction) });
  });
}
