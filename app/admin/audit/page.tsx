import type { Metadata } from "next";
import { AdminNav } from "@/components/admin/admin-nav";
import { AdminsOnly } from "@/components/admin/admins-only";
import { AuditFilters } from "@/components/admin/audit-filters";
import { AuditTable } from "@/components/admin/audit-table";
import { requireSignedIn } from "@/lib/auth/page-guard";
import { canViewAudit } from "@/lib/auth/permissions";
import { HistoryPager } from "@/components/predictions/history-pager";
import { withParam } from "@/components/ui/pagination";
import { InvalidCursorError } from "@/lib/db/keyset";
import { listAudit, listAuditActions, lookupAuditRefs } from "@/lib/db/audit";
import { describeAudit } from "@/lib/audit-sentences";
import { parseAuditFilter } from "@/lib/validation/filters";

export const metadata: Metadata = { title: "Audit log" };
export const dynamic = "force-dynamic";

const PAGE_SIZE = 100;

export default async function AdminAuditPage({ searchParams }: PageProps<"/admin/audit">) {
  const actor = await requireSignedIn("/admin/audit");
  if (!canViewAudit(actor)) return <AdminsOnly title="Audit log" role={actor.role} />;
  const query = await searchParams;
  const filter = parseAuditFilter(query);
  const cursor = (Array.isArray(query.before) ? query.before[0] : query.before) || undefined;
  // A mangled "older" link shows the newest rows rather than an error.
  const load = (c?: string) => listAudit(filter, { limit: PAGE_SIZE, cursor: c });
  const [page, actions] = await Promise.all([
    load(cursor).catch((e) => (e instanceof InvalidCursorError ? load() : Promise.reject(e))),
    listAuditActions(),
  ]);
  // One lookup per kind of row the page mentions, so each sentence names and links them.
  const refs = await lookupAuditRefs(page.items);
  const rows = page.items.map((r) => ({ id: r.id, at: r.at, action: r.action, ip: r.ip, actorId: r.actorId, described: describeAudit(r, refs) }));
  const isFiltered = Boolean(filter.action || filter.actor || filter.entityType);
  return (
    <div className="stack">
      <div className="page-intro">
        <AdminNav current="/admin/audit" />
        <h1 id="audit-heading">Audit log</h1>
        <p className="muted">
          Every write, newest first: who did what, with links to what it touched. Open “fields changed” for the before and
          after of each change. Rows are never edited or deleted.
        </p>
      </div>
      <AuditFilters filter={filter} actions={actions} />
      <p role="status">
        {rows.length === 0
          ? isFiltered
            ? "No audit rows match these filters."
            : "No audit rows yet."
          : `${page.total} ${page.total === 1 ? "row" : "rows"}${isFiltered ? (page.total === 1 ? " matches these filters" : " match these filters") : ""}.`}
      </p>
      {rows.length > 0 && (
        <section className="card" aria-label="Audit rows">
          <AuditTable rows={rows} />
          <HistoryPager
            what="audit rows"
            shown={rows.length}
            total={page.total}
            isOlderPage={cursor !== undefined}
            newestHref={withParam("/admin/audit", query, "before", null)}
            olderHref={page.nextCursor ? withParam("/admin/audit", query, "before", page.nextCursor) : null}
            anchor="audit-heading"
          />
        </section>
      )}
    </div>
  );
}
