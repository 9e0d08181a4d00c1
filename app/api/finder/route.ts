import { NextResponse } from "next/server";
import { requireActor } from "@/lib/api/guard";
import { MAX_BODY_BYTES, apiError, parseJsonBody, withErrors } from "@/lib/api/respond";
import { canFindClaims } from "@/lib/auth/permissions";
import { findClaims } from "@/lib/finder";
import { FINDER_TEXT_MAX, finderInputSchema } from "@/lib/validation/finder";

const TOO_LARGE = `The body must be at most ${MAX_BODY_BYTES} bytes, and the text at most ${FINDER_TEXT_MAX.toLocaleString("en")} characters`;

/** Proposes candidate claims for a text, best first. Writes nothing. */
export async function POST(request: Request) {
  return withErrors(async () => {
    await requireActor(request, canFindClaims);
    const parsed = await parseJsonBody(request, finderInputSchema);
    if (!parsed.ok) {
      // Name the text's own limit too: the caller needs it to cut the text down.
      return parsed.response.status === 413 ? apiError(413, "payload_too_large", TOO_LARGE) : parsed.response;
    }
    const { text, publishedOn, format } = parsed.data;
    const result = findClaims(text, { publishedOn, format });
    return NextResponse.json(result);
  });
}
