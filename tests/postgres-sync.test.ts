// The PostgreSQL variant stays in step with the one maintained model (no server needed; the
// PostgreSQL suite in tests/postgres replays the migrations on a real server).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { toPostgresSchema } from "@/scripts/db/pg-schema.mjs";

const ROOT = path.resolve(import.meta.dirname, "..");
const read = (p: string) => readFileSync(path.join(ROOT, p), "utf8");
const migrations = (dir: string) =>
  readdirSync(path.join(ROOT, dir), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();

describe("PostgreSQL schema and migrations", () => {
  it("prisma/postgres/schema.prisma is generated from prisma/schema.prisma, and current", () => {
    expect(read("prisma/postgres/schema.prisma")).toBe(toPostgresSchema(read("prisma/schema.prisma")));
  });

  it("differs from the SQLite model only in its header, provider and client folder", () => {
    const pg = toPostgresSchema(read("prisma/schema.prisma")).split("\n");
    const sqlite = read("prisma/schema.prisma").split("\n");
    const header = pg.findIndex((l) => !l.startsWith("// GENERATED") && !l.startsWith("// prisma/schema.prisma") && !l.startsWith("// PostgreSQL"));
    const body = pg.slice(header);
    expect(body).toHaveLength(sqlite.length);
    const changed = body.flatMap((l, i) => (l === sqlite[i] ? [] : [[sqlite[i].trim(), l.trim()]]));
    expect(changed).toEqual([
      ['output   = "../lib/generated/prisma"', 'output   = "../../lib/generated/prisma-pg"'],
      ['provider = "sqlite"', 'provider = "postgresql"'],
    ]);
  });

  it("has one PostgreSQL migration for each SQLite migration, with the same name (run npm run db:migrate:pg)", () => {
    expect(migrations("prisma/postgres/migrations")).toEqual(migrations("prisma/migrations"));
    for (const name of migrations("prisma/postgres/migrations")) {
      expect(existsSync(path.join(ROOT, "prisma/postgres/migrations", name, "migration.sql"))).toBe(true);
    }
    expect(read("prisma/postgres/migrations/migration_lock.toml")).toMatch(/provider = "postgresql"/);
  });

  it("refuses model features that only one of the two databases has", () => {
    const base = 'generator client {\n  provider = "prisma-client"\n  output   = "../lib/generated/prisma"\n}\ndatasource db {\n  provider = "sqlite"\n}\n';
    expect(() => toPostgresSchema(`${base}model A {\n  id String @id @db.Uuid\n}\n`)).toThrow(/native type/);
    expect(() => toPostgresSchema(`${base}model A {\n  id String @id\n  data Json\n}\n`)).toThrow(/Json/);
    expect(() => toPostgresSchema(`${base}enum Kind {\n  a\n}\n`)).toThrow(/enums/);
    expect(toPostgresSchema(`${base}// a comment about Json and enum { }\nmodel A {\n  id String @id\n}\n`)).toMatch(/provider = "postgresql"/);
  });
});
