import { NextResponse } from "next/server";
import { requireActor } from "@/lib/api/guard";
import { apiError, withErrors } from "@/lib/api/respond";
import { canManageWebhooks } from "@/lib/auth/permissions";
import { getWebhook, listWebhookDeliveries } from "@/lib/db/webhooks";
import { fieldErrorsOf } from "@/lib/validation/common";
import { webhookDeliveriesQuerySchema } from "@/lib/validation/webhooks";

/** One page of a webhook's delivery log, newest first: `limit`, `cursor`, `status`. */
export async function GET(request: Request, ctx: RouteContext<"/api/webhooks/[id]/deliveries">) {
  return withErrors(async () => {
    await requireActor(request, canManageWebhooks);
    const { id } = await ctx.params;
    const params = new URL(request.url).searchParams;
    const query = webhookDeliveriesQuerySchema.safeParse({
      limit: params.get("limit") ?? undefined,
      cursor: params.get("cursor") ?? undefined,
      status: params.get("status") ?? undefined,
    });
    if (!query.success) return apiError(400, "invalid_input", "The query parameters are invalid", fieldErrorsOf(query.error));
    if (!(await getWebhook(id))) return apiError(404, "not_found", `Webhook ${id} was not found`);
    const page = await listWebhookDeliveries(id, { status: query.data.status }, query.data);
    return NextResponse.json({ deliveries: page.items, total: page.total, nextCursor: page.nextCursor });
  });
}
