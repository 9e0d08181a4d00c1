import { NextResponse } from "next/server";
import { canManageClaims } from "@/lib/auth/permissions";
import { auditActor, requireActor } from "@/lib/api/guard";
import { parseJsonBody, withErrors } from "@/lib/api/respond";
import { setParent } from "@/lib/db/claims";
import { setParentSchema } from "@/lib/validation/curation";

/** Attaches the claim as a sub-claim of `parentId`, or detaches it with `parentId: null`. */
export async function POST(request: Request, ctx: RouteContext<"/api/predictions/[id]/parent">) {
  return withErrors(async () => {
    const actor = await requireActor(request, canManageClaims);
    const { id } = await ctx.params;
    const parsed = await parseJsonBody(request, setParentSchema);
    if (!parsed.ok) return parsed.response;
    return NextResponse.json({ revision: await setParent(id, parsed.data, auditActor(actor, request)) });
  });
}
