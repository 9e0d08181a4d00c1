import { Prisma } from "../generated/prisma/client";

/**
 * `column` contains `text`, case-insensitively, with LIKE's own wildcards (% and _) and the
 * escape character taken literally: a search is for the text as typed. LOWER on both sides
 * gives SQLite (whose LIKE folds ASCII case) and PostgreSQL (whose LIKE does not) one rule.
 */
export function containsText(column: Prisma.Sql, text: string): Prisma.Sql {
  const pattern = `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return Prisma.sql`LOWER(${column}) LIKE LOWER(${pattern}) ESCAPE '\\'`;
}
