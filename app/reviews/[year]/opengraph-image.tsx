import { parseYear } from "@/lib/api/reviews";
import { getReview } from "@/lib/db/reviews";
import { getReadAccess } from "@/lib/db/settings";
import { genericImage, OG_ALT, OG_CONTENT_TYPE, OG_SIZE, reviewImage } from "@/lib/feeds/og";

export const dynamic = "force-dynamic";
export const alt = OG_ALT.review;
export const size = OG_SIZE;
export const contentType = OG_CONTENT_TYPE;

/** The review's figures; on a private dashboard, a card that names nothing. */
export default async function Image({ params }: { params: Promise<{ year: string }> }) {
  if ((await getReadAccess()) === "private") return genericImage();
  const year = parseYear((await params).year);
  const review = year === null ? null : await getReview(year);
  return review ? reviewImage(review) : genericImage(404);
}
