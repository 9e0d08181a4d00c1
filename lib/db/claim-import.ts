import "server-only";
// Importing a source's claims from CSV: the preview (every row read and checked, nothing
// written) and the import itself (every row written in one transaction, or none). Rows are
// read by lib/csv/claim-import.ts's row adapter over createPredictionSchema; each claim is
// created by insertPrediction, the one way a claim is created (its revision, its audit row,
// its parent's roll-up and the trend rows), after the source's existing claims in file order.
import { type ClaimRow, type ParsedClaimCsv, parseClaimCsv } from "../csv/claim-import";
import { Prisma } from "../generated/prisma/client";
import type { FieldErrors } from "../validation/common";
import type { AuditActor } from "./audit";
import { insertPrediction } from "./claims";
import { prisma } from "./client";
import { NotFoundError } from "./errors";

type Db = Prisma.TransactionClient | typeof prisma;

export type ImportPreviewRow = { row: number; values: Record<string, string>; errors: FieldErrors; parentRow: number | null };
export type ImportPreview = {
  source: { id: string; title: string };
  columns: string[];
  ignoredColumns: string[];
  rows: ImportPreviewRow[];
  valid: number;
  invalid: number;
};

/** Some rows have errors: nothing was written. `preview` lists every row with its errors. */
export class ImportRowsError extends Error {
  constructor(readonly preview: ImportPreview) {
    super(`${preview.invalid} of ${preview.rows.length} rows have errors; nothing was imported`);
    this.name = "ImportRowsError";
  }
}

export type ImportedClaim = { row: number; id: string; statement: string };

/** At most this many ids in one lookup, well below any database's bind limit. */
const LOOKUP_CHUNK = 200;

/** Marks rows whose parentId names no claim. The ids come from the file, so at most a file's rows. */
async function checkParentIds(db: Db, rows: ClaimRow[]): Promise<void> {
  const wanted = [...new Set(rows.flatMap((r) => (r.input?.parentId ? [r.input.parentId] : [])))];
  const found = new Set<string>();
  for (let i = 0; i < wanted.length; i += LOOKUP_CHUNK) {
    const chunk = await db.prediction.findMany({ where: { id: { in: wanted.slice(i, i + LOOKUP_CHUNK) } }, select: { id: true } });
    for (const c of chunk) found.add(c.id);
  }
  for (const r of rows) {
    if (r.input?.parentId && !found.has(r.input.parentId)) {
      (r.errors.parentId ??= []).push("Parent claim not found");
      r.input = null;
    }
  }
  // A sub-claim of a row with errors cannot be created either; its own row says why.
  const bad = new Set(rows.filter((r) => r.input === null).map((r) => r.row));
  for (const r of rows) {
    if (r.parentRow !== null && bad.has(r.parentRow) && r.input !== null) {
      (r.errors.parentRow ??= []).push(`Row ${r.parentRow}, its parent, has errors`);
      r.input = null;
    }
  }
}

function previewOf(source: { id: string; title: string }, parsed: ParsedClaimCsv): ImportPreview {
  const invalid = parsed.rows.filter((r) => r.input === null).length;
  return {
    source,
    columns: parsed.columns,
    ignoredColumns: parsed.ignoredColumns,
    rows: parsed.rows.map((r) => ({ row: r.row, values: r.values, errors: r.errors, parentRow: r.parentRow })),
    valid: parsed.rows.length - invalid,
    invalid,
  };
}

async function readImport(db: Db, sourceId: string, csv: string) {
  const source = await db.source.findUnique({ where: { id: sourceId }, select: { id: true, title: true, publishedOn: true } });
  if (!source) throw new NotFoundError("Source", sourceId);
  const parsed = parseClaimCsv(csv, source.id);
  await checkParentIds(db, parsed.rows);
  return { source, parsed, preview: previewOf({ id: source.id, title: source.title }, parsed) };
}

/**
 * Every row of the file, read and checked exactly as the import would, with its errors by
 * column. Writes nothing. A file-level problem throws CsvImportError; an unknown source NotFoundError.
 */
export async function previewClaimImport(sourceId: string, csv: string): Promise<ImportPreview> {
  return (await readImport(prisma, sourceId, csv)).preview;
}

/**
 * Creates a claim for every row, in one transaction, after the source's existing claims and
 * in the file's order; a `parentRow` becomes the id of that row's new claim. If any row has
 * an error, nothing is written and ImportRowsError carries the preview.
 */
export async function importClaims(sourceId: string, csv: string, actor: AuditActor): Promise<{ source: { id: string; title: string }; claims: ImportedClaim[] }> {
  return prisma.$transaction(async (tx) => {
    const { source, parsed, preview } = await readImport(tx, sourceId, csv);
    if (preview.invalid > 0) throw new ImportRowsError(preview);
    const last = await tx.prediction.aggregate({ where: { sourceId: source.id }, _max: { position: true } });
    let position = last._max.position ?? 0;
    const idOfRow = new Map<number, string>();
    const claims: ImportedClaim[] = [];
    for (const r of parsed.rows) {
      const { sourceId: _source, ...input } = r.input!;
      const parentId = r.parentRow !== null ? idOfRow.get(r.parentRow) : input.parentId;
      const { id } = await insertPrediction(tx, source, { ...input, parentId }, actor, { position: ++position });
      idOfRow.set(r.row, id);
      claims.push({ row: r.row, id, statement: input.statement });
    }
    return { source: { id: source.id, title: source.title }, claims };
  });
}
