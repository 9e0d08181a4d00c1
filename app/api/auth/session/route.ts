import { NextResponse } from "next/server";
import { withErrors } from "@/lib/api/respond";
import { actorFromHeaders } from "@/lib/auth/actor";

/** Who the caller is: { actor: { id, name, email, role, via } | null }. */
export async function GET(request: Request) {
  return withErrors(async () => NextResponse.json({ actor: await actorFromHeaders(request.headers) }));
}
