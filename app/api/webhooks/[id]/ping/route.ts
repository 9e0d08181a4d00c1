import { NextResponse } from "next/server";
import { requireActor } from "@/lib/api/guard";
import { withErrors } from "@/lib/api/respond";
import { canManageWebhooks } from "@/lib/auth/permissions";
import { queueWebhookPing } from "@/lib/db/webhooks";
import { kickWebhookDispatch } from "@/lib/webhooks/dispatch";

/** Queues a "ping" delivery to this webhook alone and starts sending it; 202 with its id. */
export async function POST(request: Request, ctx: RouteContext<"/api/webhooks/[id]/ping">) {
  return withErrors(async () => {
    await requireActor(request, canManageWebhooks);
    const { id } = await ctx.params;
    const { deliveryId } = await queueWebhookPing(id);
    kickWebhookDispatch();
    return NextResponse.json({ delivery: { id: deliveryId, event: "ping", status: "pending" } }, { status: 202 });
  });
}
