import { NextResponse } from "next/server";
import { auditActor, requireActor } from "@/lib/api/guard";
import { parseJsonBody, withErrors } from "@/lib/api/respond";
import { canManageUsers } from "@/lib/auth/permissions";
import { setUserDisabled, setUserRole } from "@/lib/db/users";
import { updateUserSchema } from "@/lib/validation/users";

/** Changes an account's role and/or disables or re-enables it: { "role"?, "disabled"? }. */
export async function PATCH(request: Request, ctx: RouteContext<"/api/users/[id]">) {
  return withErrors(async () => {
    const actor = await requireActor(request, canManageUsers);
    const { id } = await ctx.params;
    const parsed = await parseJsonBody(request, updateUserSchema);
    if (!parsed.ok) return parsed.response;
    const who = auditActor(actor, request);
    let user = parsed.data.role ? await setUserRole(id, parsed.data.role, who) : null;
    if (parsed.data.disabled !== undefined) user = await setUserDisabled(id, parsed.data.disabled, who);
    return NextResponse.json({ user });
  });
}
