import { NextResponse } from "next/server";
import { canManageTags } from "@/lib/auth/permissions";
import { auditActor, requireActor } from "@/lib/api/guard";
import { parseJsonBody, safeDecode, withErrors } from "@/lib/api/respond";
import { deleteTag, renameTag } from "@/lib/db/tags";
import { deleteTagSchema, renameTagSchema } from "@/lib/validation/curation";

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

/**
 * Deletes a tag and unlinks it from its claims: { "reason": "…" }, plus "confirm": true when
 * the tag is still on claims (409 tag_in_use otherwise, naming how many).
 */
export async function DELETE(request: Request, ctx: RouteContext<"/api/tags/[name]">) {
  return withErrors(async () => {
    const actor = await requireActor(request, canManageTags);
    const { name } = await ctx.params;
    const parsed = await parseJsonBody(request, deleteTagSchema);
    if (!parsed.ok) return parsed.response;
    return NextResponse.json({ deleted: await deleteTag(safeDecode(name), parsed.data, auditActor(actor, request)) });
  });
}
