import { NextResponse } from "next/server";
import { apiError, parseJsonBody, withErrors } from "@/lib/api/respond";
import { assertSameOrigin } from "@/lib/auth/same-origin";
import { signInWithPassword } from "@/lib/auth/sign-in";
import { signInSchema } from "@/lib/validation/users";

/**
 * Public by design: this is how a session starts. Refused from other origins (login CSRF),
 * JSON only, rate-limited per account, per address and overall.
 */
export async function POST(request: Request) {
  return withErrors(async () => {
    assertSameOrigin(request.headers);
    const parsed = await parseJsonBody(request, signInSchema);
    if (!parsed.ok) return parsed.response;
    const result = await signInWithPassword(parsed.data.email, parsed.data.password, request.headers);
    if (!result.ok) {
      return apiError(result.status, result.status === 429 ? "rate_limited" : "invalid_credentials", result.message);
    }
    return NextResponse.json({ user: result.user });
  });
}
