import { describe, expect, it } from "vitest";
import { postgresPoolMax, splitSchemaParam } from "./postgres";
import { providerOf, resolveDatabaseUrl } from "./url";

describe("DATABASE_URL", () => {
  it("names SQLite with file: and PostgreSQL with postgres:// or postgresql://", () => {
    expect(providerOf("file:./data/tracker.db")).toBe("sqlite");
    expect(providerOf("postgresql://u:p@db:5432/tracker")).toBe("postgresql");
    expect(providerOf("postgres://db/tracker")).toBe("postgresql");
    expect(providerOf("mysql://db/tracker")).toBeNull();
  });

  it("defaults to the embedded SQLite file and refuses other databases with a clear message", () => {
    expect(resolveDatabaseUrl({ NODE_ENV: "test" })).toMatchObject({ provider: "sqlite", url: "file:./data/tracker.db" });
    expect(resolveDatabaseUrl({ NODE_ENV: "test", DATABASE_URL: "postgresql://db/tracker" })).toEqual({
      provider: "postgresql",
      url: "postgresql://db/tracker",
    });
    expect(() => resolveDatabaseUrl({ NODE_ENV: "test", DATABASE_URL: "mysql://db/tracker" })).toThrow(/file: URL .* postgresql:\/\//);
  });

  it("passes Prisma's ?schema= to the adapter, not to node-postgres", () => {
    expect(splitSchemaParam("postgresql://u@db/tracker?schema=app&sslmode=require")).toEqual({
      connectionString: "postgresql://u@db/tracker?sslmode=require",
      schema: "app",
    });
    expect(splitSchemaParam("postgresql://u@db/tracker")).toEqual({ connectionString: "postgresql://u@db/tracker", schema: undefined });
  });

  it("reads PG_POOL_MAX as a whole number of connections", () => {
    expect(postgresPoolMax({ NODE_ENV: "test" })).toBe(10);
    expect(postgresPoolMax({ NODE_ENV: "test", PG_POOL_MAX: "4" })).toBe(4);
    expect(() => postgresPoolMax({ NODE_ENV: "test", PG_POOL_MAX: "0" })).toThrow(/PG_POOL_MAX/);
  });
});
