import { NextResponse } from "next/server";
import { canRecordVerdict } from "@/lib/auth/permissions";
import { auditActor, requireActor, requireReader } from "@/lib/api/guard";
import { parseApiPage } from "@/lib/api/paging";
import { apiError, parseJsonBody, withErrors } from "@/lib/api/respond";
import { listClaimVerdicts, predictionExists } from "@/lib/db/predictions";
import { createVerdict } from "@/lib/db/writes";
import { createVerdictSchema } from "@/lib/validation/verdict";

/** A claim's verdict history, newest first, a page at a time (`limit`, `cursor`). */
export async function GET(request: Request, ctx: RouteContext<"/api/predictions/[id]/verdicts">) {
  return withErrors(async () => {
    await requireReader(request);
    const { id } = await ctx.params;
    const paging = parseApiPage(request);
    if (!paging.ok) return paging.response;
    if (!(await predictionExists(id))) return apiError(404, "not_found", `Prediction ${id} was not found`);
    const page = await listClaimVerdicts(id, paging.page);
    return NextResponse.json({ verdicts: page.items, total: page.total, nextCursor: page.nextCursor });
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
