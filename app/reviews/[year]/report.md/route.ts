import { requireReader } from "@/lib/api/guard";
import { parseYear } from "@/lib/api/reviews";
import { AuthError } from "@/lib/auth/permissions";
import { getReviewReport } from "@/lib/db/reviews";
import { renderReviewReport } from "@/lib/review-report";

const text = (body: string, status: number) =>
  new Response(body, { status, headers: { "content-type": "text/plain; charset=utf-8" } });

/** The completed review as Markdown, ready to paste into a blog post. A download: it stays whole. */
export async function GET(request: Request, ctx: RouteContext<"/reviews/[year]/report.md">) {
  try {
    await requireReader(request);
  } catch (e) {
    if (e instanceof AuthError) return text(`${e.message}.\n`, e.status);
    throw e;
  }
  const { year: segment } = await ctx.params;
  const year = parseYear(segment);
  const report = year === null ? null : await getReviewReport(year);
  if (!report) return text(`There is no review for ${segment}.\n`, 404);
  if (report === "open") return text(`The ${year} review is still open; complete it to get its report.\n`, 409);
  return new Response(renderReviewReport(report), {
    headers: {
      "content-type": "text/markdown; charset=utf-8",
      "content-disposition": `inline; filename="review-${report.review.year}.md"`,
    },
  });
}
