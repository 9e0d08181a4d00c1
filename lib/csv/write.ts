// Writing CSV (RFC 4180) with csv-stringify: a header row, CRLF between records, and a field
// quoted whenever it holds a comma, a quote, a CR or an LF (quotes inside are doubled).
// Pure: no I/O.
import { stringify } from "csv-stringify/sync";

/** One cell as the writer takes it: text, a number, true/false, or nothing (an empty cell). */
export type CsvCell = string | number | boolean | null | undefined;

/** A column of a CSV table: its header and how to read the cell from a row. */
export type CsvColumn<T> = { header: string; value: (row: T) => CsvCell };

/**
 * Formula injection (CSV injection): a spreadsheet runs a cell that starts with `=`, `+`, `-`
 * or `@` (and some read a leading tab or carriage return the same way) as a formula, so an
 * exported quote such as `=HYPERLINK(…)` could act when the file is opened. The rule:
 *
 *   a text cell that starts with one of FORMULA_TRIGGERS (or their full-width forms, which
 *   Apple Numbers folds to them) gets one apostrophe in front; so does a cell that already
 *   starts with an apostrophe followed by a trigger or by another apostrophe.
 *
 * Spreadsheets show the apostrophe as "this is text" and hide it. The second half makes the
 * rule reversible: readCsv takes the one apostrophe off again (restoreFormulaText), so every
 * string survives a round trip exactly. csv-stringify's own `escape_formulas` applies the same
 * prefix but not the second half, so `'=x` and `=x` would both read back as `=x`; hence the
 * explicit rule, passed to csv-stringify as its string cast.
 */
export const FORMULA_TRIGGERS = ["=", "+", "-", "@", "\t", "\r", "\uFF1D", "\uFF0B", "\uFF0D", "\uFF20"] as const;
const TRIGGERS = new Set<string>(FORMULA_TRIGGERS);
const APOSTROPHE = "'";

/** True for text a reader would strip one apostrophe from (see restoreFormulaText). */
const isEscaped = (value: string) => value[0] === APOSTROPHE && value.length > 1 && (TRIGGERS.has(value[1]) || value[1] === APOSTROPHE);

/** The cell text to write for `value`: with a leading apostrophe when the rule above says so. */
export function neutraliseFormula(value: string): string {
  return value.length > 0 && (TRIGGERS.has(value[0]) || isEscaped(value)) ? APOSTROPHE + value : value;
}

/** The inverse of neutraliseFormula: the text a cell stood for. */
export function restoreFormulaText(cell: string): string {
  return isEscaped(cell) ? cell.slice(1) : cell;
}

export type WriteCsvOptions = {
  /** Write the header row (default true): page 2 onwards of a streamed table leaves it out. */
  header?: boolean;
  /** Start with a UTF-8 byte order mark, so spreadsheets read the file as UTF-8 (default false). */
  bom?: boolean;
};

const BASE_OPTIONS = {
  record_delimiter: "\r\n",
  // A custom record delimiter turns off quoting of lone CR and LF unless this is said: any
  // line break inside a field must be quoted, or other readers split the record there.
  quote_record_delimiter: true,
  // Numbers and booleans are written as themselves; only text can carry a formula.
  cast: {
    string: (value: string) => neutraliseFormula(value),
    boolean: (value: boolean) => (value ? "true" : "false"),
    date: (value: Date) => value.toISOString(),
  },
} as const;

/** The rows as CSV text: the header row (unless turned off), then one record per row, each ending in CRLF. */
export function writeCsv<T>(columns: readonly CsvColumn<T>[], rows: readonly T[], options: WriteCsvOptions = {}): string {
  const records: CsvCell[][] = rows.map((row) => columns.map((c) => c.value(row)));
  if (options.header !== false) records.unshift(columns.map((c) => c.header));
  const text = stringify(records, BASE_OPTIONS);
  return options.bom ? `\uFEFF${text}` : text;
}

/** Plain records (arrays of cells) as CSV, the first being the header if there is one. */
export function writeCsvRecords(records: readonly CsvCell[][], options: Pick<WriteCsvOptions, "bom"> = {}): string {
  const text = stringify(records as CsvCell[][], BASE_OPTIONS);
  return options.bom ? `\uFEFF${text}` : text;
}
