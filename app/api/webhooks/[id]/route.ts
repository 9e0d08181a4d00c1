import { NextResponse } from "next/server";
import { auditActor, requireActor } from "@/lib/api/guard";
import { apiError, parseJsonBody, withErrors } from "@/lib/api/respond";
import { canManageWebhooks } from "@/lib/auth/permissions";
import { deleteWebhook, getWebhook, updateWebhook } from "@/lib/db/webhooks";
import { updateWebhookSchema } from "@/lib/validation/webhooks";

export async function GET(request: Request, ctx: RouteContext<"/api/webhooks/[id]">) {
  return withErrors(async () => {
    await requireActor(request, canManageWebhooks);
    const { id } = await ctx.params;
    const webhook = await getWebhook(id);
    return webhook ? NextResponse.json({ webhook }) : apiError(404, "not_found", `Webhook ${id} was not found`);
  });
}

/** Deactivates (`{"active": false}`) or reactivates a webhook, or changes its events or description. */
export async function PATCH(request: Request, ctx: RouteContext<"/api/webhooks/[id]">) {
  return withErrors(async () => {
    const actor = await requireActor(request, canManageWebhooks);
    const { id } = await ctx.params;
    const parsed = await parseJsonBody(request, updateWebhookSchema);
    if (!parsed.ok) return parsed.response;
    return NextResponse.json({ webhook: await updateWebhook(id, parsed.data, auditActor(actor, request)) });
  });
}

/** Removes a webhook and its delivery log. */
export async function DELETE(request: Request, ctx: RouteContext<"/api/webhooks/[id]">) {
  return withErrors(async () => {
    const actor = await requireActor(request, canManageWebhooks);
    const { id } = await ctx.params;
    await deleteWebhook(id, auditActor(actor, request));
    return NextResponse.json({ deleted: id });
  });
}
