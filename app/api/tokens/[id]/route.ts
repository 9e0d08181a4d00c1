import { NextResponse } from "next/server";
import { auditActor, requireActor } from "@/lib/api/guard";
import { withErrors } from "@/lib/api/respond";
import { canManageOwnTokens } from "@/lib/auth/permissions";
import { revokeApiToken } from "@/lib/auth/tokens";

/** Revokes one of the caller's own tokens; it stops working at once. */
export async function DELETE(request: Request, ctx: RouteContext<"/api/tokens/[id]">) {
  return withErrors(async () => {
    const actor = await requireActor(request, canManageOwnTokens);
    const { id } = await ctx.params;
    await revokeApiToken(actor.id, id, auditActor(actor, request));
    return NextResponse.json({ revoked: id });
  });
}
