import { NextResponse } from "next/server";
import { parseJsonBody, withErrors } from "@/lib/api/respond";
import { createTag, listTagsWithCounts } from "@/lib/db/curation";
import { createTagSchema } from "@/lib/validation/curation";

export async function GET() {
  return withErrors(async () => NextResponse.json({ tags: await listTagsWithCounts() }));
}

export async function POST(request: Request) {
  return withErrors(async () => {
    const parsed = await parseJsonBody(request, createTagSchema);
    if (!parsed.ok) return parsed.response;
    return NextResponse.json({ tag: await createTag(parsed.data.name) }, { status: 201 });
  });
}
