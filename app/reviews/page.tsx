import type { Metadata } from "next";
import { requirePageReader } from "@/lib/auth/page-guard";
import { ReviewList } from "@/components/reviews/review-list";
import { StartReview } from "@/components/reviews/start-review";
import { canRunReview } from "@/lib/auth/permissions";
import { listReviews } from "@/lib/db/reviews";

export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "Yearly reviews",
  alternates: { types: { "application/atom+xml": [{ url: "/reviews/feed.xml", title: "Claims coming due for review" }] } },
};

export default async function ReviewsPage() {
  const actor = await requirePageReader("/reviews");
  const reviews = await listReviews();
  const year = new Date().getUTCFullYear();
  return (
    <div className="stack">
      <div className="page-intro">
        <h1>Yearly reviews</h1>
        <p>
          Once a year, every claim that still needs a verdict gets a fresh look: its evidence since the last review, a
          grade, a credence and a rationale. Claims already confirmed, refuted or judged unfalsifiable stay settled
          unless someone reopens them.
        </p>
        <p className="muted">
          Completing a review freezes a snapshot of every claim’s verdict and the scorecard, so later edits never change
          it. Each completed review shows what moved since the one before, and gives a Markdown report ready to publish.
        </p>
      </div>
      <StartReview year={year} reviews={reviews} actor={actor} canStart={canRunReview(actor)} />
      <section className="card" aria-labelledby="all-reviews-heading">
        <h2 id="all-reviews-heading">All reviews</h2>
        <ReviewList reviews={reviews} />
      </section>
    </div>
  );
}
