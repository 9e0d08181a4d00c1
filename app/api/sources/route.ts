import { NextResponse } from "next/server";
import { canManageSources } from "@/lib/auth/permissions";
import { auditActor, requireActor, requireReader } from "@/lib/api/guard";
import { parseJsonBody, withErrors } from "@/lib/api/respond";
import { createSource, listSources } from "@/lib/db/sources";
import { createSourceSchema } from "@/lib/validation/curation";

export async function GET(request: Request) {
  return withErrors(async () => {
    await requireReader(request);
    return NextResponse.json({ sources: await listSources() });
  });
}

export async function POST(request: Request) {
  return withErrors(async () => {
    const actor = await requireActor(request, canManageSources);
    const parsed = await parseJsonBody(request, createSourceSchema);
    if (!parsed.ok) return parsed.response;
    return NextResponse.json({ source: await createSource(parsed.data, auditActor(actor, request)) }, { status: 201 });
  });
}
