import type { Metadata } from "next";
import Link from "next/link";
import { requireReader } from "@/components/auth/page-guard";
import { canManageSources } from "@/lib/auth/permissions";
import { listSources } from "@/lib/db/sources";

export const metadata: Metadata = { title: "Sources" };
export const dynamic = "force-dynamic";

export default async function SourcesPage() {
  const actor = await requireReader("/sources");
  const sources = await listSources();
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
      {sources.length === 0 ? (
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
    </div>
  );
}
