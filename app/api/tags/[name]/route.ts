import { NextResponse } from "next/server";
import { canManageTags } from "@/lib/auth/permissions";
import { auditActor, requireActor } from "@/lib/api/guard";
import { parseJsonBody, safeDecode, withErrors } from "@/lib/api/respond";
import { renameTag } from "@/lib/db/curation";
import { renameTagSchema } from "@/lib/validation/curation";

/** Renames a tag: { "name": "<new name>" }. */
export async function PATCH(request: Request, ctx: RouteContext<"/api/tags/[name]">) {
  return withErrors(async () => {
    const actor = await requireActor(request, canManageTags);
    const { name } = await ctx.params;
    const parsed = await parseJsonBody(request, renameTagSchema);
    if (!parsed.ok) return parsed.response;
    return NextResponse.json({ tag: await renameTag(safeDecode(name), parsed.data.name, auditActor(actor, request)) });
  });
}
