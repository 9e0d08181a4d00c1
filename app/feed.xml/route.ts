import { trackerFeed } from "@/lib/feeds/documents";
import { atomResponse } from "@/lib/feeds/respond";

export const dynamic = "force-dynamic";

/** Atom: the newest evidence and verdicts across the tracker. */
export function GET(request: Request) {
  return atomResponse(request, trackerFeed);
}
