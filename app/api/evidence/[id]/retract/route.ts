import { NextResponse } from "next/server";
import { auditActor, requireActor } from "@/lib/api/guard";
import { parseJsonBody, withErrors } from "@/lib/api/respond";
import { canRetract } from "@/lib/auth/permissions";
import { retractEvidence } from "@/lib/db/evidence";
import { reasonSchema } from "@/lib/validation/review";

export async function POST(request: Request, ctx: RouteContext<"/api/evidence/[id]/retract">) {
  return withErrors(async () => {
    const actor = await requireActor(request, canRetract);
    const { id } = await ctx.params;
    const parsed = await parseJsonBody(request, reasonSchema);
    if (!parsed.ok) return parsed.response;
    return NextResponse.json({ evidence: await retractEvidence(id, parsed.data.reason, auditActor(actor, request)) });
  });
}
