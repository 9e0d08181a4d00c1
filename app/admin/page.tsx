import type { Metadata } from "next";
import Link from "next/link";
import { AdminsOnly } from "@/components/admin/admins-only";
import { requireSignedIn } from "@/components/auth/page-guard";
import { canManageUsers } from "@/lib/auth/permissions";

export const metadata: Metadata = { title: "Admin" };
export const dynamic = "force-dynamic";

export default async function AdminPage() {
  const actor = await requireSignedIn("/admin");
  if (!canManageUsers(actor)) return <AdminsOnly title="Admin" role={actor.role} />;
  return (
    <div className="stack">
      <div className="page-intro">
        <h1>Admin</h1>
        <p className="muted">Accounts, the audit trail and who may read the dashboard.</p>
      </div>
      <ul className="plain card">
        <li>
          <Link href="/admin/users">Users</Link>
          <p className="small muted">Create accounts, change roles, disable and enable accounts.</p>
        </li>
        <li>
          <Link href="/admin/audit">Audit log</Link>
          <p className="small muted">Every write: who, when, what, and the before and after.</p>
        </li>
        <li>
          <Link href="/admin/settings">Settings</Link>
          <p className="small muted">Whether the dashboard is public to read or private.</p>
        </li>
      </ul>
    </div>
  );
}
