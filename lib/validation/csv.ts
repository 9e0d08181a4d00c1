// The CSV inputs: GET /api/predictions's `format` and `table`, and POST
// /api/sources/{id}/import's body and `dryRun`. The claim rows themselves are validated by
// createPredictionSchema (./curation) through the row adapter in lib/csv/claim-import.ts.
import { z } from "zod";
import { STRICT } from "./common";

export const LIST_FORMATS = ["json", "csv"] as const;
export type ListFormat = (typeof LIST_FORMATS)[number];
/** The tables GET /api/predictions writes as CSV; each follows the claim list's filters. */
export const CSV_TABLES = ["claims", "evidence", "verdicts"] as const;
export type CsvTable = (typeof CSV_TABLES)[number];

/**
 * `?format=` and `?table=` on GET /api/predictions. Unlike the list's filters (which drop a
 * value they cannot read), these are refused with a 400 naming the field: asking for a table
 * that does not exist must not silently answer with another one.
 */
export const predictionListFormatSchema = z.object({
  format: z.enum(LIST_FORMATS, { error: `format must be one of: ${LIST_FORMATS.join(", ")}` }).optional(),
  table: z.enum(CSV_TABLES, { error: `table must be one of: ${CSV_TABLES.join(", ")}` }).optional(),
});
export type PredictionListFormat = z.output<typeof predictionListFormatSchema>;

/** At most this many claim rows in one import; a source rarely has more. */
export const CSV_IMPORT_MAX_ROWS = 500;
/** At most this many bytes of CSV (UTF-8) in one import: 512 KiB. */
export const CSV_IMPORT_MAX_BYTES = 512 * 1024;

/** The text's size in UTF-8 bytes, without allocating a copy per character. */
export function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** POST /api/sources/{id}/import as JSON: the CSV text in one field. */
export const csvImportJsonSchema = z.strictObject(
  {
    csv: z
      .string({ error: "csv must be the CSV text" })
      .min(1, "csv must not be empty")
      .refine((v) => utf8Length(v) <= CSV_IMPORT_MAX_BYTES, `csv must be at most ${CSV_IMPORT_MAX_BYTES / 1024} KiB`),
  },
  STRICT,
);
export type CsvImportJson = z.input<typeof csvImportJsonSchema>;

/** `?dryRun=1` (or `true`) previews the import and writes nothing. */
export const csvImportQuerySchema = z.object({
  dryRun: z.enum(["1", "0", "true", "false"], { error: "dryRun must be 1 or 0" }).optional().transform((v) => v === "1" || v === "true"),
});
