import type { Metadata } from "next";
import styles from "@/components/admin/admin.module.css";
import { AdminNav } from "@/components/admin/admin-nav";
import { AdminsOnly } from "@/components/admin/admins-only";
import { ReadAccessForm } from "@/components/admin/read-access-form";
import { requireSignedIn } from "@/lib/auth/page-guard";
import { setReadAccessAction } from "@/lib/actions/admin-actions";
import { canManageSettings } from "@/lib/auth/permissions";
import { getReadAccess } from "@/lib/db/settings";

export const metadata: Metadata = { title: "Settings" };
export const dynamic = "force-dynamic";

export default async function AdminSettingsPage() {
  const actor = await requireSignedIn("/admin/settings");
  if (!canManageSettings(actor)) return <AdminsOnly title="Settings" role={actor.role} />;
  const readAccess = await getReadAccess();
  return (
    <div className="stack">
      <div className="page-intro">
        <AdminNav current="/admin/settings" />
        <h1>Settings</h1>
      </div>
      <section className={`card ${styles.narrowCard}`}>
        <ReadAccessForm action={setReadAccessAction} current={readAccess} />
      </section>
    </div>
  );
}
