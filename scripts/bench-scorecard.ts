// Benchmark: scorecard and list queries on a large, temporary database.
//   npm run bench [-- --evidence 100000]
// Builds a fresh SQLite file in a temp folder, migrates and seeds it, adds N evidence rows
// spread over the claims and 2022–2026, then times each query the scorecard page runs.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";

const { values } = parseArgs({ options: { evidence: { type: "string", default: "100000" }, runs: { type: "string", default: "5" } } });
const N = Number(values.evidence);
const RUNS = Number(values.runs);
const dir = mkdtempSync(path.join(os.tmpdir(), "tracker-bench-"));
process.env.DATABASE_URL = `file:${path.join(dir, "bench.db")}`;

const { loadSchemaEngine } = await import("./db/schema-engine");
const { createMigrationAdapter } = await import("./db/sqlite-adapter");
const { FILTERS, readMigrationsList, readSchemaFiles } = await import("./db/migrations");
const engine = await loadSchemaEngine(await readSchemaFiles(), createMigrationAdapter());
await engine.applyMigrations({ migrationsList: await readMigrationsList(), filters: FILTERS });
engine.free();

const { prisma } = await import("../lib/db/client");
const { seedDatabase } = await import("../prisma/seed");
const scorecard = await import("../lib/db/scorecard");
const predictions = await import("../lib/db/predictions");
await seedDatabase(prisma);

const claims = await prisma.prediction.findMany({ select: { id: true } });
const stances = ["supports", "contradicts", "mixed"];
const start = Date.parse("2022-05-12");
const span = Date.parse("2026-11-01") - start;
const t0 = performance.now();
for (let i = 0; i < N; i += 5000) {
  await prisma.evidence.createMany({
    data: Array.from({ length: Math.min(5000, N - i) }, (_, j) => {
      const k = i + j;
      const day = new Date(start + ((k * 7919) % span));
      day.setUTCHours(0, 0, 0, 0);
      return {
        predictionId: claims[k % claims.length].id,
        title: `Bench evidence ${k}`,
        url: `https://example.org/${k}`,
        observedOn: day,
        stance: stances[k % 3],
        strength: "moderate",
        summary: "Synthetic benchmark row.",
        loggedBy: "bench",
      };
    }),
  });
}
console.log(`inserted ${N} evidence rows in ${(performance.now() - t0).toFixed(0)} ms`);

async function time(name: string, fn: () => Promise<unknown>) {
  const samples: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    const s = performance.now();
    await fn();
    samples.push(performance.now() - s);
  }
  samples.sort((a, b) => a - b);
  console.log(`${name.padEnd(28)} median ${samples[Math.floor(RUNS / 2)].toFixed(1)} ms  (min ${samples[0].toFixed(1)}, max ${samples[RUNS - 1].toFixed(1)})`);
}

await time("getScorecard", () => scorecard.getScorecard());
await time("getVerdictMixOverTime", () => scorecard.getVerdictMixOverTime());
await time("getEvidenceBalance", () => scorecard.getEvidenceBalance());
await time("listRecentEvidence", () => scorecard.listRecentEvidence());
await time("listPredictions", () => predictions.listPredictions({}));
await time("listPredictions(q, sort)", () => predictions.listPredictions({ q: "model", sort: "evidence" }));
await time("getPredictionDetail", () => predictions.getPredictionDetail(claims[0].id));

await prisma.$disconnect();
rmSync(dir, { recursive: true, force: true });
process.exit(0);
