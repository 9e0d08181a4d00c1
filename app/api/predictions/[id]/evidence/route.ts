import { NextResponse } from "next/server";
import { canLogEvidence } from "@/lib/auth/permissions";
import { auditActor, requireActor } from "@/lib/api/guard";
import { parseJsonBody, withErrors } from "@/lib/api/respond";
import { createEvidence } from "@/lib/db/writes";
import { createEvidenceSchema } from "@/lib/validation/evidence";

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
