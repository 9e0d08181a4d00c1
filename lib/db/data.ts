// The database side of the data document (lib/validation/data-document.ts): reading each
// table in keyset pages for the export, telling an empty (or only seeded) database from one
// that holds data, looking up which rows a document already has, and writing rows in chunks.
// Every statement binds a bounded number of values (at most BIND_LIMIT), whatever the size
// of the data; plain SQL that SQLite and PostgreSQL both run.
import {
  dataAuditSchema,
  dataClaimFollowSchema,
  dataClaimRevisionSchema,
  dataClaimSchema,
  dataEvidenceSchema,
  dataReviewEntrySchema,
  dataReviewEventSchema,
  dataReviewSchema,
  dataSettingSchema,
  dataSourceRevisionSchema,
  dataSourceSchema,
  dataTagSchema,
  dataUserSchema,
  dataVerdictSchema,
  dateKeysOf,
  type DataRow,
  type DataTable,
} from "../validation/data-document";
import { Prisma } from "../generated/prisma/client";
import { auditRow, type AuditActor } from "./audit";
import { databaseProvider, type Db } from "./client";

export type Tx = Prisma.TransactionClient;

/** Rows per export page: large enough to be quick, small enough to keep memory flat. */
export const EXPORT_PAGE = 1000;
/** The most values one statement binds (SQLite allows 999). */
export const BIND_LIMIT = 900;
/** Ids per existence lookup. */
const LOOKUP_CHUNK = 500;

/** Columns each table's document rows carry apart from the database's own (a claim's tags, a verdict's citations). */
const LINK_KEYS = new Set(["tagIds", "citedEvidenceIds"]);

const SCHEMAS = {
  settings: dataSettingSchema,
  sources: dataSourceSchema,
  sourceRevisions: dataSourceRevisionSchema,
  tags: dataTagSchema,
  claims: dataClaimSchema,
  claimRevisions: dataClaimRevisionSchema,
  evidence: dataEvidenceSchema,
  verdicts: dataVerdictSchema,
  reviews: dataReviewSchema,
  reviewEntries: dataReviewEntrySchema,
  reviewEvents: dataReviewEventSchema,
  users: dataUserSchema,
  claimFollows: dataClaimFollowSchema,
  audit: dataAuditSchema,
} as const satisfies Record<DataTable, unknown>;

/** The Prisma model behind each table of the document. */
const MODELS = {
  settings: "setting",
  sources: "source",
  sourceRevisions: "sourceRevision",
  tags: "tag",
  claims: "prediction",
  claimRevisions: "predictionRevision",
  evidence: "evidence",
  verdicts: "verdict",
  reviews: "review",
  reviewEntries: "reviewEntry",
  reviewEvents: "reviewEvent",
  users: "user",
  claimFollows: "claimFollow",
  audit: "auditLog",
} as const satisfies Record<DataTable, keyof Tx>;

/** The document's keys of a table, in the order they are written. */
const keysOf = (table: DataTable): string[] => Object.keys(SCHEMAS[table].shape);

/** Which of a table's columns hold dates (ISO strings in the document, Dates in the database). */
const DATE_KEYS = Object.fromEntries(
  (Object.keys(SCHEMAS) as DataTable[]).map((table) => [table, new Set(dateKeysOf(SCHEMAS[table].shape))]),
) as Record<DataTable, Set<string>>;

/** A database row as the document writes it: its columns in the schema's order, dates as ISO strings. */
export function toDocumentRow<T extends DataTable>(table: T, row: Record<string, unknown>, links: Record<string, unknown> = {}): DataRow<T> {
  const out: Record<string, unknown> = {};
  for (const key of keysOf(table)) {
    if (LINK_KEYS.has(key)) {
      out[key] = links[key] ?? [];
      continue;
    }
    const value = row[key];
    out[key] = value instanceof Date ? value.toISOString() : (value ?? null);
  }
  return out as DataRow<T>;
}

