import { NextResponse } from "next/server";
import { auditActor, requireActor } from "@/lib/api/guard";
import { parseJsonBody, withErrors } from "@/lib/api/respond";
import { canRetract } from "@/lib/auth/permissions";
import { retractVerdict } from "@/lib/db/verdicts";
import { reasonSchema } from "@/lib/validation/review";

export async function POST(request: Request, ctx: RouteContext<"/api/verdicts/[id]/retract">) {
  return withErrors(async () => {
    const actor = await requireActor(request, canRetract);
    const { id } = await ctx.params;
    const parsed = await parseJsonBody(request, reasonSchema);
    if (!parsed.ok) return parsed.response;
    return NextResponse.json({ verdict: await retractVerdict(id, parsed.data.reason, auditActor(actor, request)) });
  });
}
