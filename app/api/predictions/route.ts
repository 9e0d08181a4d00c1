import { NextResponse } from "next/server";
import { withErrors } from "@/lib/api/respond";
import { toApiPrediction } from "@/lib/api/shapes";
import { listPredictions } from "@/lib/db/predictions";
import { parsePredictionFilter } from "@/lib/validation/filters";

export async function GET(request: Request) {
  return withErrors(async () => {
    const params = Object.fromEntries(new URL(request.url).searchParams);
    const predictions = await listPredictions(parsePredictionFilter(params));
    return NextResponse.json({ predictions: predictions.map(toApiPrediction) });
  });
}
