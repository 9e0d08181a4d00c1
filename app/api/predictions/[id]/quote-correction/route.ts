import { NextResponse } from "next/server";
import { canManageClaims } from "@/lib/auth/permissions";
import { auditActor, requireActor } from "@/lib/api/guard";
import { parseJsonBody, withErrors } from "@/lib/api/respond";
import { correctQuote } from "@/lib/db/claims";
import { quoteCorrectionSchema } from "@/lib/validation/curation";

/** The only way to change a saved quote: a correction with a reason, kept as a revision. */
export async function POST(request: Request, ctx: RouteContext<"/api/predictions/[id]/quote-correction">) {
  return withErrors(async () => {
    const actor = await requireActor(request, canManageClaims);
    const { id } = await ctx.params;
    const parsed = await parseJsonBody(request, quoteCorrectionSchema);
    if (!parsed.ok) return parsed.response;
    return NextResponse.json({ revision: await correctQuote(id, parsed.data, auditActor(actor, request)) });
  });
}