/** A document row as the database stores it: dates as Dates, without the link lists. */
export function toDatabaseRow(table: DataTable, row: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const dates = DATE_KEYS[table];
  for (const key of keysOf(table)) {
    if (LINK_KEYS.has(key)) continue;
    const value = row[key];
    out[key] = dates.has(key) && typeof value === "string" ? new Date(value) : value;
  }
  return out;
}

type FindManyDelegate = { findMany(args: object): Promise<Record<string, unknown>[]> };
type CountDelegate = { count(args?: object): Promise<number> };

const delegate = <D>(db: Tx, table: DataTable) => db[MODELS[table]] as unknown as D;

// ---------------------------------------------------------------------------------------
// Export: each table in keyset pages
// ---------------------------------------------------------------------------------------

export async function countTable(db: Tx, table: DataTable): Promise<number> {
  if (table === "settings") return (await readSettings(db)).length;
  return delegate<CountDelegate>(db, table).count();
}

/** Lock rows (a running `npm run links` and the like) say nothing about the record. */
export const isTransientSetting = (key: string) => /(^|\.)lock(\.|$)/.test(key);

async function readSettings(db: Tx) {
  const rows = await db.setting.findMany();
  // A small table, sorted here by code point so every database writes the same order.
  return rows.filter((r) => !isTransientSetting(r.key)).sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

async function* pagesById(db: Tx, table: DataTable, select?: object): AsyncGenerator<Record<string, unknown>[]> {
  let after: string | null = null;
  for (;;) {
    const rows = await delegate<FindManyDelegate>(db, table).findMany({
      where: after === null ? {} : { id: { gt: after } },
      orderBy: { id: "asc" },
      take: EXPORT_PAGE,
      ...(select ? { select } : {}),
    });
    if (rows.length) yield rows;
    if (rows.length < EXPORT_PAGE) return;
    after = rows[rows.length - 1].id as string;
  }
}

/** Each claim's tags, for a page of claims (ids first…last): one range query, no id list. */
async function tagIdsFor(db: Tx, first: string, last: string): Promise<Map<string, string[]>> {
  const links = await db.$queryRaw<{ A: string; B: string }[]>(Prisma.sql`
    SELECT "A", "B" FROM "_PredictionToTag" WHERE "A" >= ${first} AND "A" <= ${last} ORDER BY "A", "B"`);
  const out = new Map<string, string[]>();
  for (const l of links) out.set(l.A, [...(out.get(l.A) ?? []), l.B]);
  return out;
}

/** Each verdict's cited evidence, for a page of verdicts (ids first…last). */
async function citationsFor(db: Tx, first: string, last: string): Promise<Map<string, string[]>> {
  const rows = await db.verdictEvidence.findMany({
    where: { verdictId: { gte: first, lte: last } },
    orderBy: [{ verdictId: "asc" }, { evidenceId: "asc" }],
  });
  const out = new Map<string, string[]>();
  for (const r of rows) out.set(r.verdictId, [...(out.get(r.verdictId) ?? []), r.evidenceId]);
  return out;
}

async function* claimFollowPages(db: Tx): AsyncGenerator<Record<string, unknown>[]> {
  let after: { userId: string; predictionId: string } | null = null;
  for (;;) {
    const rows: { userId: string; predictionId: string; createdAt: Date }[] = await db.claimFollow.findMany({
      where: after === null ? {} : { OR: [{ userId: { gt: after.userId } }, { userId: after.userId, predictionId: { gt: after.predictionId } }] },
      orderBy: [{ userId: "asc" }, { predictionId: "asc" }],
      take: EXPORT_PAGE,
    });
    if (rows.length) yield rows;
    if (rows.length < EXPORT_PAGE) return;
    after = rows[rows.length - 1];
  }
}

export type ExportRowOptions = { withUsers: boolean };

/**
 * One table of the document, page by page, rows in id order and in the document's shape.
 * Without users, evidence and verdicts name their author by display name only.
 */
export async function* readTablePages<T extends DataTable>(db: Tx, table: T, options: ExportRowOptions): AsyncGenerator<DataRow<T>[]> {
  const map = (row: Record<string, unknown>, links?: Record<string, unknown>) => toDocumentRow(table, row, links);
  if (table === "settings") {
    const rows = await readSettings(db);
    if (rows.length) yield rows.map((r) => map(r));
    return;
  }
  if (table === "claimFollows") {
    for await (const rows of claimFollowPages(db)) yield rows.map((r) => map(r));
    return;
  }
  for await (const rows of pagesById(db, table)) {
    const first = rows[0].id as string;
    const last = rows[rows.length - 1].id as string;
    if (table === "claims") {
      const tags = await tagIdsFor(db, first, last);
      yield rows.map((r) => map(r, { tagIds: tags.get(r.id as string) ?? [] }));
    } else if (table === "verdicts") {
      const cited = await citationsFor(db, first, last);
      yield rows.map((r) => map(options.withUsers ? r : { ...r, madeById: null }, { citedEvidenceIds: cited.get(r.id as string) ?? [] }));
    } else if (table === "evidence") {
      yield rows.map((r) => map(options.withUsers ? r : { ...r, loggedById: null }));
    } else {
      yield rows.map((r) => map(r));
    }
  }
}

/**
 * Runs `read` on one consistent snapshot of the database: a read transaction (REPEATABLE READ
 * on PostgreSQL; on SQLite in WAL mode, a deferred transaction that never blocks writers), so
 * a document never holds a verdict whose cited evidence was written after the evidence was read.
 */
export async function readSnapshot<T>(db: Db, read: (tx: Tx) => Promise<T>): Promise<T> {
  const isPostgres = databaseProvider() === "postgresql";
  return db.$transaction(read, {
    maxWait: 60_000,
    timeout: 60 * 60_000,
    // The SQLite client's types know only Serializable; PostgreSQL's client takes this one.
    ...(isPostgres ? { isolationLevel: "RepeatableRead" as never } : {}),
  });
}

// ---------------------------------------------------------------------------------------
// Import: what the database already holds
// ---------------------------------------------------------------------------------------

/** The audit action an import records: a database that had one holds imported data, not the seed. */
export const IMPORT_AUDIT_ACTION = "data.import";

/** Audit entity types that only a change to the record itself writes (the seed writes none). */
const CONTENT_AUDIT_TYPES = ["Prediction", "Source", "Tag", "Evidence", "Verdict", "Review"];

export type ContentState =
  | { kind: "empty" }
  /** Only what the seed wrote, untouched: no edit, retraction, link check, review event, follow or audit row. */
  | { kind: "seed"; claims: number }
  | { kind: "data"; counts: { claims: number; sources: number; evidence: number; verdicts: number; reviews: number; tags: number }; touched: string };

/** Tells an empty database, one holding only the untouched seed, and one holding data apart. */
export async function describeContent(db: Tx): Promise<ContentState> {
  const [claims, sources, evidence, verdicts, reviews, tags, sourceRevisions, claimRevisions, follows] = await Promise.all([
    db.prediction.count(),
    db.source.count(),
    db.evidence.count(),
    db.verdict.count(),
    db.review.count(),
    db.tag.count(),
    db.sourceRevision.count(),
    db.predictionRevision.count(),
    db.claimFollow.count(),
  ]);
  const counts = { claims, sources, evidence, verdicts, reviews, tags };
  if (claims + sources + evidence + verdicts + reviews + tags + sourceRevisions + claimRevisions + follows === 0) return { kind: "empty" };
  const checks: [string, () => Promise<number>][] = [
    ["data from an earlier import", () => db.auditLog.count({ where: { action: IMPORT_AUDIT_ACTION } })],
    ["sources not from the seed", () => db.source.count({ where: { seedKey: null } })],
    ["edited sources", async () => sourceRevisions],
    ["claims not from the seed, or reopened or re-credenced", () =>
      db.prediction.count({ where: { OR: [{ seedKey: null }, { reopenedAt: { not: null } }, { isCredenceOverridden: true }] } })],
    ["edited claims", async () => claimRevisions],
    ["evidence not from the seed, retracted or link-checked", () =>
      db.evidence.count({ where: { OR: [{ isSeeded: false }, { retractedAt: { not: null } }, { linkCheckedAt: { not: null } }] } })],
    ["verdicts not from the seed, or retracted", () => db.verdict.count({ where: { OR: [{ isSeeded: false }, { retractedAt: { not: null } }] } })],
    ["reviews not from the seed", () => db.review.count({ where: { isSeeded: false } })],
    ["reopened or re-sealed reviews", () => db.reviewEvent.count({ where: { kind: { notIn: ["opened", "completed"] } } })],
    ["claim follows", async () => follows],
    ["tags on no claim", () => db.tag.count({ where: { predictions: { none: {} } } })],
    ["changes in the audit log", () => db.auditLog.count({ where: { entityType: { in: CONTENT_AUDIT_TYPES } } })],
  ];
  for (const [what, count] of checks) {
    if ((await count()) > 0) return { kind: "data", counts, touched: what };
  }
  return { kind: "seed", claims };
}

/** Deletes the untouched seed (describeContent said "seed"), children first, in the caller's transaction. */
export async function deleteSeedContent(tx: Tx): Promise<void> {
  await tx.reviewEntry.deleteMany();
  await tx.reviewEvent.deleteMany();
  await tx.verdictEvidence.deleteMany();
  await tx.verdict.deleteMany();
  await tx.review.deleteMany();
  await tx.evidence.deleteMany();
  await tx.prediction.updateMany({ data: { parentId: null } });
  await tx.tag.deleteMany(); // and the claim↔tag links
  await tx.prediction.deleteMany();
  await tx.source.deleteMany();
  await tx.evidenceMonth.deleteMany();
  await tx.gradeChange.deleteMany();
}

async function inChunks<K, T>(keys: K[], size: number, read: (chunk: K[]) => Promise<T[]>): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < keys.length; i += size) out.push(...(await read(keys.slice(i, i + size))));
  return out;
}

