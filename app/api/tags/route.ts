import { NextResponse } from "next/server";
import { canManageTags } from "@/lib/auth/permissions";
import { auditActor, requireActor, requireReader } from "@/lib/api/guard";
import { parseJsonBody, withErrors } from "@/lib/api/respond";
import { createTag, listTagsWithCounts } from "@/lib/db/tags";
import { createTagSchema } from "@/lib/validation/curation";

export async function GET(request: Request) {
  return withErrors(async () => {
    await requireReader(request);
    return NextResponse.json({ tags: await listTagsWithCounts() });
  });
}

export async function POST(request: Request) {
  return withErrors(async () => {
    const actor = await requireActor(request, canManageTags);
    const parsed = await parseJsonBody(request, createTagSchema);
    if (!parsed.ok) return parsed.response;
    return NextResponse.json({ tag: await createTag(parsed.data.name, auditActor(actor, request)) }, { status: 201 });
  });
}
