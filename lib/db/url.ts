import { mkdirSync } from "node:fs";
import path from "node:path";

/** Local development default: an embedded SQLite file under data/ (git-ignored). */
export const DEFAULT_DATABASE_URL = "file:./data/tracker.db";

export type DatabaseProvider = "sqlite" | "postgresql";

export type ResolvedDatabaseUrl =
  | { provider: "sqlite"; url: string; file: string }
  | { provider: "postgresql"; url: string; file?: undefined };

/** Which database a URL names: `file:` is SQLite, `postgres://` or `postgresql://` PostgreSQL. */
export function providerOf(url: string): DatabaseProvider | null {
  if (url.startsWith("file:")) return "sqlite";
  if (/^postgres(ql)?:\/\//i.test(url)) return "postgresql";
  return null;
}

/**
 * Reads DATABASE_URL (default: the embedded SQLite file). For a file database it makes sure
 * the folder exists, since better-sqlite3 creates the file but not its directory.
 */
export function resolveDatabaseUrl(env: NodeJS.ProcessEnv = process.env): ResolvedDatabaseUrl {
  const url = env.DATABASE_URL?.trim() || DEFAULT_DATABASE_URL;
  const provider = providerOf(url);
  if (provider === "postgresql") return { provider, url };
  if (provider !== "sqlite") {
    throw new Error(
      `DATABASE_URL must be a file: URL (SQLite) or a postgresql:// URL (PostgreSQL) (got "${url.split(":")[0]}:…").`,
    );
  }
  const file = url.slice("file:".length).replace(/\?.*$/, "");
  if (file !== ":memory:") mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  return { provider, url, file };
}
