import type { Metadata } from "next";
import { AdminNav } from "@/components/admin/admin-nav";
import { AdminsOnly } from "@/components/admin/admins-only";
import { AuditFilters } from "@/components/admin/audit-filters";
import { AuditTable } from "@/components/admin/audit-table";
import { requireSignedIn } from "@/components/auth/page-guard";
import { canViewAudit } from "@/lib/auth/permissions";
import { listAudit, listAuditActions } from "@/lib/db/audit";
import { parseAuditFilter } from "@/lib/validation/filters";

export const metadata: Metadata = { title: "Audit log" };
export const dynamic = "force-dynamic";

const PAGE_SIZE = 200;

export default async function AdminAuditPage({ searchParams }: PageProps<"/admin/audit">) {
  const actor = await requireSignedIn("/admin/audit");
  if (!canViewAudit(actor)) return <AdminsOnly title="Audit log" role={actor.role} />;
  const filter = parseAuditFilter(await searchParams);
  // listAudit matches an action by prefix ("auth.sign_in" would include "auth.sign_in_failed");
  // the select offers exact actions, so narrow to exact matches here.
  const [found, actions] = await Promise.all([
    listAudit({ ...filter, take: filter.action ? 1000 : PAGE_SIZE }),
    listAuditActions(),
  ]);
  const rows = (filter.action ? found.filter((r) => r.action === filter.action) : found).slice(0, PAGE_SIZE);
  const isFiltered = Boolean(filter.action || filter.actor || filter.entityType);
  return (
    <div className="stack">
      <div className="page-intro">
        <AdminNav current="/admin/audit" />
        <h1>Audit log</h1>
        <p className="muted">Every write, newest first: who, when, what, and the before and after of each change. Rows are never edited or deleted.</p>
      </div>
      <AuditFilters filter={filter} actions={actions} />
      <p role="status">
        {rows.length === 0
          ? isFiltered
            ? "No audit rows match these filters."
            : "No audit rows yet."
          : `Showing ${rows.length === PAGE_SIZE ? `the newest ${PAGE_SIZE}` : rows.length} ${rows.length === 1 ? "row" : "rows"}${isFiltered ? " that match these filters" : ""}.`}
      </p>
      {rows.length > 0 && (
        <section className="card" aria-label="Audit rows">
          <AuditTable rows={rows} />
        </section>
      )}
    </div>
  );
}
