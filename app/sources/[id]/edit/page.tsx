import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AdminsOnly } from "@/components/admin/admins-only";
import { guardedLoader, requireSignedIn } from "@/lib/auth/page-guard";
import { RevisionHistory } from "@/components/curation/revision-history";
import { EditSourceForm } from "@/components/curation/source-form";
import { updateSourceAction } from "@/lib/actions/curation-actions";
import { canManageSources } from "@/lib/auth/permissions";
import { utcToday } from "@/lib/db/dates";
import { getSource, listSourceRevisions } from "@/lib/db/sources";

export const dynamic = "force-dynamic";

/** The access check runs before the source is read, for the page and its title alike. */
const loadSource = guardedLoader((id) => `/sources/${id}/edit`, (id) => getSource(id), requireSignedIn);

export async function generateMetadata({ params }: PageProps<"/sources/[id]/edit">): Promise<Metadata> {
  const { data: s } = await loadSource((await params).id);
  return { title: s ? `Edit: ${s.title}` : "Source not found" };
}

export default async function EditSourcePage({ params }: PageProps<"/sources/[id]/edit">) {
  const { id } = await params;
  const { actor, data: source } = await loadSource(id);
  if (!actor) return null; // unreachable: the guard sends anyone signed out to sign-in
  if (!canManageSources(actor)) return <AdminsOnly title="Edit source" role={actor.role} />;
  if (!source) notFound();
  const revisions = await listSourceRevisions(source.id);
  return (
    <div className="stack">
      <div className="page-intro">
        <p className="small">
          <Link href={`/sources/${source.id}`}>← Back to the source</Link>
        </p>
        <h1>Edit source</h1>
        <p className="muted">Every change here is recorded in the source’s history with who made it, when and why.</p>
      </div>
      <section className="card measure">
        <EditSourceForm
          action={updateSourceAction.bind(null, source.id)}
          today={utcToday()}
          source={{ title: source.title, author: source.author, url: source.url, publishedOn: source.publishedOn, kind: source.kind }}
        />
      </section>
      <section className="card" aria-labelledby="source-history-heading">
        <h2 id="source-history-heading">History</h2>
        {revisions && revisions.total > revisions.items.length && (
          <p className="small muted">
            The latest {revisions.items.length} of {revisions.total} edits; the audit log keeps them all.
          </p>
        )}
        <RevisionHistory
          revisions={revisions?.items ?? []}
          claimStatements={{}}
          emptyText="No edits recorded. This source’s details have not changed since it was added."
        />
      </section>
    </div>
  );
}
