import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { AdminNav } from "@/components/admin/admin-nav";
import { AdminsOnly } from "@/components/admin/admins-only";
import { AdminStatusTiles } from "@/components/admin/admin-status";
import styles from "@/components/admin/admin.module.css";
import { requireSignedIn } from "@/lib/auth/page-guard";
import { Skeleton } from "@/components/ui/skeleton";
import { canManageUsers } from "@/lib/auth/permissions";
import { getAdminStatus } from "@/lib/db/admin-status";

export const metadata: Metadata = { title: "Admin" };
export const dynamic = "force-dynamic";

async function Status() {
  return <AdminStatusTiles status={await getAdminStatus()} />;
}

export default async function AdminPage() {
  const actor = await requireSignedIn("/admin");
  if (!canManageUsers(actor)) return <AdminsOnly title="Admin" role={actor.role} />;
  return (
    <div className="stack">
      <div className="page-intro">
        <AdminNav />
        <h1>Admin</h1>
        <p className="muted">What this instance holds, where the reviews stand, and the pages to manage it.</p>
      </div>
      <Suspense fallback={<Skeleton label="the instance's figures" height={360} />}>
        <Status />
      </Suspense>
      <section className="card" aria-labelledby="admin-pages-heading">
        <h2 id="admin-pages-heading">Manage</h2>
        <ul className={`plain ${styles.sections}`}>
          <li>
            <Link href="/admin/users">Users</Link>
            <p className="small muted">Create accounts, change roles, disable and enable accounts.</p>
          </li>
          <li>
            <Link href="/admin/audit">Audit log</Link>
            <p className="small muted">Every write, one sentence a row, with what changed.</p>
          </li>
          <li>
            <Link href="/admin/settings">Settings</Link>
            <p className="small muted">Whether the dashboard is public to read or private.</p>
          </li>
          <li>
            <Link href="/admin/webhooks">Webhooks</Link>
            <p className="small muted">URLs that receive signed events (evidence, verdicts, reviews, claim edits), with their delivery logs.</p>
          </li>
          <li>
            <Link href="/admin/links">Link health</Link>
            <p className="small muted">Evidence whose link is broken, unreachable or changed since it was cited (editors too).</p>
          </li>
          <li>
            <Link href="/tags">Tags</Link>
            <p className="small muted">Rename, merge and delete the tags that group claims.</p>
          </li>
          <li>
            <Link href="/sources">Sources</Link>
            <p className="small muted">Add a source and its claims, or correct a source’s details.</p>
          </li>
        </ul>
      </section>
    </div>
  );
}
