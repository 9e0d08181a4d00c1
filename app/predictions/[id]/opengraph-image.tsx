import { getClaimCard } from "@/lib/db/feeds";
import { getReadAccess } from "@/lib/db/settings";
import { claimImage, genericImage, OG_ALT, OG_CONTENT_TYPE, OG_SIZE } from "@/lib/feeds/og";

export const dynamic = "force-dynamic";
export const alt = OG_ALT.claim;
export const size = OG_SIZE;
export const contentType = OG_CONTENT_TYPE;

/** The claim's quote, verdict and source; on a private dashboard, a card that names nothing. */
export default async function Image({ params }: { params: Promise<{ id: string }> }) {
  if ((await getReadAccess()) === "private") return genericImage();
  const card = await getClaimCard((await params).id);
  return card ? claimImage(card) : genericImage(404);
}
