import { NextResponse } from "next/server";
import { canManageClaims } from "@/lib/auth/permissions";
import { auditActor, requireActor, requireReader } from "@/lib/api/guard";
import { parseApiPage } from "@/lib/api/paging";
import { parseJsonBody, withErrors } from "@/lib/api/respond";
import { toApiPrediction, toApiPredictionDetail } from "@/lib/api/shapes";
import { createPrediction, getPredictionDetail, listPredictions } from "@/lib/db/claims";
import { createPredictionSchema } from "@/lib/validation/curation";
import { parsePredictionFilter } from "@/lib/validation/filters";

/** One page of claims: the list's filters and sort, `limit` (≤ 500) and `cursor`, with the total. */
export async function GET(request: Request) {
  return withErrors(async () => {
    await requireReader(request);
    const paging = parseApiPage(request);
    if (!paging.ok) return paging.response;
    const params = Object.fromEntries(new URL(request.url).searchParams);
    const page = await listPredictions(parsePredictionFilter(params), new Date(), paging.page);
    return NextResponse.json({ predictions: page.items.map(toApiPrediction), total: page.total, nextCursor: page.nextCursor });
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
