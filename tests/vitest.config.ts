import { availableParallelism } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";
import { SummaryReporter } from "./summary-reporter.ts";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/** The suites that touch the database run a second time on PostgreSQL when there is one. */
const DATABASE_SUITES = ["tests/integration/**/*.test.ts", "tests/security/**/*.test.ts", "tests/postgres/**/*.test.ts", "tests/links/**/*.test.ts", "tests/data/data-document.test.ts", "tests/feeds/feeds.test.ts", "tests/csv/**/*.test.ts", "tests/webhooks/**/*.test.ts", "tests/mail/**/*.test.ts"];

// scripts/test.sh starts a throwaway PostgreSQL cluster and names it here; without one the
// PostgreSQL project is left out (and scripts/test.sh says so).
const postgres = process.env.TEST_POSTGRES_URL;

export default defineConfig({
  root,
  resolve: {
    alias: [
      { find: /^@\/(.*)$/, replacement: `${root}/$1` },
      // The "server-only" guard throws outside React Server Components; tests are server-side.
      { find: /^server-only$/, replacement: `${root}/tests/support/server-only.ts` },
    ],
  },
  test: {
    reporters: ["default", new SummaryReporter()],
    // Vitest's default leaves one core free, which on a 2-core machine runs every file in
    // turn; the tests mostly wait on a database, so two workers nearly halve the wall time.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    testTimeout: 20_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: "sqlite",
          globalSetup: ["tests/support/global-setup.ts"],
          setupFiles: ["tests/support/test-database.ts"],
          include: ["lib/**/*.test.ts", "tests/**/*.test.ts"],
          exclude: ["tests/postgres/**", "**/node_modules/**"],
        },
      },
      ...(postgres
        ? [
            {
              extends: true as const,
              test: {
                name: "postgres",
                include: DATABASE_SUITES,
                globalSetup: ["tests/support/global-setup.ts"],
                setupFiles: ["tests/support/test-database.ts"],
                env: { TEST_DATABASE: "postgres" },
              },
            },
          ]
        : []),
    ],
  },
});
