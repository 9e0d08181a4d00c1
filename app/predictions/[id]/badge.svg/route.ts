import { badgeResponse } from "@/lib/feeds/respond";

export const dynamic = "force-dynamic";

/** A shields-style SVG badge of the claim's current verdict, for READMEs and blog posts. */
export async function GET(request: Request, ctx: RouteContext<"/predictions/[id]/badge.svg">) {
  return badgeResponse(request, (await ctx.params).id);
}
