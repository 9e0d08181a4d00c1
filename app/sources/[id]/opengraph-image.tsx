import { getSourceCard } from "@/lib/db/feeds";
import { getReadAccess } from "@/lib/db/settings";
import { genericImage, OG_ALT, OG_CONTENT_TYPE, OG_SIZE, sourceImage } from "@/lib/feeds/og";

export const dynamic = "force-dynamic";
export const alt = OG_ALT.source;
export const size = OG_SIZE;
export const contentType = OG_CONTENT_TYPE;

/** The source and its claims by verdict; on a private dashboard, a card that names nothing. */
export default async function Image({ params }: { params: Promise<{ id: string }> }) {
  if ((await getReadAccess()) === "private") return genericImage();
  const card = await getSourceCard((await params).id);
  return card ? sourceImage(card) : genericImage(404);
}
