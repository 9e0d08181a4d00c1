"use client";

import Link from "next/link";
import { useActionState } from "react";
import { Field } from "@/components/ui/field";
import { TableScroll } from "@/components/ui/table-scroll";
import type { ImportPreview } from "@/lib/db/claim-import";
import { type ClaimImportAction, type ClaimImportState, INITIAL_CLAIM_IMPORT_STATE } from "@/lib/forms/claim-import-state";
import { describe } from "@/lib/forms/form-values";
import { CSV_IMPORT_MAX_BYTES, CSV_IMPORT_MAX_ROWS } from "@/lib/validation/csv";

const KIB = CSV_IMPORT_MAX_BYTES / 1024;
const plural = (n: number, one: string, many: string) => `${n.toLocaleString("en")} ${n === 1 ? one : many}`;

/** Upload or paste → a preview of every row with its errors → import, all in one transaction. */
export function ClaimImportForm({ action, sourceId }: { action: ClaimImportAction; sourceId: string }) {
  const [state, formAction, pending] = useActionState(action, INITIAL_CLAIM_IMPORT_STATE);
  if (state.status === "done") return <ImportDone state={state} sourceId={sourceId} />;
  const errors = state.fieldErrors ?? {};
  const preview = state.status === "preview" ? state.preview : undefined;
  return (
    <div className="stack">
      <form action={formAction} className="form" aria-labelledby="import-choose-heading" noValidate>
        <h2 id="import-choose-heading">Choose the CSV</h2>
        <div aria-live="polite" role="status">
          {state.status === "error" && state.message && <p className="alert error">{state.message}</p>}
        </div>
        <Field id="import-file" label="CSV file" hint={`UTF-8, with a header row; at most ${KIB} KiB and ${CSV_IMPORT_MAX_ROWS} rows.`} errors={errors.file}>
          {(d, bad) => (
            <input
              id="import-file"
              type="file"
              name="file"
              accept=".csv,text/csv"
              {...describe(d, bad)}
              onChange={(e) => {
                const f = e.currentTarget.files?.[0];
                e.currentTarget.setCustomValidity(f && f.size > CSV_IMPORT_MAX_BYTES ? `The file is larger than ${KIB} KiB; split it and import it in parts.` : "");
                e.currentTarget.reportValidity();
              }}
            />
          )}
        </Field>
        <Field id="import-text" label="Or paste the CSV" hint="Used when no file is chosen." errors={errors.csv}>
          {(d, bad) => <textarea id="import-text" name="csv" rows={8} spellCheck={false} defaultValue={state.pasted ?? ""} key={state.pasted ?? ""} {...describe(d, bad)} />}
        </Field>
        <div>
          <button type="submit" name="intent" value="preview" className="button" disabled={pending}>
            {pending ? "Reading…" : "Preview"}
          </button>
        </div>
      </form>
      {preview && state.csvToken && (
        <section aria-labelledby="import-preview-heading" className="stack">
          <h2 id="import-preview-heading">Preview</h2>
          <div aria-live="polite" role="status">
            {state.message && <p className={`alert ${preview.invalid ? "error" : "success"}`}>{state.message}</p>}
          </div>
          {preview.ignoredColumns.length > 0 && (
            <p className="small muted">Skipped columns (an export’s read-only facts): {preview.ignoredColumns.join(", ")}.</p>
          )}
          <PreviewTable preview={preview} />
          {preview.invalid === 0 ? (
            <form action={formAction}>
              <input type="hidden" name="csvToken" value={state.csvToken} />
              <button type="submit" name="intent" value="import" className="button" disabled={pending}>
                {pending ? "Importing…" : `Import ${plural(preview.valid, "claim", "claims")}`}
              </button>
            </form>
          ) : (
            <p>Nothing can be imported until every row is fixed: the import writes all rows or none.</p>
          )}
        </section>
      )}
    </div>
  );
}

function PreviewTable({ preview }: { preview: ImportPreview }) {
  return (
    <TableScroll label="Preview of the rows">
      <table className="data" data-testid="import-preview">
        <caption>
          {plural(preview.rows.length, "row", "rows")}: {preview.valid} ready, {preview.invalid} with errors
        </caption>
        <thead>
          <tr>
            <th scope="col">Row</th>
            <th scope="col">Problems</th>
            <th scope="col">Quote</th>
            <th scope="col">Statement</th>
            <th scope="col">Horizon</th>
            <th scope="col">Section</th>
            <th scope="col">Tags</th>
            <th scope="col">Parent</th>
            <th scope="col">Credence</th>
          </tr>
        </thead>
        <tbody>
          {preview.rows.map((r) => {
            const problems = Object.entries(r.errors).flatMap(([column, messages]) => messages.map((m) => (column === "_" ? m : `${column}: ${m}`)));
            const v = r.values;
            return (
              <tr key={r.row}>
                <th scope="row">{r.row}</th>
                <td>
                  {problems.length === 0 ? (
                    "Ready"
                  ) : (
                    <ul className="plain field-error">
                      {problems.map((p) => (
                        <li key={p}>{p}</li>
                      ))}
                    </ul>
                  )}
                </td>
                <td>{v.quote}</td>
                <td>{v.statement}</td>
                <td>{[v.horizonFrom, v.horizonTo].filter(Boolean).join("–")}</td>
                <td>{v.section}</td>
                <td>{v.tags}</td>
                <td>{r.parentRow !== null ? `row ${r.parentRow}` : v.parentId}</td>
                <td>{v.credence}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}

function ImportDone({ state, sourceId }: { state: ClaimImportState; sourceId: string }) {
  const imported = state.imported ?? [];
  return (
    <section aria-labelledby="import-done-heading" className="stack">
      <h2 id="import-done-heading">Imported</h2>
      <div aria-live="polite" role="status">
        <p className="alert success">{state.message}</p>
      </div>
      <ol data-testid="imported-claims">
        {imported.map((c) => (
          <li key={c.id}>
            <Link href={`/predictions/${c.id}`}>{c.statement}</Link> <span className="small muted">(row {c.row})</span>
          </li>
        ))}
      </ol>
      <p>
        <Link href={`/sources/${sourceId}`}>Back to the source</Link> · <a href={`/sources/${sourceId}/import`}>Import another file</a>
      </p>
    </section>
  );
}