/** Which of these ids a table already holds. */
export async function existingIds(db: Tx, table: Exclude<DataTable, "settings" | "claimFollows">, ids: string[]): Promise<Set<string>> {
  const rows = await inChunks(ids, LOOKUP_CHUNK, (chunk) =>
    delegate<FindManyDelegate>(db, table).findMany({ where: { id: { in: chunk } }, select: { id: true } }),
  );
  return new Set(rows.map((r) => r.id as string));
}

type UniqueKey =
  | { table: "sources" | "claims"; column: "seedKey" }
  | { table: "tags"; column: "name" }
  | { table: "users"; column: "email" }
  | { table: "reviews"; column: "year" };

/** The ids of rows that hold these values of a unique column: value → id. */
export async function idsByUniqueKey<V extends string | number>(db: Tx, key: UniqueKey, values: V[]): Promise<Map<V, string>> {
  const rows = await inChunks(values, LOOKUP_CHUNK, (chunk) =>
    delegate<FindManyDelegate>(db, key.table).findMany({ where: { [key.column]: { in: chunk } }, select: { id: true, [key.column]: true } }),
  );
  return new Map(rows.map((r) => [r[key.column] as V, r.id as string]));
}

export async function existingSettingKeys(db: Tx, keys: string[]): Promise<Set<string>> {
  const rows = await inChunks(keys, LOOKUP_CHUNK, (chunk) => db.setting.findMany({ where: { key: { in: chunk } }, select: { key: true } }));
  return new Set(rows.map((r) => r.key));
}

