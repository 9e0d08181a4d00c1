import { NextResponse } from "next/server";
import { canManageClaims } from "@/lib/auth/permissions";
import { auditActor, requireActor, requireReader } from "@/lib/api/guard";
import { parseJsonBody, withErrors } from "@/lib/api/respond";
import { toApiPrediction, toApiPredictionDetail } from "@/lib/api/shapes";
import { createPrediction } from "@/lib/db/curation";
import { getPredictionDetail, listPredictions } from "@/lib/db/predictions";
import { createPredictionSchema } from "@/lib/validation/curation";
import { parsePredictionFilter } from "@/lib/validation/filters";

export async function GET(request: Request) {
  return withErrors(async () => {
    await requireReader(request);
    const params = Object.fromEntries(new URL(request.url).searchParams);
    const predictions = await listPredictions(parsePredictionFilter(params));
    return NextResponse.json({ predictions: predictions.map(toApiPrediction) });
  });
}

export async function POST(request: Request) {
  return withErrors(async () => {
    const actor = await requireActor(request, canManageClaims);
    const parsed = await parseJsonBody(request, createPredictionSchema);
    if (!parsed.ok) return parsed.response;
    const { id } = await createPrediction(parsed.data, auditActor(actor, request));
    const prediction = await getPredictionDetail(id);
    return NextResponse.json({ prediction: toApiPredictionDetail(prediction!) }, { status: 201 });
  });
}
