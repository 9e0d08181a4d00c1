import { NextResponse } from "next/server";
import { canManageSources } from "@/lib/auth/permissions";
import { auditActor, requireActor, requireReader } from "@/lib/api/guard";
import { parseJsonBody, withErrors } from "@/lib/api/respond";
import { NotFoundError } from "@/lib/db/errors";
import { getSource, listSourceRevisions, updateSource } from "@/lib/db/sources";
import { updateSourceSchema } from "@/lib/validation/curation";

/** A source's details and its latest revisions (oldest first), with their total. */
export async function GET(request: Request, ctx: RouteContext<"/api/sources/[id]">) {
  return withErrors(async () => {
    await requireReader(request);
    const { id } = await ctx.params;
    const [source, revisions] = await Promise.all([getSource(id), listSourceRevisions(id)]);
    if (!source || !revisions) throw new NotFoundError("Source", id);
    return NextResponse.json({ source, revisions: revisions.items, revisionTotal: revisions.total });
  });
}

/**
 * Edits a source: any of { title, author, url, publishedOn, kind } with a required "reason".
 * Answers the revision it recorded (only the fields that changed) and the source as it now reads.
 */
export async function PATCH(request: Request, ctx: RouteContext<"/api/sources/[id]">) {
  return withErrors(async () => {
    const actor = await requireActor(request, canManageSources);
    const { id } = await ctx.params;
    const parsed = await parseJsonBody(request, updateSourceSchema);
    if (!parsed.ok) return parsed.response;
    const revision = await updateSource(id, parsed.data, auditActor(actor, request));
    return NextResponse.json({ source: await getSource(id), revision });
  });
}