/** Which of these (user, claim) pairs are already followed, as "userId predictionId". */
export async function existingFollows(db: Tx, pairs: { userId: string; predictionId: string }[]): Promise<Set<string>> {
  const rows = await inChunks(pairs, BIND_LIMIT / 2 - 50, (chunk) =>
    db.claimFollow.findMany({ where: { OR: chunk.map((p) => ({ userId: p.userId, predictionId: p.predictionId })) }, select: { userId: true, predictionId: true } }),
  );
  return new Set(rows.map((r) => `${r.userId} ${r.predictionId}`));
}

/** The id of the open review, if any (one at a time: a unique index). */
export async function openReviewId(db: Tx): Promise<string | null> {
  return (await db.review.findFirst({ where: { openSlot: "open" }, select: { id: true } }))?.id ?? null;
}

export async function isTableEmpty(db: Tx, table: Exclude<DataTable, "settings">): Promise<boolean> {
  return (await delegate<FindManyDelegate>(db, table).findMany({ take: 1, select: table === "claimFollows" ? { userId: true } : { id: true } })).length === 0;
}

// ---------------------------------------------------------------------------------------
// Import: writing
// ---------------------------------------------------------------------------------------

/** The table behind each of the document's tables (users are better-auth's "user"). */
const TABLE_NAMES: Record<DataTable, string> = {
  settings: "Setting",
  sources: "Source",
  sourceRevisions: "SourceRevision",
  tags: "Tag",
  claims: "Prediction",
  claimRevisions: "PredictionRevision",
  evidence: "Evidence",
  verdicts: "Verdict",
  reviews: "Review",
  reviewEntries: "ReviewEntry",
  reviewEvents: "ReviewEvent",
  users: "user",
  claimFollows: "ClaimFollow",
  audit: "AuditLog",
};

