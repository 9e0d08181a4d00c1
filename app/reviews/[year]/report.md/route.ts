import { requireReader } from "@/lib/api/guard";
import { parseYear } from "@/lib/api/reviews";
import { AuthError } from "@/lib/auth/permissions";
import { getReview } from "@/lib/db/reviews";
import { renderReviewReport } from "@/lib/review-report";

const text = (body: string, status: number) =>
  new Response(body, { status, headers: { "content-type": "text/plain; charset=utf-8" } });

/** The completed review as Markdown, ready to paste into a blog post. */
export async function GET(request: Request, ctx: RouteContext<"/reviews/[year]/report.md">) {
  try {
    await requireReader(request);
  } catch (e) {
    if (e instanceof AuthError) return text(`${e.message}.\n`, e.status);
    throw e;
  }
  const { year: segment } = await ctx.params;
  const year = parseYear(segment);
  const review = year === null ? null : await getReview(year);
  if (!review) return text(`There is no review for ${segment}.\n`, 404);
  if (review.status !== "completed" || !review.figures) {
    return text(`The ${review.year} review is still open; complete it to get its report.\n`, 409);
  }
  const markdown = renderReviewReport({
    review: { year: review.year, title: review.title, completedOn: review.completedOn, notes: review.notes },
    figures: review.figures,
    entries: review.entries,
    previous: review.previous,
  });
  return new Response(markdown, {
    headers: {
      "content-type": "text/markdown; charset=utf-8",
      "content-disposition": `inline; filename="review-${review.year}.md"`,
    },
  });
}
