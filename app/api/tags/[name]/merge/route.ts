import { NextResponse } from "next/server";
import { canManageTags } from "@/lib/auth/permissions";
import { auditActor, requireActor } from "@/lib/api/guard";
import { parseJsonBody, safeDecode, withErrors } from "@/lib/api/respond";
import { mergeTags } from "@/lib/db/tags";
import { mergeTagSchema } from "@/lib/validation/curation";

/** Merges this tag into another: { "into": "<tag>" }. */
export async function POST(request: Request, ctx: RouteContext<"/api/tags/[name]/merge">) {
  return withErrors(async () => {
    const actor = await requireActor(request, canManageTags);
    const { name } = await ctx.params;
    const parsed = await parseJsonBody(request, mergeTagSchema);
    if (!parsed.ok) return parsed.response;
    return NextResponse.json({ tag: await mergeTags(safeDecode(name), parsed.data.into, auditActor(actor, request)) });
  });
}
