import { NextResponse } from "next/server";
import { auditActor, requireActor } from "@/lib/api/guard";
import { parseJsonBody, withErrors } from "@/lib/api/respond";
import { canRunReview } from "@/lib/auth/permissions";
import { reopenClaim } from "@/lib/db/claims";
import { reopenSchema } from "@/lib/validation/review";

/**
 * Reopens a claim whose current verdict is final, with a reason, so the next review grades it
 * again: { "reason" }. 409 when the claim has no final verdict or is already reopened.
 */
export async function POST(request: Request, ctx: RouteContext<"/api/predictions/[id]/reopen">) {
  return withErrors(async () => {
    const actor = await requireActor(request, canRunReview);
    const { id } = await ctx.params;
    const parsed = await parseJsonBody(request, reopenSchema);
    if (!parsed.ok) return parsed.response;
    return NextResponse.json({ reopened: await reopenClaim(id, parsed.data.reason, auditActor(actor, request)) });
  });
}
