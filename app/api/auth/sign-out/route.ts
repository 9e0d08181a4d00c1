import { NextResponse } from "next/server";
import { withErrors } from "@/lib/api/respond";
import { signOut } from "@/lib/auth/sign-in";

/** Public by design: ends the caller's own session, if any. */
export async function POST(request: Request) {
  return withErrors(async () => {
    await signOut(request.headers);
    return NextResponse.json({ ok: true });
  });
}
