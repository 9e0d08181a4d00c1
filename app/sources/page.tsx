import type { Metadata } from "next";
import Link from "next/link";
import { requirePageReader } from "@/lib/auth/page-guard";
import { canManageSources } from "@/lib/auth/permissions";
import { Pagination, withParam } from "@/components/ui/pagination";
import { countSources, listSources } from "@/lib/db/sources";
import { parsePageNumber } from "@/lib/validation/filters";

const PER_PAGE = 50;

export const metadata: Metadata = { title: "Sources" };
export const dynamic = "force-dynamic";

export default async function SourcesPage({ searchParams }: PageProps<"/sources">) {
  const query = await searchParams;
  const actor = await requirePageReader("/sources");
  const page = parsePageNumber(query);
  const [sources, total] = await Promise.all([listSources({ limit: PER_PAGE, offset: (page - 1) * PER_PAGE }), countSources()]);
  return (
    <div className="stack">
      <div className="page-intro">
        <h1>Sources</h1>
        <p className="muted">The essays, talks and reports whose claims are tracked.</p>
        {canManageSources(actor) && (
          <p>
            <Link className="button" href="/sources/new">
              Add a source
            </Link>
          </p>
        )}
      </div>
      {total === 0 ? (
        <p className="card">No sources yet.</p>
      ) : (
        <ul className="plain card">
          {sources.map((s) => (
            <li key={s.id}>
              <Link href={`/sources/${s.id}`}>{s.title}</Link>
              <div className="small muted">
                {s.author} · {s.kind} · <time dateTime={s.publishedOn}>{s.publishedOn}</time> · {s.claimCount}{" "}
                {s.claimCount === 1 ? "claim" : "claims"}
              </div>
            </li>
          ))}
        </ul>
      )}
      {total > PER_PAGE && (
        <Pagination total={total} page={page} pageSize={PER_PAGE} hrefFor={(n) => withParam("/sources", query, "page", n === 1 ? null : String(n))} label="sources" labelOne="source" />
      )}
    </div>
  );
}
