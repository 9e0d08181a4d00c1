import "server-only";
// The answers of the routes that serve feeds: the reader check first (nothing about the
// records, not even whether one exists, before it passes), then 404 or the document.
import { ATOM_CONTENT_TYPE, type AtomDocument, renderAtom } from "./atom";
import { cacheControl, offsiteAccess, PRIVATE_MESSAGE } from "./access";
import { siteOrigin } from "./site";

const plain = (status: number, body: string, headers: Record<string, string> = {}) =>
  new Response(`${body}\n`, { status, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store", ...headers } });

export const unauthorized = () => plain(401, PRIVATE_MESSAGE, { "www-authenticate": 'Bearer realm="Prediction Tracker"' });

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
