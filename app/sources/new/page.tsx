import type { Metadata } from "next";
import Link from "next/link";
import { AdminsOnly } from "@/components/admin/admins-only";
import { requireSignedIn } from "@/lib/auth/page-guard";
import { NewSourceForm } from "@/components/curation/source-form";
import { canManageSources } from "@/lib/auth/permissions";
import { createSourceAction } from "@/lib/actions/curation-actions";
import { utcToday } from "@/lib/db/dates";

export const metadata: Metadata = { title: "Add a source" };
export const dynamic = "force-dynamic";

export default async function NewSourcePage() {
  const actor = await requireSignedIn("/sources/new");
  if (!canManageSources(actor)) return <AdminsOnly title="Add a source" role={actor.role} />;
  return (
    <div className="stack">
      <div className="page-intro">
        <p className="small">
          <Link href="/sources">← All sources</Link>
        </p>
        <h1>Add a source</h1>
        <p className="muted">
          The essay, talk or report that makes the claims. You add its claims on the next page, or{" "}
          <Link href="/sources/new/find">paste its text and let the finder propose them</Link>.
        </p>
      </div>
      <section className="card measure">
        <NewSourceForm action={createSourceAction} today={utcToday()} />
      </section>
    </div>
  );
}
