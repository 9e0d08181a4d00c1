import { ReviewMixChart, type ReviewMixRow } from "@/components/charts/review-mix-chart";
import { listReviewMixes } from "@/lib/db/reviews";
import { GRADES } from "@/lib/domain";

/** This review's frozen verdict mix next to every earlier completed review's. */
export async function ReviewMixComparison({ year }: { year: number }) {
  const mixes = (await listReviewMixes()).filter((m) => m.year <= year);
  const rows: ReviewMixRow[] = mixes.map(({ year: y, figures }) => ({
    label: y === year ? `${y} (this review)` : String(y),
    year: y,
    ungraded: figures.ungraded,
    ...(Object.fromEntries(GRADES.map((g) => [g, figures.byVerdict[g] ?? 0])) as Record<(typeof GRADES)[number], number>),
  }));
  return (
    <section className="card" aria-labelledby="review-mix-heading">
      <h2 id="review-mix-heading">Compared with earlier reviews</h2>
      <ReviewMixChart rows={rows} currentYear={year} />
    </section>
  );
}
