// Run before `npm run dev` and `npm start`: applies pending migrations, then seeds an
// empty database. Both steps are idempotent, so a second run changes nothing.
import { runSeed } from "../prisma/seed";
import { FILTERS, readMigrationsList, readSchemaFiles } from "./db/migrations";
import { loadSchemaEngine } from "./db/schema-engine";
import { createMigrationAdapter } from "./db/sqlite-adapter";

let code = 0;
try {
  const engine = await loadSchemaEngine(await readSchemaFiles(), createMigrationAdapter());
  try {
    const r = await engine.applyMigrations({ migrationsList: await readMigrationsList(), filters: FILTERS });
    console.log(
      r.appliedMigrationNames.length
        ? `Database: applied ${r.appliedMigrationNames.join(", ")}`
        : "Database: migrations up to date.",
    );
  } finally {
    engine.free();
  }
  await runSeed();
} catch (e) {
  console.error(`Database setup failed: ${e instanceof Error ? e.message : String(e)}`);
  code = 1;
}
// The Wasm engine can leave a timer pending for about a minute; don't wait for it.
process.exit(code);
