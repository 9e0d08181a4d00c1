import { NextResponse } from "next/server";
import { requireReader } from "@/lib/api/guard";
import { apiError, withErrors } from "@/lib/api/respond";
import { listRevisions } from "@/lib/db/claims";

export async function GET(request: Request, ctx: RouteContext<"/api/predictions/[id]/revisions">) {
  return withErrors(async () => {
    await requireReader(request);
    const { id } = await ctx.params;
    const revisions = await listRevisions(id);
    if (!revisions) return apiError(404, "not_found", `Prediction ${id} was not found`);
    return NextResponse.json({ revisions });
  });
}
