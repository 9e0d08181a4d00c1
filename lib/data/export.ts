// Writes the data document (lib/validation/data-document.ts) table by table, a page of rows
// at a time, so an export of 200,000 evidence items never holds them all: the CLI streams it
// to stdout or a file, GET /api/export to the response. Rows come in id order and each key
// in the schema's order, so exporting the same data twice gives the same bytes apart from
// `exportedAt`. One row per line keeps the file easy to diff.
import type { Db } from "../db/client";
import { countTable, readSnapshot, readTablePages } from "../db/data";
import { DATA_FORMAT, DATA_TABLES, DATA_VERSION, USER_TABLES, type DataDocument, type DataTable } from "../validation/data-document";

export type ExportOptions = {
  /** Also accounts (never their credentials), claim follows and the audit log. */
  withUsers: boolean;
  now?: Date;
};

export type ExportProgress = { table: DataTable; done: number; total: number };
export type ExportSummary = { tables: Partial<Record<DataTable, number>>; rows: number };

/** The tables a document holds: the user tables only with `withUsers`. */
export function exportedTables(withUsers: boolean): DataTable[] {
  return DATA_TABLES.filter((t) => withUsers || !(USER_TABLES as readonly string[]).includes(t));
}

/**
 * Writes the whole document through `write` (awaited, so a slow reader holds the export back
 * rather than filling memory), from one consistent snapshot of the database.
 */
export async function writeDataDocument(
  db: Db,
  options: ExportOptions,
  write: (chunk: string) => Promise<void> | void,
  onProgress?: (p: ExportProgress) => void,
): Promise<ExportSummary> {
  const tables = exportedTables(options.withUsers);
  return readSnapshot(db, async (tx) => {
    const totals = new Map<DataTable, number>();
    for (const t of tables) totals.set(t, await countTable(tx, t));
    const total = [...totals.values()].reduce((a, b) => a + b, 0);
    const head = { format: DATA_FORMAT, version: DATA_VERSION, exportedAt: (options.now ?? new Date()).toISOString(), includesUsers: options.withUsers };
    await write(JSON.stringify(head).slice(0, -1));
    const summary: ExportSummary = { tables: {}, rows: 0 };
    for (const table of tables) {
      await write(`,\n${JSON.stringify(table)}:[`);
      let n = 0;
      for await (const page of readTablePages(tx, table, { withUsers: options.withUsers })) {
        await write(page.map((row, i) => (n + i === 0 ? "\n" : ",\n") + JSON.stringify(row)).join(""));
        n += page.length;
        summary.rows += page.length;
        onProgress?.({ table, done: summary.rows, total: Math.max(total, summary.rows) });
      }
      await write(n ? "\n]" : "]");
      summary.tables[table] = n;
    }
    await write("\n}\n");
    return summary;
  });
}

/** The document as one object, for small databases and tests; the CLI and the API stream instead. */
export async function exportDataDocument(db: Db, options: ExportOptions): Promise<DataDocument> {
  const parts: string[] = [];
  await writeDataDocument(db, options, (chunk) => {
    parts.push(chunk);
  });
  return JSON.parse(parts.join("")) as DataDocument;
}
