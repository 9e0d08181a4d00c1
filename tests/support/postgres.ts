// Small helpers for test databases on a PostgreSQL server (one database per test file).
import pg from "pg";

export function databaseUrl(serverUrl: string, database: string): string {
  const u = new URL(serverUrl);
  u.pathname = `/${database}`;
  return u.toString();
}

export async function adminQuery(serverUrl: string, sql: string, values: unknown[] = []) {
  const c = new pg.Client({ connectionString: serverUrl });
  await c.connect();
  try {
    return await c.query(sql, values);
  } finally {
    await c.end();
  }
}

/**
 * CREATE DATABASE … TEMPLATE: PostgreSQL refuses while another session uses the template,
 * which a parallel copy briefly does, so retry for a while.
 */
export async function createFromTemplate(serverUrl: string, name: string, template: string): Promise<string> {
  for (let attempt = 0; ; attempt++) {
    try {
      await adminQuery(serverUrl, `CREATE DATABASE "${name}" TEMPLATE "${template}"`);
      return databaseUrl(serverUrl, name);
    } catch (e) {
      if (attempt >= 50 || !/being accessed by other users/.test(String(e))) throw e;
      await new Promise((r) => setTimeout(r, 100 + Math.random() * 200));
    }
  }
}

/** Drops every database whose name starts with prefix, closing whatever is still connected. */
export async function dropDatabasesLike(serverUrl: string, prefix: string) {
  const { rows } = await adminQuery(serverUrl, "SELECT datname FROM pg_database WHERE starts_with(datname, $1)", [prefix]);
  // Copies first: the template cannot be dropped while a copy is being made from it.
  const names = (rows as { datname: string }[]).map((r) => r.datname).sort((a, b) => Number(a.endsWith("_template")) - Number(b.endsWith("_template")));
  for (const name of names) await adminQuery(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
}
