import { NextResponse } from "next/server";
import { canManageClaims } from "@/lib/auth/permissions";
import { auditActor, requireActor } from "@/lib/api/guard";
import { parseJsonBody, withErrors } from "@/lib/api/respond";
import { overrideCredence } from "@/lib/db/claims";
import { credenceOverrideSchema } from "@/lib/validation/curation";

/** Overrides the hedge-word credence with a reason, kept as a revision. */
export async function POST(request: Request, ctx: RouteContext<"/api/predictions/[id]/credence">) {
  return withErrors(async () => {
    const actor = await requireActor(request, canManageClaims);
    const { id } = await ctx.params;
    const parsed = await parseJsonBody(request, credenceOverrideSchema);
    if (!parsed.ok) return parsed.response;
    return NextResponse.json({ revision: await overrideCredence(id, parsed.data, auditActor(actor, request)) });
  });
}
