import { NextResponse } from "next/server";
import { canLogEvidence } from "@/lib/auth/permissions";
import { auditActor, requireActor, requireReader } from "@/lib/api/guard";
import { claimHistoryResponse } from "@/lib/api/paging";
import { parseJsonBody, withErrors } from "@/lib/api/respond";
import { createEvidence, listClaimEvidence } from "@/lib/db/evidence";
import { createEvidenceSchema } from "@/lib/validation/evidence";

/** A claim's evidence, newest first, a page at a time (`limit`, `cursor`), retracted items marked. */
export async function GET(request: Request, ctx: RouteContext<"/api/predictions/[id]/evidence">) {
  return withErrors(async () => {
    await requireReader(request);
    return claimHistoryResponse(request, (await ctx.params).id, "evidence", listClaimEvidence);
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
