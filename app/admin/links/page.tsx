import type { Metadata } from "next";
import Link from "next/link";
import { AdminNav } from "@/components/admin/admin-nav";
import { requireSignedIn } from "@/lib/auth/page-guard";
import { LinkHealthFilters, LinkHealthTable } from "@/components/evidence/link-health-list";
import { Pagination, withParam } from "@/components/ui/pagination";
import { canLogEvidence } from "@/lib/auth/permissions";
import { LINK_HEALTH_PAGE_SIZE, listLinkHealth } from "@/lib/db/evidence-links";
import type { LinkProblem } from "@/lib/links/assess";
import { parseLinkHealthQuery } from "@/lib/validation/link-health";

export const metadata: Metadata = { title: "Link health" };
export const dynamic = "force-dynamic";

export default async function LinkHealthPage({ searchParams }: PageProps<"/admin/links">) {
  const actor = await requireSignedIn("/admin/links");
  // The editors who log and retract evidence are the ones who mend its links.
  if (!canLogEvidence(actor)) {
    return (
      <div className="stack">
        <h1>Link health</h1>
        <section className="card" aria-labelledby="editors-only-heading">
          <h2 id="editors-only-heading">Editors only</h2>
          <p>
            This page is for editors and admins. Your account’s role is <strong>{actor.role}</strong>.
          </p>
          <p>
            <Link href="/">Back to the scorecard</Link>
          </p>
        </section>
      </div>
    );
  }
  const query = await searchParams;
  const { page, problem } = parseLinkHealthQuery(query);
  const list = await listLinkHealth({ problem }, page);
  const hrefFor = (p: LinkProblem | undefined) => withParam("/admin/links", { ...query, page: undefined }, "problem", p ?? null);
  return (
    <div className="stack">
      <div className="page-intro">
        {actor.role === "admin" && <AdminNav current="/admin/links" />}
        <h1 id="links-heading">Link health</h1>
        <p className="muted">
          Evidence whose link failed its last check or whose page changed since it was cited, by problem and then the most recently checked first. The checker runs
          from the command line (<code>npm run links -- check</code>); retracted evidence is left out.
        </p>
      </div>
      <LinkHealthFilters current={problem} counts={list.counts} hrefFor={hrefFor} />
      <p role="status">
        {list.total === 0
          ? problem
            ? "No evidence links have this problem."
            : "No link problems: every checked link worked and matched the page that was cited."
          : `${list.total} ${list.total === 1 ? "item" : "items"}${problem ? ` ${problem}` : " with a link problem"}.`}
      </p>
      {list.items.length > 0 && (
        <section className="card" aria-labelledby="links-heading">
          <LinkHealthTable items={list.items} />
          <Pagination
            total={list.total}
            page={page}
            pageSize={LINK_HEALTH_PAGE_SIZE}
            hrefFor={(n) => withParam("/admin/links", query, "page", n === 1 ? null : String(n))}
            label="items"
          />
        </section>
      )}
      {list.items.length === 0 && page > 1 && list.total > 0 && (
        <Pagination total={list.total} page={page} pageSize={LINK_HEALTH_PAGE_SIZE} hrefFor={(n) => withParam("/admin/links", query, "page", n === 1 ? null : String(n))} label="items" />
      )}
    </div>
  );
}
