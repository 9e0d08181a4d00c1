// Claims from CSV: the columns an import takes, the header check, and the row adapter that
// turns one CSV row into the input of createPredictionSchema (lib/validation/curation.ts), the
// same schema the add-claim form and POST /api/predictions use. There is no second schema:
// the adapter only splits cells (horizon years, tags, the credence override) into the shape
// the schema takes, and maps the schema's field names back to column names. Pure: no I/O;
// the checks that need the database (a parentId that exists) are in lib/db/claim-import.ts.
import { parseCredence } from "../credence";
import { createPredictionSchema, type CreatePrediction } from "../validation/curation";
import { fieldErrorsOf, type FieldErrors } from "../validation/common";
import { CSV_IMPORT_MAX_ROWS } from "../validation/csv";
import { type ParsedCsv, CsvReadError, readCsv } from "./read";
import { writeCsvRecords } from "./write";

export type ImportColumn = { name: string; required: boolean; description: string; example: string };

/** The columns an import reads, in the template's order. Column names match the claims export's. */
export const IMPORT_COLUMNS: readonly ImportColumn[] = [
  { name: "quote", required: true, description: "The claim's exact words in the source (at most 2,000 characters). Its hedge words set the implied credence.", example: "I expect most new cars sold in Norway to be electric within a few years." },
  { name: "statement", required: true, description: "What would make the claim true, stated so it can be checked (at most 2,000 characters).", example: "Battery-electric cars are more than half of new cars sold in Norway." },
  { name: "criteria", required: true, description: "How the claim will be resolved (at most 4,000 characters).", example: "Confirmed when OFV's yearly figures show a battery-electric share above 50 %." },
  { name: "horizonFrom", required: true, description: "The first year the claim could come true, e.g. 2024.", example: "2024" },
  { name: "horizonTo", required: true, description: "The last year of the horizon, the same as or after horizonFrom.", example: "2027" },
  { name: "section", required: false, description: "The heading the quote sits under.", example: "Transport" },
  { name: "horizonPhrase", required: false, description: "The source's wording the horizon was read from, e.g. “within a few years”.", example: "within a few years" },
  { name: "madeOn", required: false, description: "The day the claim was made, YYYY-MM-DD; blank means the source's publication date.", example: "" },
  { name: "tags", required: false, description: "Tag names separated by “;” (or “,”), at most 20.", example: "energy; transport" },
  { name: "parentId", required: false, description: "The id of an existing claim this one is a sub-claim of.", example: "" },
  { name: "parentRow", required: false, description: "Or: the row number (as a spreadsheet shows it, the header being row 1) of an earlier claim in this file that this one is a sub-claim of.", example: "" },
  { name: "credence", required: false, description: "Overrides the credence the quote's wording implies: 85, 85 % or 0.85. Needs credenceReason.", example: "" },
  { name: "credenceReason", required: false, description: "Why the credence is overridden.", example: "" },
];

/**
 * Columns the claims export writes that an import does not take: they are read-only facts
 * (ids, verdicts, counts), so an exported file can be imported again and these are skipped.
 */
export const EXPORT_ONLY_COLUMNS = [
  "id", "sourceId", "source", "position", "impliedCredence", "credenceWord", "credenceOverridden",
  "currentVerdict", "currentVerdictOn", "currentVerdictCredence", "effectiveGrade", "verdictCount",
  "evidenceCount", "supports", "contradicts", "mixed", "createdAt",
] as const;

const key = (header: string) => header.toLowerCase().replace(/[\s_-]+/g, "");
const BY_KEY = new Map(IMPORT_COLUMNS.map((c) => [key(c.name), c.name]));
const SKIPPED = new Set<string>(EXPORT_ONLY_COLUMNS.map(key));

/** A problem with the file as a whole: no header, a missing or unknown column, too many rows, bad CSV. */
export class CsvImportError extends Error {
  constructor(message: string, readonly column = "csv") {
    super(message);
    this.name = "CsvImportError";
  }
}

/** The template: the header row and one example row. */
export function importTemplateCsv(): string {
  return writeCsvRecords([IMPORT_COLUMNS.map((c) => c.name), IMPORT_COLUMNS.map((c) => c.example)], { bom: true });
}

export type ClaimRowValues = Record<string, string>;

/** One data row, read and checked: the claim it would create, or what is wrong, by column ("_": the row itself). */
export type ClaimRow = {
  row: number;
  values: ClaimRowValues;
  input: CreatePrediction | null;
  errors: FieldErrors;
  /** The row number of the earlier row this claim is a sub-claim of. */
  parentRow: number | null;
};

export type ParsedClaimCsv = { columns: string[]; ignoredColumns: string[]; rows: ClaimRow[] };

/**
 * Reads an import file: the header (columns matched without regard to case, spaces,
 * dashes or underscores), then each row through the row adapter. A file-level problem
 * throws CsvImportError; row problems are listed on their rows.
 */
