import { NextResponse } from "next/server";
import { canManageClaims } from "@/lib/auth/permissions";
import { auditActor, requireActor, requireReader } from "@/lib/api/guard";
import { apiError, parseJsonBody, withErrors } from "@/lib/api/respond";
import { toApiPredictionDetail } from "@/lib/api/shapes";
import { getPredictionDetail, updatePrediction } from "@/lib/db/claims";
import { updatePredictionSchema } from "@/lib/validation/curation";

export async function GET(request: Request, ctx: RouteContext<"/api/predictions/[id]">) {
  return withErrors(async () => {
    await requireReader(request);
    const { id } = await ctx.params;
    const prediction = await getPredictionDetail(id, { evidence: { limit: 50 }, verdicts: { limit: 50 } });
    if (!prediction) return apiError(404, "not_found", `Prediction ${id} was not found`);
    return NextResponse.json({ prediction: toApiPredictionDetail(prediction) });
  });
}

/** Edits statement, criteria, horizon or tags with a required reason; records a revision. */
export async function PATCH(request: Request, ctx: RouteContext<"/api/predictions/[id]">) {
  return withErrors(async () => {
    const actor = await requireActor(request, canManageClaims);
    const { id } = await ctx.params;
    const parsed = await parseJsonBody(request, updatePredictionSchema);
    if (!parsed.ok) return parsed.response;
    const revision = await updatePrediction(id, parsed.data, auditActor(actor, request));
    const prediction = await getPredictionDetail(id);
    return NextResponse.json({ prediction: toApiPredictionDetail(prediction!), revision });
  });
}
