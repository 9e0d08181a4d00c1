// Generates prisma/postgres/schema.prisma from prisma/schema.prisma, the one maintained data
// model. The model keeps to types both databases share, so only the datasource provider and
// the client's output folder differ; anything else fails loudly here instead of drifting.
//   node scripts/db/pg-schema.mjs          write the PostgreSQL variant
//   node scripts/db/pg-schema.mjs --check  exit 1 if the written variant is out of date
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const SQLITE_SCHEMA = path.join(root, "prisma/schema.prisma");
export const PG_SCHEMA = path.join(root, "prisma/postgres/schema.prisma");

const HEADER = `// GENERATED from prisma/schema.prisma by scripts/db/pg-schema.mjs. Do not edit: change
// prisma/schema.prisma, then run \`npm run db:generate\` (and \`npm run db:migrate:pg\` for a
// PostgreSQL migration).
`;

/** SQLite-only constructs the PostgreSQL variant cannot take as they are. */
const UNSHARED = [
  [/@db\.\w+/, "native type attributes (@db.*) are provider-specific"],
  [/^\s*enum\s+\w+\s*\{/m, "enums are not supported on SQLite"],
  [/^\s*\w+\s+Json\b/m, "Json is not shared by both providers"],
];

export function toPostgresSchema(source) {
  const code = source.replace(/\/\/.*$/gm, "");
  for (const [re, why] of UNSHARED) {
    if (re.test(code)) throw new Error(`prisma/schema.prisma: ${why}; keep to types both databases share`);
  }
  let providers = 0;
  let outputs = 0;
  const out = source
    .replace(/(datasource\s+db\s*\{[^}]*?provider\s*=\s*)"sqlite"/, (_, head) => {
      providers++;
      return `${head}"postgresql"`;
    })
    .replace(/(generator\s+client\s*\{[^}]*?output\s*=\s*)"\.\.\/lib\/generated\/prisma"/, (_, head) => {
      outputs++;
      return `${head}"../../lib/generated/prisma-pg"`;
    });
  if (providers !== 1) throw new Error('prisma/schema.prisma: expected one `datasource db { provider = "sqlite" }`');
  if (outputs !== 1) throw new Error('prisma/schema.prisma: expected the client output "../lib/generated/prisma"');
  return HEADER + out;
}

export function writePostgresSchema() {
  const text = toPostgresSchema(readFileSync(SQLITE_SCHEMA, "utf8"));
  mkdirSync(path.dirname(PG_SCHEMA), { recursive: true });
  if (!existsSync(PG_SCHEMA) || readFileSync(PG_SCHEMA, "utf8") !== text) writeFileSync(PG_SCHEMA, text);
  return text;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  if (process.argv.includes("--check")) {
    const want = toPostgresSchema(readFileSync(SQLITE_SCHEMA, "utf8"));
    if (!existsSync(PG_SCHEMA) || readFileSync(PG_SCHEMA, "utf8") !== want) {
      console.error("prisma/postgres/schema.prisma is out of date: run `npm run db:generate`");
      process.exit(1);
    }
  } else {
    writePostgresSchema();
    console.log("Wrote prisma/postgres/schema.prisma");
  }
}