export function parseClaimCsv(text: string, sourceId: string): ParsedClaimCsv {
  let table: ParsedCsv;
  try {
    table = readCsv(text, { maxRecords: CSV_IMPORT_MAX_ROWS, maxRecordChars: 64 * 1024 });
  } catch (e) {
    if (e instanceof CsvReadError) throw new CsvImportError(e.message);
    throw e;
  }
  const columns: (string | null)[] = [];
  const seen = new Set<string>();
  const unknown: string[] = [];
  const ignoredColumns: string[] = [];
  for (const h of table.header) {
    const name = BY_KEY.get(key(h));
    if (name) {
      if (seen.has(name)) throw new CsvImportError(`The column “${name}” appears twice in the header`);
      seen.add(name);
      columns.push(name);
    } else {
      if (SKIPPED.has(key(h))) ignoredColumns.push(h);
      else if (h !== "") unknown.push(h);
      columns.push(null);
    }
  }
  if (unknown.length) {
    throw new CsvImportError(
      `Unknown column${unknown.length > 1 ? "s" : ""}: ${unknown.slice(0, 5).map((u) => `“${u.slice(0, 40)}”`).join(", ")}. The columns are: ${IMPORT_COLUMNS.map((c) => c.name).join(", ")}`,
    );
  }
  const missing = IMPORT_COLUMNS.filter((c) => c.required && !seen.has(c.name)).map((c) => c.name);
  if (missing.length) {
    throw new CsvImportError(`The header row must name the required column${missing.length > 1 ? "s" : ""} ${missing.join(", ")} (the first row of the file is the header)`);
  }
  if (table.records.length === 0) throw new CsvImportError("The CSV has a header row but no rows of claims");
  const rows = table.records.map((r) => {
    const values: ClaimRowValues = {};
    columns.forEach((name, i) => {
      if (name) values[name] = r.cells[i] ?? "";
    });
    const row = claimRowOf(r.row, values, sourceId);
    if (r.cells.length > table.header.length) {
      (row.errors._ ??= []).push(`This row has ${r.cells.length} cells but the header names ${table.header.length} columns: check for an unquoted comma`);
      row.input = null;
    }
    return row;
  });
  checkParentRows(rows);
  return { columns: columns.filter((c): c is string => c !== null), ignoredColumns, rows };
}

/** Where createPredictionSchema's fields sit in the CSV. */
const COLUMN_OF: Record<string, string> = {
  horizon: "horizonFrom",
  "horizon.from": "horizonFrom",
  "horizon.to": "horizonTo",
  credenceOverride: "credence",
  "credenceOverride.credence": "credence",
  "credenceOverride.reason": "credenceReason",
  sourceId: "_",
};

const blankToUndefined = (v: string | undefined) => (v === undefined || v.trim() === "" ? undefined : v);

/** A year cell: a whole number as a number, anything else as typed so the schema names the problem. */
function yearCell(v: string | undefined): unknown {
  const t = v?.trim();
  if (!t) return undefined;
  return /^-?\d+$/.test(t) ? Number(t) : t;
}

/** The row adapter: one row's cells → createPredictionSchema's input, validated by it. */
export function claimRowOf(row: number, values: ClaimRowValues, sourceId: string): ClaimRow {
  const errors: FieldErrors = {};
  const add = (column: string, message: string) => (errors[column] ??= []).push(message);
  const raw: Record<string, unknown> = {
    sourceId,
    quote: values.quote ?? "",
    section: values.section ?? "",
    statement: values.statement ?? "",
    criteria: values.criteria ?? "",
    horizon: { from: yearCell(values.horizonFrom), to: yearCell(values.horizonTo) },
    horizonPhrase: blankToUndefined(values.horizonPhrase),
    madeOn: blankToUndefined(values.madeOn)?.trim(),
    tags: (values.tags ?? "").split(/[;,]/).map((t) => t.trim()).filter(Boolean),
    parentId: blankToUndefined(values.parentId)?.trim(),
  };
  const credenceText = blankToUndefined(values.credence);
  const reason = blankToUndefined(values.credenceReason);
  if (credenceText !== undefined || reason !== undefined) {
    const c = parseCredence(credenceText ?? "");
    if (!c.ok) add("credence", c.message);
    // A reason without a credence: the schema says the credence is missing. An unreadable
    // credence has its message already; a stand-in value lets the schema still check the reason.
    const credence = !c.ok ? 0.5 : (c.value ?? undefined);
    raw.credenceOverride = { credence, reason: reason ?? "" };
  }
  let parentRow: number | null = null;
  const parentRowText = blankToUndefined(values.parentRow)?.trim();
  if (parentRowText !== undefined) {
    if (!/^\d+$/.test(parentRowText)) add("parentRow", "parentRow must be the number of an earlier row");
    else parentRow = Number(parentRowText);
    if (raw.parentId !== undefined) add("parentRow", "Give either parentId or parentRow, not both");
  }
  const parsed = createPredictionSchema.safeParse(raw);
  if (!parsed.success) {
    for (const [field, messages] of Object.entries(fieldErrorsOf(parsed.error, { depth: 2 }))) {
      const column = COLUMN_OF[field] ?? field.split(".")[0];
      for (const m of messages) if (!errors[column]?.includes(m)) add(column, m);
    }
  }
  const ok = parsed.success && Object.keys(errors).length === 0;
  return { row, values, input: ok ? parsed.data : null, errors, parentRow };
}

/** A parentRow must name an earlier row of the same file. */
function checkParentRows(rows: ClaimRow[]) {
  const numbers = new Set(rows.map((r) => r.row));
  for (const r of rows) {
    if (r.parentRow === null) continue;
    const problem =
      r.parentRow >= r.row ? `parentRow must be an earlier row than this one (${r.row})` : !numbers.has(r.parentRow) ? `Row ${r.parentRow} is not a claim row of this file` : null;
    if (problem) {
      (r.errors.parentRow ??= []).push(problem);
      r.input = null;
    }
  }
}

/** Every row error as one list, "Row 3, statement: …", for the API's envelope and the form. */
export function rowErrorFields(rows: readonly Pick<ClaimRow, "row" | "errors">[]): FieldErrors {
  const out: FieldErrors = {};
  for (const r of rows) {
    for (const [column, messages] of Object.entries(r.errors)) {
      out[`rows.${r.row}.${column}`] = messages.map((m) => (column === "_" ? `Row ${r.row}: ${m}` : `Row ${r.row}, ${column}: ${m}`));
    }
  }
  return out;
}
