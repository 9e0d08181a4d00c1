// Accounts and API tokens for tests, created through the real data layer.
import { createApiToken } from "@/lib/auth/tokens";
import type { Role } from "@/lib/roles";
import { createUser } from "@/lib/db/users";
import { uid } from "./factories";

const TEST = { id: null, label: "test setup" };

export async function makeAccount(role: Role) {
  const email = `${role}-${uid()}@example.org`;
  const user = await createUser({ email, password: "correct horse battery", role, name: `Test ${role}` }, TEST);
  const { token } = await createApiToken(user.id, "test", TEST);
  return { user, token, email, password: "correct horse battery" };
}

export type TestAccounts = Record<Role, Awaited<ReturnType<typeof makeAccount>>>;

export async function makeAccounts(): Promise<TestAccounts> {
  return { viewer: await makeAccount("viewer"), editor: await makeAccount("editor"), admin: await makeAccount("admin") };
}
