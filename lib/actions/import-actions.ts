"use server";
// The CSV import's form (/sources/[id]/import): "Preview" reads the uploaded or pasted CSV and
// checks every row, writing nothing; "Import" writes the previewed file's rows in one
// transaction (lib/db/claim-import.ts), the same path as POST /api/sources/{id}/import.
import { revalidatePath } from "next/cache";
import { canManageClaims } from "../auth/permissions";
import { CsvImportError } from "../csv/claim-import";
import { ImportRowsError, importClaims, previewClaimImport } from "../db/claim-import";
import type { ClaimImportState } from "../forms/claim-import-state";
import { fieldErrorsOf } from "../validation/common";
import { CSV_IMPORT_MAX_BYTES, csvImportJsonSchema } from "../validation/csv";
import { allowAction } from "./guard";
import { actionFailure, FORBIDDEN_STATE } from "./result";

const KIB = CSV_IMPORT_MAX_BYTES / 1024;

type Read = { ok: true; csv: string } | { ok: false; state: ClaimImportState };

/** The CSV the form sent: the previewed file back (import), else the chosen file, else the pasted text. */
async function readSubmitted(form: FormData, isImport: boolean): Promise<Read> {
  const pasted = typeof form.get("csv") === "string" ? (form.get("csv") as string) : "";
  const refuse = (field: string, message: string): Read => ({ ok: false, state: { status: "error", message, fieldErrors: { [field]: [message] }, pasted } });
  let text: string;
  const file = form.get("file");
  if (isImport) {
    const token = form.get("csvToken");
    if (typeof token !== "string" || token === "") return refuse("csv", "Preview the file first, then import it.");
    text = Buffer.from(token, "base64").toString("utf8");
  } else if (file instanceof File && file.size > 0) {
    if (file.size > CSV_IMPORT_MAX_BYTES) return refuse("file", `The file is larger than ${KIB} KiB; split it and import it in parts.`);
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(await file.arrayBuffer());
    } catch {
      return refuse("file", "The file is not UTF-8 text: save it as “CSV UTF-8” and choose it again.");
    }
  } else {
    text = pasted;
  }
  const checked = csvImportJsonSchema.safeParse({ csv: text });
  if (!checked.success) {
    const message = fieldErrorsOf(checked.error).csv?.[0] ?? "The CSV is invalid";
    return refuse(isImport ? "csv" : file instanceof File && file.size > 0 ? "file" : "csv", message === "csv must not be empty" ? "Choose a CSV file or paste the CSV text." : message.replace(/^csv/, "The CSV"));
  }
  return { ok: true, csv: checked.data.csv };
}

export async function claimImportAction(sourceId: string, _prev: ClaimImportState, form: FormData): Promise<ClaimImportState> {
  const who = await allowAction(canManageClaims, `/sources/${sourceId}/import`);
  if (!who) return FORBIDDEN_STATE;
  const isImport = form.get("intent") === "import";
  const read = await readSubmitted(form, isImport);
  if (!read.ok) return read.state;
  const csvToken = Buffer.from(read.csv, "utf8").toString("base64");
  const pasted = isImport ? undefined : typeof form.get("csv") === "string" ? (form.get("csv") as string) : undefined;
  try {
    if (!isImport) {
      const preview = await previewClaimImport(sourceId, read.csv);
      return {
        status: "preview",
        message: preview.invalid === 0 ? `${preview.valid} ${preview.valid === 1 ? "row is" : "rows are"} ready to import. Nothing is saved until you import.` : `${preview.invalid} of ${preview.rows.length} rows have errors. Fix them in the file and preview again; nothing has been saved.`,
        preview,
        csvToken,
        pasted,
      };
    }
    const result = await importClaims(sourceId, read.csv, who.audit);
    revalidatePath(`/sources/${sourceId}`);
    revalidatePath("/predictions");
    const n = result.claims.length;
    return { status: "done", message: `Imported ${n} ${n === 1 ? "claim" : "claims"} into “${result.source.title}”.`, imported: result.claims };
  } catch (e) {
    if (e instanceof CsvImportError) return { status: "error", message: e.message, fieldErrors: { csv: [e.message] }, pasted };
    if (e instanceof ImportRowsError) {
      return { status: "preview", message: `${e.message}. Fix the rows with errors and preview again.`, preview: e.preview, csvToken, pasted };
    }
    const failure = actionFailure(e, { notFound: "This source no longer exists." });
    return { status: "error", message: failure.message, pasted };
  }
}
