// Generates the Prisma clients (git-ignored), one per provider of the one data model:
//   lib/generated/prisma     from prisma/schema.prisma          (SQLite)
//   lib/generated/prisma-pg  from prisma/postgres/schema.prisma  (PostgreSQL, itself
//                            generated from prisma/schema.prisma by scripts/db/pg-schema.mjs)
// lib/db/client.ts picks one at run time from DATABASE_URL.
// `prisma generate` needs no engine binary for the "prisma-client" generator, but the CLI
// still tries to download the schema engine unless one is named; any existing file will
// do, since generate never runs it. This keeps install working on air-gapped machines.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { writePostgresSchema } from "./db/pg-schema.mjs";

const bin = "node_modules/.bin/prisma";
if (!existsSync(bin)) {
  console.warn("generate-client: prisma CLI not installed yet, skipping");
  process.exit(0);
}
writePostgresSchema();
const env = {
  ...process.env,
  PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath,
  PRISMA_HIDE_UPDATE_MESSAGE: "1",
  CHECKPOINT_DISABLE: "1",
};
for (const schema of ["prisma/schema.prisma", "prisma/postgres/schema.prisma"]) {
  const result = spawnSync(bin, ["generate", "--schema", schema], { stdio: "inherit", env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
