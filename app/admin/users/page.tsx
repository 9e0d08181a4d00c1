import type { Metadata } from "next";
import styles from "@/components/admin/admin.module.css";
import { AdminNav } from "@/components/admin/admin-nav";
import { AdminsOnly } from "@/components/admin/admins-only";
import { CreateUserForm } from "@/components/admin/create-user-form";
import { UsersTable } from "@/components/admin/users-table";
import { requireSignedIn } from "@/lib/auth/page-guard";
import { createUserAction } from "@/lib/actions/admin-actions";
import { canManageUsers } from "@/lib/auth/permissions";
import { listUsers } from "@/lib/db/users";

export const metadata: Metadata = { title: "Users" };
export const dynamic = "force-dynamic";

export default async function AdminUsersPage() {
  const actor = await requireSignedIn("/admin/users");
  if (!canManageUsers(actor)) return <AdminsOnly title="Users" role={actor.role} />;
  const users = await listUsers();
  return (
    <div className="stack">
      <div className="page-intro">
        <AdminNav current="/admin/users" />
        <h1>Users</h1>
        <p className="muted">
          Disabling an account ends its sessions and stops its API tokens at once. You cannot demote or disable your own account; ask
          another admin.
        </p>
      </div>
      <section className={`card ${styles.scrollCard}`} aria-label="Accounts">
        <UsersTable users={users} selfId={actor.id} />
      </section>
      <section className="card">
        <CreateUserForm action={createUserAction} />
      </section>
    </div>
  );
}
