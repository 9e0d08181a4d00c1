// Run before `npm run dev` and `npm start`: applies pending migrations, then seeds an
// empty database. Both steps are idempotent, so a second run changes nothing.
import { authSecret } from "../lib/auth/config";
import { createPrismaClient } from "../lib/db/client";
import { sealUnsealedReviews } from "../lib/db/reviews/chain";
import { runSeed } from "../prisma/seed";
import { createMigrationAdapter } from "./db/migration-adapter";
import { FILTERS, readMigrationsList, readSchemaFiles } from "./db/migrations";
import { loadSchemaEngine } from "./db/schema-engine";

// `npm start` serves a production build: refuse to start it without a real secret, with a
// clear message, rather than serve 500s.
if (process.argv.includes("--production")) {
  // npm does not set NODE_ENV for `prestart`; the seed must know not to add the dev admin.
  (process.env as Record<string, string>).NODE_ENV = "production";
  try {
    authSecret({ ...process.env, NODE_ENV: "production" });
  } catch (e) {
    console.error(`Cannot start: ${e instanceof Error ? e.message : String(e)}\nFor example: BETTER_AUTH_SECRET="$(openssl rand -hex 32)" npm start`);
    process.exit(1);
  }
}

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
  await sealReviewsCompletedBeforeSealing();
} catch (e) {
  console.error(`Database setup failed: ${e instanceof Error ? e.message : String(e)}`);
  code = 1;
}
/**
 * A database upgraded from before reviews were sealed has completed reviews with no hash:
 * seal them once, oldest first (each gets a "sealed" event). A refusal is reported, not fatal.
 */
async function sealReviewsCompletedBeforeSealing(): Promise<void> {
  const db = createPrismaClient();
  try {
    const sealed = await sealUnsealedReviews(db, "database setup");
    if (sealed.length) console.log(`Sealed the reviews completed before sealing existed: ${sealed.map((s) => s.year).join(", ")}.`);
  } catch (e) {
    console.warn(`Reviews left unsealed: ${e instanceof Error ? e.message : String(e)}. See npm run verify.`);
  } finally {
    await db.$disconnect();
  }
}

// The Wasm engine can leave a timer pending for about a minute; don't wait for it.
process.exit(code);
