import { NextResponse } from "next/server";
import { canLogEvidence } from "@/lib/auth/permissions";
import { auditActor, requireActor, requireReader } from "@/lib/api/guard";
import { parseApiPage } from "@/lib/api/paging";
import { apiError, parseJsonBody, withErrors } from "@/lib/api/respond";
import { listClaimEvidence, predictionExists } from "@/lib/db/predictions";
import { createEvidence } from "@/lib/db/writes";
import { createEvidenceSchema } from "@/lib/validation/evidence";

/** A claim's evidence, newest first, a page at a time (`limit`, `cursor`), retracted items marked. */
export async function GET(request: Request, ctx: RouteContext<"/api/predictions/[id]/evidence">) {
  return withErrors(async () => {
    await requireReader(request);
    const { id } = await ctx.params;
    const paging = parseApiPage(request);
    if (!paging.ok) return paging.response;
    if (!(await predictionExists(id))) return apiError(404, "not_found", `Prediction ${id} was not found`);
    const page = await listClaimEvidence(id, paging.page);
    return NextResponse.json({ evidence: page.items, total: page.total, nextCursor: page.nextCursor });
  });
}

export async function POST(request: Request, ctx: RouteContext<"/api/predictions/[id]/evidence">) {
  return withErrors(async () => {
    const actor = await requireActor(request, canLogEvidence);
    const { id } = await ctx.params;
    const parsed = await parseJsonBody(request, createEvidenceSchema);
    if (!parsed.ok) return parsed.response;
    const evidence = await createEvidence(id, parsed.data, auditActor(actor, request));
    return NextResponse.json({ evidence }, { status: 201 });
  });
}
