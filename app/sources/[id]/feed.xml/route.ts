import { sourceFeed } from "@/lib/feeds/documents";
import { atomResponse } from "@/lib/feeds/respond";

export const dynamic = "force-dynamic";

/** Atom: the newest evidence and verdicts on one source's claims. */
export async function GET(request: Request, ctx: RouteContext<"/sources/[id]/feed.xml">) {
  const { id } = await ctx.params;
  return atomResponse(request, (origin) => sourceFeed(origin, id), "There is no such source.");
}
