// Generates the Prisma client into lib/generated/prisma (git-ignored).
// `prisma generate` needs no engine binary for the "prisma-client" generator, but the CLI
// still tries to download the schema engine unless one is named; any existing file will
// do, since generate never runs it. This keeps install working on air-gapped machines.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const bin = "node_modules/.bin/prisma";
if (!existsSync(bin)) {
  console.warn("generate-client: prisma CLI not installed yet, skipping");
  process.exit(0);
}
const result = spawnSync(bin, ["generate", "--schema", "prisma/schema.prisma"], {
  stdio: "inherit",
  env: {
    ...process.env,
    PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath,
    PRISMA_HIDE_UPDATE_MESSAGE: "1",
    CHECKPOINT_DISABLE: "1",
  },
});
process.exit(result.status ?? 1);
