import { NextResponse } from "next/server";
import { canRecordVerdict } from "@/lib/auth/permissions";
import { auditActor, requireActor } from "@/lib/api/guard";
import { parseJsonBody, withErrors } from "@/lib/api/respond";
import { createVerdict } from "@/lib/db/writes";
import { createVerdictSchema } from "@/lib/validation/verdict";

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
