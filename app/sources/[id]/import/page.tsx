import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AdminsOnly } from "@/components/admin/admins-only";
import { TableScroll } from "@/components/ui/table-scroll";
import { ClaimImportForm } from "@/components/curation/claim-import-form";
import { claimImportAction } from "@/lib/actions/import-actions";
import { guardedLoader, requireSignedIn } from "@/lib/auth/page-guard";
import { canManageClaims } from "@/lib/auth/permissions";
import { IMPORT_COLUMNS } from "@/lib/csv/claim-import";
import { getSource } from "@/lib/db/sources";
import { CSV_IMPORT_MAX_BYTES, CSV_IMPORT_MAX_ROWS } from "@/lib/validation/csv";

export const dynamic = "force-dynamic";

/** The access check runs before the source is read, for the page and its title alike. */
const loadSource = guardedLoader((id) => `/sources/${id}/import`, (id) => getSource(id), requireSignedIn);

export async function generateMetadata({ params }: PageProps<"/sources/[id]/import">): Promise<Metadata> {
  const { data: s } = await loadSource((await params).id);
  return { title: s ? `Import claims: ${s.title}` : "Source not found" };
}

export default async function ImportClaimsPage({ params }: PageProps<"/sources/[id]/import">) {
  const { id } = await params;
  const { actor, data: source } = await loadSource(id);
  if (!actor) return null; // unreachable: the guard sends anyone signed out to sign-in
  if (!canManageClaims(actor)) return <AdminsOnly title="Import claims" role={actor.role} />;
  if (!source) notFound();
  return (
    <div className="stack">
      <div className="page-intro">
        <p className="small">
          <Link href={`/sources/${source.id}`}>← Back to the source</Link>
        </p>
        <h1>Import claims into “{source.title}”</h1>
        <p className="muted">
          Add many claims at once from a CSV file. You see every row and its problems first; nothing is saved until you
          import, and then all rows are saved together, or none. Each claim is recorded as if added by hand, with its history.
        </p>
      </div>
      <section className="card measure-wide">
        <ClaimImportForm action={claimImportAction.bind(null, source.id)} sourceId={source.id} />
      </section>
      <section className="card" aria-labelledby="import-columns-heading">
        <h2 id="import-columns-heading">The columns</h2>
        <p>
          The first row names the columns, in any order; each further row is one claim, at most {CSV_IMPORT_MAX_ROWS} rows
          and {CSV_IMPORT_MAX_BYTES / 1024} KiB. Rows are numbered as a spreadsheet shows them (the header is row 1).{" "}
          <a href={`/api/sources/${source.id}/import`} download>
            Download the template (CSV)
          </a>
          . A claims file exported from the prediction list can be imported as it is: its read-only columns (ids,
          verdicts, counts) are skipped.
        </p>
        <TableScroll label="The import’s columns">
          <table className="data">
            <thead>
              <tr>
                <th scope="col">Column</th>
                <th scope="col">Required</th>
                <th scope="col">What it holds</th>
              </tr>
            </thead>
            <tbody>
              {IMPORT_COLUMNS.map((c) => (
                <tr key={c.name}>
                  <th scope="row">
                    <code>{c.name}</code>
                  </th>
                  <td>{c.required ? "required" : "optional"}</td>
                  <td>{c.description}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </section>
    </div>
  );
}
