import "server-only";
// POST /api/sources/{id}/import's body: the CSV itself (Content-Type: text/csv) or JSON
// `{ "csv": "…" }`, each read within its size limit; and the answers for the import's failures.
import type { NextResponse } from "next/server";
import { CsvImportError, rowErrorFields } from "../csv/claim-import";
import { ImportRowsError } from "../db/claim-import";
import { CSV_IMPORT_MAX_BYTES, csvImportJsonSchema } from "../validation/csv";
import { apiError, parseJsonBody, readBodyWithin } from "./respond";

type Body = { ok: true; csv: string } | { ok: false; response: NextResponse };

const mediaType = (request: Request) => request.headers.get("content-type")?.split(";")[0].trim().toLowerCase() ?? "";
const KIB = CSV_IMPORT_MAX_BYTES / 1024;
const tooLarge = () => apiError(413, "payload_too_large", `The CSV must be at most ${KIB} KiB; split the file and import it in parts`);

export async function readCsvImportBody(request: Request): Promise<Body> {
  const type = mediaType(request);
  if (type === "text/csv") {
    const bytes = await readBodyWithin(request, CSV_IMPORT_MAX_BYTES);
    if (bytes === null) return { ok: false, response: tooLarge() };
    try {
      return { ok: true, csv: new TextDecoder("utf-8", { fatal: true }).decode(bytes) };
    } catch {
      return { ok: false, response: apiError(400, "invalid_csv", "The CSV is not UTF-8 text", { csv: ["Save the file as UTF-8 (CSV UTF-8)"] }) };
    }
  }
  if (type === "application/json") {
    // JSON escapes can double the text's size; the schema then holds the CSV itself to the limit.
    const parsed = await parseJsonBody(request, csvImportJsonSchema, { maxBytes: 2 * CSV_IMPORT_MAX_BYTES + 1024, tooLarge });
    return parsed.ok ? { ok: true, csv: parsed.data.csv } : parsed;
  }
  return { ok: false, response: apiError(415, "unsupported_media_type", "Send the CSV with Content-Type: text/csv, or JSON { \"csv\": \"…\" } with Content-Type: application/json") };
}

/** A file-level problem or rows with errors, as the 400 envelope; null for anything else. */
export function csvImportFailure(e: unknown): NextResponse | null {
  if (e instanceof CsvImportError) return apiError(400, "invalid_csv", e.message, { [e.column]: [e.message] });
  if (e instanceof ImportRowsError) return apiError(400, "invalid_rows", e.message, rowErrorFields(e.preview.rows));
  return null;
}
