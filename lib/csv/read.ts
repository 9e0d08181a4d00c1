// Reading CSV with csv-parse: a UTF-8 byte order mark is dropped, records may end in CRLF, LF
// or CR, quoted fields may hold delimiters, quotes ("" inside quotes) and line breaks, and
// blank lines are skipped (but counted, so row numbers match a spreadsheet's). The first
// record is the header. Cells are kept exactly as written
// (no trimming), except the one apostrophe the writer puts before a formula-like cell
// (restoreFormulaText in ./write). Pure: no I/O.
import { CsvError, parse } from "csv-parse/sync";
import { restoreFormulaText } from "./write";

/** A record after the header: `row` is its number as a spreadsheet shows it (the header is row 1). */
export type CsvRecord = { row: number; cells: string[] };
export type ParsedCsv = { header: string[]; records: CsvRecord[] };

/** The text is not CSV we can read (an unclosed quote, say), or breaks a limit. */
export class CsvReadError extends Error {
  constructor(message: string, readonly line?: number) {
    super(message);
    this.name = "CsvReadError";
  }
}

export type ReadCsvOptions = {
  /** The most records after the header; more is a CsvReadError that says the limit. */
  maxRecords?: number;
  /** The most characters in one record (guards against a missing closing quote swallowing the file). */
  maxRecordChars?: number;
};

const MESSAGES: Partial<Record<string, string>> = {
  CSV_QUOTE_NOT_CLOSED: "A quoted field is never closed: a double quote (\") is missing",
  CSV_INVALID_CLOSING_QUOTE: "A quoted field has text right after its closing quote; write a quote inside a quoted field as two quotes (\"\")",
  INVALID_OPENING_QUOTE: "A field has a quote in the middle of unquoted text; quote the whole field and double the quote (\"\")",
  CSV_MAX_RECORD_SIZE: "A record is too long",
};

export function readCsv(text: string, options: ReadCsvOptions = {}): ParsedCsv {
  let records: string[][];
  try {
    records = parse(text, {
      bom: true,
      // Blank lines come back as [""] and are dropped below, after numbering.
      skip_empty_lines: false,
      // Each record's cell count is checked against the header by the caller, row by row.
      relax_column_count: true,
      max_record_size: options.maxRecordChars ?? 0,
      // Stop soon after the limit: the rest is never held (blank lines count towards this cap).
      to: options.maxRecords !== undefined ? 2 * options.maxRecords + 2 : -1,
    }) as string[][];
  } catch (e) {
    if (e instanceof CsvError) {
      const line = typeof e.lines === "number" ? e.lines : undefined;
      const what = MESSAGES[e.code] ?? "The text is not valid CSV";
      throw new CsvReadError(line ? `${what} (near line ${line})` : what, line);
    }
    throw e;
  }
  if (records.length === 0) throw new CsvReadError("The CSV is empty: it needs a header row and at least one row of data");
  const isBlank = (cells: string[]) => cells.length === 1 && cells[0] === "";
  const first = records.findIndex((r) => !isBlank(r));
  if (first === -1) throw new CsvReadError("The CSV is empty: it needs a header row and at least one row of data");
  const out: CsvRecord[] = [];
  for (let i = first + 1; i < records.length; i++) {
    if (!isBlank(records[i])) out.push({ row: i + 1, cells: records[i].map(restoreFormulaText) });
  }
  if (options.maxRecords !== undefined && out.length > options.maxRecords) {
    throw new CsvReadError(`Too many rows: at most ${options.maxRecords.toLocaleString("en")} rows after the header at a time`);
  }
  return { header: records[first].map((h) => h.trim()), records: out };
}
