import { NextResponse } from "next/server";
import { auditActor, requireActor } from "@/lib/api/guard";
import { parseJsonBody, withErrors } from "@/lib/api/respond";
import { canManageUsers } from "@/lib/auth/permissions";
import { createUser, listUsers } from "@/lib/db/users";
import { createUserSchema } from "@/lib/validation/users";

export async function GET(request: Request) {
  return withErrors(async () => {
    await requireActor(request, canManageUsers);
    return NextResponse.json({ users: await listUsers() });
  });
}

export async function POST(request: Request) {
  return withErrors(async () => {
    const actor = await requireActor(request, canManageUsers);
    const parsed = await parseJsonBody(request, createUserSchema);
    if (!parsed.ok) return parsed.response;
    return NextResponse.json({ user: await createUser(parsed.data, auditActor(actor, request)) }, { status: 201 });
  });
}
