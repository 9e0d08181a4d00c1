import { NextResponse } from "next/server";
import { withErrors } from "@/lib/api/respond";
import { assertSameOrigin } from "@/lib/auth/same-origin";
import { signOut } from "@/lib/auth/sign-in";

/** Public by design: ends the caller's own session, if any. Refused from other origins (logout CSRF). */
export async function POST(request: Request) {
  return withErrors(async () => {
    assertSameOrigin(request.headers);
    await signOut(request.headers);
    return NextResponse.json({ ok: true });
  });
}
