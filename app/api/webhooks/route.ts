import { NextResponse } from "next/server";
import { auditActor, requireActor } from "@/lib/api/guard";
import { parseJsonBody, withErrors } from "@/lib/api/respond";
import { canManageWebhooks } from "@/lib/auth/permissions";
import { createWebhook, listWebhooks } from "@/lib/db/webhooks";
import { createWebhookSchema } from "@/lib/validation/webhooks";

/** Every webhook (at most 50), with its deliveries counted by status; never the secrets. */
export async function GET(request: Request) {
  return withErrors(async () => {
    await requireActor(request, canManageWebhooks);
    return NextResponse.json({ webhooks: await listWebhooks() });
  });
}

/** Registers a webhook; the signing secret is in this answer only. */
export async function POST(request: Request) {
  return withErrors(async () => {
    const actor = await requireActor(request, canManageWebhooks);
    const parsed = await parseJsonBody(request, createWebhookSchema);
    if (!parsed.ok) return parsed.response;
    return NextResponse.json(await createWebhook(parsed.data, auditActor(actor, request)), { status: 201 });
  });
}
