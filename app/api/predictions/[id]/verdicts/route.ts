import { NextResponse } from "next/server";
import { canRecordVerdict } from "@/lib/auth/permissions";
import { auditActor, requireActor, requireReader } from "@/lib/api/guard";
import { claimHistoryResponse } from "@/lib/api/paging";
import { parseJsonBody, withErrors } from "@/lib/api/respond";
import { createVerdict, listClaimVerdicts } from "@/lib/db/verdicts";
import { createVerdictSchema } from "@/lib/validation/verdict";

/** A claim's verdict history, newest first, a page at a time (`limit`, `cursor`). */
export async function GET(request: Request, ctx: RouteContext<"/api/predictions/[id]/verdicts">) {
  return withErrors(async () => {
    await requireReader(request);
    return claimHistoryResponse(request, (await ctx.params).id, "verdicts", listClaimVerdicts);
  });
}

export async function POST(request: Request, ctx: RouteContext<"/api/predictions/[id]/verdicts">) {
  return withErrors(async () => {
    const actor = await requireActor(request, canRecordVerdict);
    const { id } = await ctx.params;
    const parsed = await parseJsonBody(request, createVerdictSchema);
    if (!parsed.ok) return parsed.response;
    const verdict = await createVerdict(id, parsed.data, auditActor(actor, request));
    return NextResponse.json({ verdict }, { status: 201 });
  });
}
