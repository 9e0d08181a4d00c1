import { mkdirSync } from "node:fs";
import path from "node:path";

/** Local development default: an embedded SQLite file under data/ (git-ignored). */
export const DEFAULT_DATABASE_URL = "file:./data/tracker.db";

/**
 * Reads DATABASE_URL (default: the embedded SQLite file) and makes sure the folder for a
 * file database exists, since better-sqlite3 creates the file but not its directory.
 */
export function resolveDatabaseUrl(env: NodeJS.ProcessEnv = process.env): { url: string; file: string } {
  const url = env.DATABASE_URL?.trim() || DEFAULT_DATABASE_URL;
  if (!url.startsWith("file:")) {
    throw new Error(
      `DATABASE_URL must be a file: URL for the embedded SQLite database (got "${url.split(":")[0]}:…").`,
    );
  }
  const file = url.slice("file:".length).replace(/\?.*$/, "");
  if (file !== ":memory:") mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  return { url, file };
}
