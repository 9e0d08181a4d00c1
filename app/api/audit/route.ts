import { NextResponse } from "next/server";
import { requireActor } from "@/lib/api/guard";
import { withErrors } from "@/lib/api/respond";
import { canViewAudit } from "@/lib/auth/permissions";
import { listAudit } from "@/lib/db/audit";
import { parseAuditFilter } from "@/lib/validation/filters";

export async function GET(request: Request) {
  return withErrors(async () => {
    await requireActor(request, canViewAudit);
    const filter = parseAuditFilter(Object.fromEntries(new URL(request.url).searchParams));
    return NextResponse.json({ entries: await listAudit(filter) });
  });
}
