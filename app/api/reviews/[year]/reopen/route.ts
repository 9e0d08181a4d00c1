import { NextResponse } from "next/server";
import { canRunReview } from "@/lib/auth/permissions";
import { auditActor, requireActor } from "@/lib/api/guard";
import { apiError, parseJsonBody, withErrors } from "@/lib/api/respond";
import { parseYear, toApiReview } from "@/lib/api/reviews";
import { reopenReview } from "@/lib/db/reviews";
import { reopenSchema } from "@/lib/validation/review";

export async function POST(request: Request, ctx: RouteContext<"/api/reviews/[year]/reopen">) {
  return withErrors(async () => {
    const actor = await requireActor(request, canRunReview);
    const { year: segment } = await ctx.params;
    const year = parseYear(segment);
    if (year === null) return apiError(404, "not_found", `There is no review for ${segment}`);
    const parsed = await parseJsonBody(request, reopenSchema);
    if (!parsed.ok) return parsed.response;
    return NextResponse.json({ review: toApiReview(await reopenReview(year, parsed.data.reason, auditActor(actor, request))) });
  });
}
