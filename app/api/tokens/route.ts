import { NextResponse } from "next/server";
import { auditActor, requireActor } from "@/lib/api/guard";
import { parseJsonBody, withErrors } from "@/lib/api/respond";
import { canManageOwnTokens } from "@/lib/auth/permissions";
import { createApiToken, listApiTokens } from "@/lib/auth/tokens";
import { createTokenSchema } from "@/lib/validation/users";

export async function GET(request: Request) {
  return withErrors(async () => {
    const actor = await requireActor(request, canManageOwnTokens);
    return NextResponse.json({ tokens: await listApiTokens(actor.id) });
  });
}

/** Creates a personal token; the plain value is in this answer only. */
export async function POST(request: Request) {
  return withErrors(async () => {
    const actor = await requireActor(request, canManageOwnTokens);
    const parsed = await parseJsonBody(request, createTokenSchema);
    if (!parsed.ok) return parsed.response;
    return NextResponse.json(await createApiToken(actor.id, parsed.data.name, auditActor(actor, request)), { status: 201 });
  });
}
