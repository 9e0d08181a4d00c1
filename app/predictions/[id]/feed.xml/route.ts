import { claimFeed } from "@/lib/feeds/documents";
import { atomResponse } from "@/lib/feeds/respond";

export const dynamic = "force-dynamic";

/** Atom: one claim's evidence, verdicts and retractions. */
export async function GET(request: Request, ctx: RouteContext<"/predictions/[id]/feed.xml">) {
  const { id } = await ctx.params;
  return atomResponse(request, (origin) => claimFeed(origin, id), "There is no such claim.");
}
