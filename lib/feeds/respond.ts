import "server-only";
// The answers of the routes that serve feeds, badges and embeds: the reader check first (nothing about the
// records, not even whether one exists, before it passes), then 404 or the document.
import { getClaimCard } from "../db/feeds";
import { ATOM_CONTENT_TYPE, type AtomDocument, renderAtom } from "./atom";
import { BADGE_CONTENT_TYPE, renderBadge } from "./badge";
import { EMBED_CONTENT_TYPE, renderEmbed, renderEmbedMessage } from "./embed";
import { OFFSITE_PALETTE } from "./palette";
import { cacheControl, offsiteAccess, PRIVATE_MESSAGE } from "./access";
import { siteOrigin } from "./site";

const plain = (status: number, body: string, headers: Record<string, string> = {}) =>
  new Response(`${body}\n`, { status, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store", ...headers } });

const CHALLENGE = { "www-authenticate": 'Bearer realm="Prediction Tracker"' };

export const unauthorized = () => plain(401, PRIVATE_MESSAGE, CHALLENGE);

export async function atomResponse(
  request: Request,
  build: (origin: string) => Promise<AtomDocument | null>,
  notFound = "There is no such feed.",
): Promise<Response> {
  const access = await offsiteAccess(request);
  if (!access.allowed) return unauthorized();
  const doc = await build(siteOrigin(request));
  if (!doc) return plain(404, notFound);
  return new Response(renderAtom(doc), {
    headers: { "content-type": ATOM_CONTENT_TYPE, "cache-control": cacheControl(access) },
  });
}

/** The badge SVG: the claim's current verdict, or "private" / "not found" and nothing else. */
export async function badgeResponse(request: Request, id: string): Promise<Response> {
  const svg = (status: number, body: string, cache: string) =>
    new Response(body, { status, headers: { "content-type": BADGE_CONTENT_TYPE, "cache-control": cache, ...(status === 401 ? CHALLENGE : {}) } });
  const access = await offsiteAccess(request);
  const none = OFFSITE_PALETTE.gradeNone;
  if (!access.allowed) return svg(401, renderBadge({ message: "private", colour: none }), "no-store");
  const card = await getClaimCard(id);
  if (!card) return svg(404, renderBadge({ message: "not found", colour: none }), "no-store");
  return svg(200, renderBadge({ grade: card.grade, isRolledUp: card.isRolledUp }), cacheControl(access));
}

/** The embed card's HTML document, or a card that says only why there is nothing to show. */
export async function embedResponse(request: Request, id: string): Promise<Response> {
  const html = (status: number, body: string, cache: string) =>
    new Response(body, { status, headers: { "content-type": EMBED_CONTENT_TYPE, "cache-control": cache, ...(status === 401 ? CHALLENGE : {}) } });
  const access = await offsiteAccess(request);
  if (!access.allowed) return html(401, renderEmbedMessage(PRIVATE_MESSAGE), "no-store");
  const card = await getClaimCard(id);
  if (!card) return html(404, renderEmbedMessage("There is no such claim."), "no-store");
  return html(200, renderEmbed(card, siteOrigin(request)), cacheControl(access));
}
