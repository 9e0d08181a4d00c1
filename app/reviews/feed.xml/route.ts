import { dueFeed } from "@/lib/feeds/documents";
import { atomResponse } from "@/lib/feeds/respond";

export const dynamic = "force-dynamic";

/** Atom: claims as they come due for review (past their horizon, or not reviewed in 12 months). */
export function GET(request: Request) {
  return atomResponse(request, (origin) => dueFeed(origin));
}
