import { NextResponse } from "next/server";
import { auditActor, requireActor } from "@/lib/api/guard";
import { parseJsonBody, withErrors } from "@/lib/api/respond";
import { canManageSettings } from "@/lib/auth/permissions";
import { getReadAccess, setReadAccess } from "@/lib/db/settings";
import { settingsSchema } from "@/lib/validation/users";

export async function GET(request: Request) {
  return withErrors(async () => {
    await requireActor(request, canManageSettings);
    return NextResponse.json({ readAccess: await getReadAccess() });
  });
}

/** { "readAccess": "public" | "private" } */
export async function PUT(request: Request) {
  return withErrors(async () => {
    const actor = await requireActor(request, canManageSettings);
    const parsed = await parseJsonBody(request, settingsSchema);
    if (!parsed.ok) return parsed.response;
    await setReadAccess(parsed.data.readAccess, auditActor(actor, request));
    return NextResponse.json({ readAccess: parsed.data.readAccess });
  });
}
