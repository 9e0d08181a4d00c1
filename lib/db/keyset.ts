// Keyset pagination: a page ends at a row, and the next page starts strictly after that row's
// sort-key values. Unlike OFFSET, it stays fast deep into a list and never skips or repeats a
// row when new ones arrive. The cursor handed to clients is opaque: base64url JSON of the list
// it belongs to and the last row's key values. Plain SQL for SQLite and PostgreSQL.
import { Prisma } from "../generated/prisma/client";
import { InvalidReferenceError } from "./errors";

export type KeyKind = "date" | "number" | "string";
/** A sort key: its SQL expression, its direction and the type of its values. */
export type SortKey = { sql: Prisma.Sql; dir: "ASC" | "DESC"; kind: KeyKind };

export const sortKey = (sql: Prisma.Sql | string, dir: "ASC" | "DESC", kind: KeyKind): SortKey => ({
  sql: typeof sql === "string" ? Prisma.raw(sql) : sql,
  dir,
  kind,
});

export class InvalidCursorError extends InvalidReferenceError {
  constructor() {
    super("cursor", "The cursor is not one this list handed out (it may belong to another list or sort)");
  }
}

export function orderBySql(keys: SortKey[]): Prisma.Sql {
  return Prisma.join(keys.map((k) => Prisma.sql`${k.sql} ${Prisma.raw(k.dir)}`), ", ");
}

/** The sort-key expressions, selected as "k0", "k1", … so a page's last row can become a cursor. */
export function keyColumnsSql(keys: SortKey[]): Prisma.Sql {
  return Prisma.join(keys.map((k, i) => Prisma.sql`${k.sql} AS ${Prisma.raw(`"k${i}"`)}`), ", ");
}

export function encodeCursor(list: string, keys: SortKey[], row: Record<string, unknown>): string {
  const values = keys.map((k, i) => {
    const v = row[`k${i}`];
    if (k.kind === "date") return (v instanceof Date ? v : new Date(String(v))).toISOString();
    if (k.kind === "number") return Number(v);
    return String(v);
  });
  return Buffer.from(JSON.stringify([list, ...values]), "utf8").toString("base64url");
}

function decodeCursor(list: string, keys: SortKey[], cursor: string): (string | number | Date)[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    throw new InvalidCursorError();
  }
  if (!Array.isArray(parsed) || parsed.length !== keys.length + 1 || parsed[0] !== list) throw new InvalidCursorError();
  return keys.map((k, i) => {
    const v: unknown = parsed[i + 1];
    if (k.kind === "number" && typeof v === "number" && Number.isFinite(v)) return v;
    if (k.kind === "string" && typeof v === "string") return v;
    if (k.kind === "date" && typeof v === "string" && !Number.isNaN(Date.parse(v))) return new Date(v);
    throw new InvalidCursorError();
  });
}

/** Rows strictly after the cursor in the keys' order: (k0 ≻ v0) OR (k0 = v0 AND k1 ≻ v1) OR … */
export function afterCursorSql(list: string, keys: SortKey[], cursor: string): Prisma.Sql {
  const values = decodeCursor(list, keys, cursor);
  const branches = keys.map((k, i) => {
    const equal = keys.slice(0, i).map((e, j) => Prisma.sql`${e.sql} = ${values[j]}`);
    const beyond = Prisma.sql`${k.sql} ${Prisma.raw(k.dir === "ASC" ? ">" : "<")} ${values[i]}`;
    return Prisma.sql`(${Prisma.join([...equal, beyond], " AND ")})`;
  });
  return Prisma.sql`(${Prisma.join(branches, " OR ")})`;
}

/** The most rows one page may hold, whatever a caller asks for. */
export const MAX_PAGE_SIZE = 500;

export type PageRequest = { limit: number; cursor?: string; offset?: number };
/** `remaining`: rows from this page to the end (the page after a cursor), for numbering. */
export type Page<T> = { items: T[]; total: number; nextCursor: string | null; remaining: number };

/**
 * Reads one page of `SELECT … FROM <from> WHERE <where>` in the keys' order, after the cursor
 * (or from an offset, for numbered pages), with the total. `select` names the columns to return.
 */
export async function readPage<R extends Record<string, unknown>>(
  db: { $queryRaw: <T>(q: Prisma.Sql) => Prisma.PrismaPromise<T> },
  q: { list: string; select: Prisma.Sql; from: Prisma.Sql; where: Prisma.Sql; keys: SortKey[]; page: PageRequest },
): Promise<Page<R>> {
  const { list, keys, page } = q;
  const after = page.cursor ? Prisma.sql` AND ${afterCursorSql(list, keys, page.cursor)}` : Prisma.empty;
  const countWhere = (extra: Prisma.Sql) =>
    db.$queryRaw<{ n: bigint | number }[]>(Prisma.sql`SELECT COUNT(*) AS "n" FROM ${q.from} WHERE (${q.where})${extra}`);
  const [rows, counted, remaining] = await Promise.all([
    db.$queryRaw<R[]>(Prisma.sql`SELECT ${q.select}, ${keyColumnsSql(keys)} FROM ${q.from} WHERE (${q.where})${after}
      ORDER BY ${orderBySql(keys)} LIMIT ${page.limit + 1}${page.offset ? Prisma.sql` OFFSET ${page.offset}` : Prisma.empty}`),
    countWhere(Prisma.empty),
    page.cursor ? countWhere(after) : Promise.resolve(null),
  ]);
  const hasMore = rows.length > page.limit;
  const items = hasMore ? rows.slice(0, page.limit) : rows;
  const total = Number(counted[0]?.n ?? 0);
  return {
    items,
    total,
    nextCursor: hasMore ? encodeCursor(list, keys, items[items.length - 1]) : null,
    remaining: remaining ? Number(remaining[0]?.n ?? 0) : Math.max(0, total - (page.offset ?? 0)),
  };
}
