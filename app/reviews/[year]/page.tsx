import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { guardedLoader } from "@/lib/auth/page-guard";
import { CompletedReview } from "@/components/reviews/completed-review";
import { GuidedReview } from "@/components/reviews/guided-review";
import { ReviewHeader } from "@/components/reviews/review-header";
import { parseYear } from "@/lib/api/reviews";
import { canRunReview } from "@/lib/auth/permissions";
import { getReview } from "@/lib/db/reviews";
import { parseGuidedView, parseSnapshotView } from "@/lib/validation/review-query";

export const dynamic = "force-dynamic";

/** The access check, then one read per request, shared by the metadata and the page. */
const loadReview = guardedLoader(
  (segment) => `/reviews/${segment}`,
  async (segment) => {
    const year = parseYear(segment);
    return year === null ? null : getReview(year);
  },
);

export async function generateMetadata({ params }: PageProps<"/reviews/[year]">): Promise<Metadata> {
  const { data: review } = await loadReview((await params).year);
  return { title: review ? review.title : "Review not found" };
}

export default async function ReviewPage({ params, searchParams }: PageProps<"/reviews/[year]">) {
  const [{ year: segment }, query] = await Promise.all([params, searchParams]);
  const { actor, data: review } = await loadReview(segment);
  if (!review) notFound();
  const access = { actor, canRun: canRunReview(actor) };
  return (
    <div className="stack">
      <ReviewHeader review={review} />
      {review.status === "open" ? (
        // Not behind Suspense: streamed content needs JavaScript to appear, and grading and the
        // completion's confirm step are forms that work without it.
        <GuidedReview year={review.year} view={parseGuidedView(query)} access={access} />
      ) : (
        <CompletedReview review={review} view={parseSnapshotView(query)} access={access} />
      )}
    </div>
  );
}
