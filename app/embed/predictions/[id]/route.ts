import { embedResponse } from "@/lib/feeds/respond";

export const dynamic = "force-dynamic";

/**
 * A small card other sites may frame: a whole HTML document of its own (no site header, no
 * script). Only /embed/ relaxes frame-ancestors (next.config.mjs).
 */
export async function GET(request: Request, ctx: RouteContext<"/embed/predictions/[id]">) {
  return embedResponse(request, (await ctx.params).id);
}
