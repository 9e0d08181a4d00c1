import { NextResponse } from "next/server";
import { requireActor } from "@/lib/api/guard";
import { parseApiPage } from "@/lib/api/paging";
import { withErrors } from "@/lib/api/respond";
import { canViewAudit } from "@/lib/auth/permissions";
import { listAudit } from "@/lib/db/audit";
import { parseAuditFilter } from "@/lib/validation/filters";

/** The audit log, newest first, a page at a time (`limit`, `cursor`), with the total. */
export async function GET(request: Request) {
  return withErrors(async () => {
    await requireActor(request, canViewAudit);
    const paging = parseApiPage(request);
    if (!paging.ok) return paging.response;
    const filter = parseAuditFilter(Object.fromEntries(new URL(request.url).searchParams));
    const page = await listAudit(filter, paging.page);
    return NextResponse.json({ entries: page.items, total: page.total, nextCursor: page.nextCursor });
  });
}