/**
 * Inserts document rows (already pointing at the right ids), many rows per INSERT, in chunks
 * that bind at most BIND_LIMIT values each. Plain multi-row INSERTs rather than createMany:
 * the same values through the same driver adapter (dates and booleans stored exactly as the
 * client stores them; the round-trip test compares every column), at a fraction of the cost
 * per statement. `onRows` hears how many went in after each chunk.
 */
export async function insertRows(tx: Tx, table: DataTable, rows: Record<string, unknown>[], onRows?: (n: number) => void): Promise<void> {
  if (!rows.length) return;
  const columns = keysOf(table).filter((k) => !LINK_KEYS.has(k));
  const size = Math.max(1, Math.floor(BIND_LIMIT / columns.length));
  const into = Prisma.raw(`"${TABLE_NAMES[table]}" (${columns.map((c) => `"${c}"`).join(", ")})`);
  for (let i = 0; i < rows.length; i += size) {
    const chunk = rows.slice(i, i + size);
    const values = chunk.map((r) => {
      const row = toDatabaseRow(table, r);
      return Prisma.sql`(${Prisma.join(columns.map((c) => row[c]))})`;
    });
    await tx.$executeRaw(Prisma.sql`INSERT INTO ${into} VALUES ${Prisma.join(values)}`);
    onRows?.(chunk.length);
  }
}

/** Links claims to tags (Prisma's implicit join table: A = claim, B = tag). */
export async function insertClaimTags(tx: Tx, links: [claimId: string, tagId: string][], onRows?: (n: number) => void): Promise<void> {
  const size = Math.floor(BIND_LIMIT / 2);
  for (let i = 0; i < links.length; i += size) {
    const chunk = links.slice(i, i + size);
    await tx.$executeRaw(Prisma.sql`INSERT INTO "_PredictionToTag" ("A", "B") VALUES ${Prisma.join(chunk.map(([a, b]) => Prisma.sql`(${a}, ${b})`))}`);
    onRows?.(chunk.length);
  }
}

export async function insertCitations(tx: Tx, citations: { verdictId: string; evidenceId: string }[], onRows?: (n: number) => void): Promise<void> {
  const size = Math.floor(BIND_LIMIT / 2);
  for (let i = 0; i < citations.length; i += size) {
    const chunk = citations.slice(i, i + size);
    await tx.$executeRaw(
      Prisma.sql`INSERT INTO "VerdictEvidence" ("verdictId", "evidenceId") VALUES ${Prisma.join(chunk.map((c) => Prisma.sql`(${c.verdictId}, ${c.evidenceId})`))}`,
    );
    onRows?.(chunk.length);
  }
}

/** The audit row of an import, in its transaction: what it added, and from which export. */
export async function recordImport(tx: Tx, actor: AuditActor, after: Record<string, unknown>): Promise<void> {
  await tx.auditLog.create({ data: auditRow(actor, { action: IMPORT_AUDIT_ACTION, entityType: "Data", after }) }); // action: "data.import"
}
