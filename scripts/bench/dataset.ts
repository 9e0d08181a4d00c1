// Builds a benchmark database at a given size through the app's own schema:
//   1. the migrations, applied by the same schema engine the app uses;
//   2. claims, evidence, verdicts, tags, citations and sub-claims, bulk-inserted with
//      better-sqlite3 prepared statements in one transaction, stored exactly as the Prisma
//      adapter stores them (DateTime as "YYYY-MM-DDTHH:MM:SS.sssZ" text with "+00:00",
//      Boolean as 0/1), with the denormalised columns kept consistent;
//   3. through the app's own data layer: an editor and an API token for the write test,
//      and two completed yearly reviews (last year's and this year's), so /reviews/<year>
//      has a full snapshot and a "what changed".
// The data is repeatable: a seeded PRNG, with dates counted back from today (UTC).
//
// Run alone (it must run with the react-server condition, as lib/ imports "server-only"):
//   tsx --conditions=react-server scripts/bench/dataset.ts --size small --dir /tmp/somewhere
import Database from "better-sqlite3";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { CREDENCE_TABLE } from "../../lib/credence";
import { refreshAllClaimSummaries } from "../../lib/db/claim-summary";
import { FINAL_GRADES, SOURCE_KINDS, type Grade } from "../../lib/domain";
import { createRandom, seedOf, zipfSampler, type Random } from "./random";
import { claimText, sentence, words } from "./text";

export type DatasetSize = { name: string; claims: number; evidence: number; verdicts: number };

export const SIZES = {
  small: { name: "small", claims: 1_000, evidence: 20_000, verdicts: 5_000 },
  large: { name: "large", claims: 10_000, evidence: 200_000, verdicts: 50_000 },
} as const satisfies Record<string, DatasetSize>;

export const SOURCE_COUNT = 20;
export const TAG_NAMES = [
  "vision", "language", "robotics", "hardware", "policy", "safety", "healthcare", "energy",
  "climate", "finance", "education", "search", "agents", "open-source", "benchmarks", "compute",
  "data", "privacy", "security", "biology", "chemistry", "transport", "media", "law", "labour",
  "science", "space", "gaming", "retail", "manufacturing",
];

/** Who the data layer records as doing the review and account steps. */
export const BENCH_ACTOR = { id: null, label: "bench" };
const BENCH_LABEL = "Bench data";

export type DatasetInfo = {
  file: string;
  size: DatasetSize;
  builtAt: string;
  counts: {
    claims: number;
    evidence: number;
    verdicts: number;
    tags: number;
    tagLinks: number;
    citations: number;
    subClaims: number;
    retractedEvidence: number;
    retractedVerdicts: number;
    reviewVerdicts: number;
    reviewEntries: number;
  };
  reviewYear: number;
  medianEvidence: number;
  typicalClaim: { id: string; evidence: number };
  busiestClaim: { id: string; evidence: number };
  /** Every claim id, for spreading the write test over claims. */
  claimIds: string[];
  editorEmail: string;
  /** A bench-only API token for the bench-only editor; the database is deleted afterwards. */
  token: string;
  timingsMs: Record<string, number>;
};

const DAY = 86_400_000;
const stamp = (ms: number) => new Date(ms).toISOString().replace("Z", "+00:00");
const dayOf = (ms: number) => Math.floor(ms / DAY) * DAY;

const HORIZONS: readonly (readonly [string, number, number])[] = [
  ["this year", 0, 0],
  ["next year", 1, 1],
  ["very soon", 0, 1],
  ["soon", 0, 2],
  ["before long", 1, 3],
  ["in a few years", 2, 5],
  ["within a few years", 2, 5],
  ["a matter of time", 0, 5],
  ["within 3 years", 0, 3],
  ["within 5 years", 0, 5],
  ["in the long term", 5, 10],
  ["eventually", 5, 10],
];

const INTERIM: readonly (readonly [Grade, number])[] = [["on_track", 40], ["too_early", 35], ["off_track", 25]];
const SETTLED: readonly (readonly [Grade, number])[] = [["confirmed", 35], ["partly", 25], ["refuted", 30], ["unfalsifiable", 10]];
const STANCE_MIX = [["supports", 45], ["contradicts", 35], ["mixed", 20]] as const;
const STRENGTH_MIX = [["weak", 30], ["moderate", 50], ["strong", 20]] as const;

/** cuid-length ids (25 characters), unique by construction and repeatable. */
function idMaker(random: Random, kind: string) {
  let n = 0;
  return () => {
    let tail = "";
    while (tail.length < 14) tail += Math.floor(random.next() * 36).toString(36);
    return `cb${kind}${(n++).toString(36).padStart(8, "0")}${tail}`;
  };
}

function timed<T>(timings: Record<string, number>, name: string, fn: () => T): T {
  const t0 = performance.now();
  const out = fn();
  timings[name] = Math.round(performance.now() - t0);
  return out;
}

async function timedAsync<T>(timings: Record<string, number>, name: string, fn: () => Promise<T>): Promise<T> {
  const t0 = performance.now();
  const out = await fn();
  timings[name] = Math.round(performance.now() - t0);
  return out;
}

type Claim = {
  id: string;
  sourceIndex: number;
  madeOn: number;
  horizonTo: number;
  parent: number | null;
  verdictDays: number[];
};

/** Inserts every row in one transaction. Returns what later steps need. */
function insertRows(db: Database.Database, size: DatasetSize, random: Random, now: number) {
  const today = dayOf(now);
  const year = new Date(now).getUTCFullYear();
  const newId = { source: idMaker(random, "s"), tag: idMaker(random, "t"), claim: idMaker(random, "p"), evidence: idMaker(random, "e"), verdict: idMaker(random, "v") };
  const counts = { citations: 0, subClaims: 0, retractedEvidence: 0, retractedVerdicts: 0, tagLinks: 0 };

  // Sources: one every ~4 months over seven years, the newest 9–11 months old.
  const sources = Array.from({ length: SOURCE_COUNT }, (_, i) => ({
    id: newId.source(),
    publishedOn: today - (7 * 365 - i * 120 + random.int(0, 60)) * DAY,
    kind: random.pick(SOURCE_KINDS),
    weight: 0.5 + random.next(),
  }));
  const insertSource = db.prepare(
    `INSERT INTO "Source" ("id", "seedKey", "title", "author", "url", "publishedOn", "kind", "createdAt") VALUES (?, NULL, ?, ?, ?, ?, ?, ?)`,
  );
  sources.forEach((s, i) =>
    insertSource.run(s.id, `Bench source ${i + 1}: ${sentence(random, 3, 7).slice(0, -1)}`, `Author ${i + 1}`,
      `https://example.org/bench/source-${i + 1}`, stamp(s.publishedOn), s.kind, stamp(s.publishedOn + DAY)),
  );

  const tagIds = TAG_NAMES.map(() => newId.tag());
  const insertTag = db.prepare(`INSERT INTO "Tag" ("id", "name") VALUES (?, ?)`);
  TAG_NAMES.forEach((name, i) => insertTag.run(tagIds[i], name));

  // Claims, spread unevenly over the sources.
  const totalWeight = sources.reduce((s, x) => s + x.weight, 0);
  const perSource = sources.map((s) => Math.max(1, Math.floor((size.claims * s.weight) / totalWeight)));
  for (let i = 0; perSource.reduce((a, b) => a + b, 0) < size.claims; i = (i + 1) % SOURCE_COUNT) perSource[i]++;
  for (let i = 0; perSource.reduce((a, b) => a + b, 0) > size.claims; i = (i + 1) % SOURCE_COUNT) if (perSource[i] > 1) perSource[i]--;
  const claims: Claim[] = [];
  const claimRows: unknown[][] = [];
  const tagRank = zipfSampler(TAG_NAMES.length, 0.8, random);
  const tagOrder = random.shuffle(TAG_NAMES.map((_, i) => i));
  const insertTagLink = db.prepare(`INSERT INTO "_PredictionToTag" ("A", "B") VALUES (?, ?)`);
  const tagLinks: [string, string][] = [];
  perSource.forEach((count, sourceIndex) => {
    const source = sources[sourceIndex];
    const madeYear = new Date(source.publishedOn).getUTCFullYear();
    let position = random.int(0, 400);
    for (let k = 0; k < count; k++) {
      const [horizonPhrase, from, to] = random.pick(HORIZONS);
      const hedge = random.next();
      const reading = hedge < 0.03 ? null : hedge < 0.13 ? { phrase: null, credence: 0.9, word: "(unhedged)" } : (() => {
        const row = random.pick(CREDENCE_TABLE);
        return { phrase: row.phrase, credence: row.credence, word: row.phrase };
      })();
      const text = claimText(random, reading?.phrase ?? null, horizonPhrase, madeYear + to);
      const id = newId.claim();
      claims.push({ id, sourceIndex, madeOn: source.publishedOn, horizonTo: madeYear + to, parent: null, verdictDays: [] });
      claimRows.push([
        id, source.id, text.quote, `Part ${Math.floor(k / 25) + 1}: ${words(random, 2, 4)}`, position, text.statement, text.criteria,
        stamp(source.publishedOn), horizonPhrase, madeYear + from, madeYear + to, reading?.credence ?? null, reading?.word ?? null,
        random.chance(0.02) ? 1 : 0, stamp(source.publishedOn + random.int(1, 30) * DAY + random.int(0, DAY - 1)),
      ]);
      position += text.quote.length + random.int(200, 2000);
      const tagCount = 1 + (random.chance(0.5) ? 1 : 0) + (random.chance(0.2) ? 1 : 0);
      const chosen = new Set<number>();
      while (chosen.size < tagCount) chosen.add(tagOrder[tagRank()]);
      for (const t of chosen) tagLinks.push([id, tagIds[t]]);
    }
  });

  // Sub-claims: about 1 % of claims are parents with 2–4 sub-claims from the same source;
  // half of the parents have no verdict of their own, so the scorecard rolls them up.
  const bySource = new Map<number, number[]>();
  claims.forEach((c, i) => {
    const pool = bySource.get(c.sourceIndex) ?? [];
    pool.push(i);
    bySource.set(c.sourceIndex, pool);
  });
  const isParent = new Set<number>();
  const rollUpParents = new Set<number>();
  const parentCount = Math.max(2, Math.round(size.claims / 100));
  for (let p = 0; p < parentCount; p++) {
    const pool = bySource.get(random.int(0, SOURCE_COUNT - 1))!;
    const parent = random.pick(pool);
    if (isParent.has(parent) || claims[parent].parent !== null) continue;
    isParent.add(parent);
    if (random.chance(0.5)) rollUpParents.add(parent);
    for (let c = random.int(2, 4); c > 0; c--) {
      const child = random.pick(pool);
      if (child === parent || isParent.has(child) || claims[child].parent !== null) continue;
      claims[child].parent = parent;
      counts.subClaims++;
    }
  }

  // Verdicts: spread over the claims (8 % stay ungraded), dated between the claim and today.
  const graded = claims.map((_, i) => i).filter((i) => !rollUpParents.has(i) && !random.chance(0.08));
  for (let v = 0; v < size.verdicts; v++) {
    const c = claims[random.pick(graded)];
    const first = Math.min(c.madeOn + 30 * DAY, today - DAY);
    c.verdictDays.push(first + random.int(0, Math.max(0, (today - DAY - first) / DAY)) * DAY);
  }

  type VerdictRow = { id: string; claim: number; grade: Grade; madeOn: number; createdAt: number; retracted: boolean };
  const verdicts: VerdictRow[] = [];
  const current = new Map<number, VerdictRow>();
  claims.forEach((c, i) => {
    c.verdictDays.sort((a, b) => a - b);
    const settles = c.horizonTo < year ? random.chance(0.7) : random.chance(0.12);
    c.verdictDays.forEach((day, j) => {
      const isLast = j === c.verdictDays.length - 1;
      const row: VerdictRow = {
        id: newId.verdict(),
        claim: i,
        grade: random.weighted(isLast && settles ? SETTLED : INTERIM),
        madeOn: day,
        createdAt: day + random.int(8 * 3600_000, 20 * 3600_000),
        retracted: random.chance(0.01),
      };
      verdicts.push(row);
      // The app's pointer: the latest non-retracted verdict by (madeOn, createdAt).
      const prev = current.get(i);
      if (!row.retracted && (!prev || row.madeOn > prev.madeOn || (row.madeOn === prev.madeOn && row.createdAt > prev.createdAt))) current.set(i, row);
    });
  });

  const insertClaim = db.prepare(
    `INSERT INTO "Prediction" ("id", "seedKey", "sourceId", "quote", "section", "position", "statement", "criteria", "madeOn",
      "horizonPhrase", "horizonFrom", "horizonTo", "impliedCredence", "credenceWord", "isCredenceOverridden", "parentId",
      "currentGrade", "currentVerdictAt", "reopenedAt", "reopenReason", "createdAt")
     VALUES (?, NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?, ?)`,
  );
  claimRows.forEach((row, i) => {
    const v = current.get(i);
    // A few settled claims were reopened on purpose, so the review grades them again.
    const reopened = v && FINAL_GRADES.includes(v.grade) && random.chance(0.01) ? Math.min(v.createdAt + 30 * DAY, now - DAY) : null;
    const createdAt = row.pop();
    insertClaim.run(...row, v?.grade ?? null, v ? stamp(v.madeOn) : null, reopened ? stamp(reopened) : null,
      reopened ? "New evidence arrived after the verdict" : null, createdAt);
  });
  const setParent = db.prepare(`UPDATE "Prediction" SET "parentId" = ? WHERE "id" = ?`);
  claims.forEach((c) => {
    if (c.parent !== null) setParent.run(claims[c.parent].id, c.id);
  });
  for (const [a, b] of tagLinks) insertTagLink.run(a, b);
  counts.tagLinks = tagLinks.length;

  // Evidence: 30 % follows a Zipf law over a shuffled claim order, so a few claims hold
  // thousands of items; the rest is spread evenly.
  const heavy = random.shuffle(claims.map((_, i) => i));
  const zipf = zipfSampler(claims.length, 1, random);
  const evidenceByClaim: number[][] = claims.map(() => []);
  const evidenceIds: string[] = [];
  const observed = new Float64Array(size.evidence);
  const retractedEvidence = new Uint8Array(size.evidence);
  const insertEvidence = db.prepare(
    `INSERT INTO "Evidence" ("id", "predictionId", "title", "url", "observedOn", "recordedAt", "stance", "strength", "summary",
      "loggedBy", "loggedById", "isSeeded", "retractedAt", "retractedBy", "retractReason")
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, 0, ?, ?, ?)`,
  );
  for (let e = 0; e < size.evidence; e++) {
    const ci = random.chance(0.3) ? heavy[zipf()] : random.int(0, claims.length - 1);
    const c = claims[ci];
    const day = c.madeOn + random.int(0, Math.max(0, (today - DAY - c.madeOn) / DAY)) * DAY;
    const recordedAt = Math.min(day + random.int(0, 20) * DAY + random.int(0, DAY - 1), now - 60_000);
    const retracted = random.chance(0.01);
    const retractedAt = retracted ? Math.min(recordedAt + random.int(1, 30) * DAY, now - 30_000) : null;
    const id = newId.evidence();
    evidenceIds.push(id);
    observed[e] = day;
    retractedEvidence[e] = retracted ? 1 : 0;
    evidenceByClaim[ci].push(e);
    if (retracted) counts.retractedEvidence++;
    insertEvidence.run(
      id, c.id, `${sentence(random, 4, 9).slice(0, -1)} (${e + 1})`, `https://news${random.int(1, 40)}.example.org/${new Date(day).getUTCFullYear()}/item-${e + 1}`,
      stamp(day), stamp(recordedAt), random.weighted(STANCE_MIX), random.weighted(STRENGTH_MIX),
      `${sentence(random, 12, 30)} ${sentence(random, 6, 18)}`, BENCH_LABEL,
      retractedAt ? stamp(retractedAt) : null, retracted ? BENCH_LABEL : null, retracted ? "Logged twice by mistake" : null,
    );
  }

  // Verdicts, with citations of the claim's own evidence observed by then (30 % cite 1–3).
  const insertVerdict = db.prepare(
    `INSERT INTO "Verdict" ("id", "predictionId", "grade", "credence", "rationale", "madeOn", "recordedAt", "resolvedOn", "madeBy", "madeById",
      "isSeeded", "retractedAt", "retractedBy", "retractReason", "reviewId")
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, 0, ?, ?, ?, NULL)`,
  );
  const insertCitation = db.prepare(`INSERT INTO "VerdictEvidence" ("verdictId", "evidenceId") VALUES (?, ?)`);
  for (const v of verdicts) {
    if (v.retracted) counts.retractedVerdicts++;
    const retractedAt = v.retracted ? Math.min(v.createdAt + random.int(1, 10) * DAY, now - 30_000) : null;
    insertVerdict.run(
      v.id, claims[v.claim].id, v.grade, random.chance(0.8) ? Math.round((0.05 + random.next() * 0.9) * 100) / 100 : null,
      `${sentence(random, 10, 30)} ${sentence(random, 5, 15)}`, stamp(v.madeOn), stamp(v.createdAt),
      ["confirmed", "partly", "refuted"].includes(v.grade) ? stamp(v.madeOn) : null, BENCH_LABEL,
      retractedAt ? stamp(retractedAt) : null, v.retracted ? BENCH_LABEL : null, v.retracted ? "Recorded against the wrong claim" : null,
    );
    const own = evidenceByClaim[v.claim];
    if (own.length === 0 || !random.chance(0.3)) continue;
    const cited = new Set<number>();
    const want = random.int(1, 3);
    for (let attempt = 0; attempt < 8 && cited.size < want; attempt++) {
      const e = random.pick(own);
      if (observed[e] <= v.madeOn && !retractedEvidence[e]) cited.add(e);
    }
    for (const e of cited) insertCitation.run(v.id, evidenceIds[e]);
    counts.citations += cited.size;
  }

  return { counts, claimIds: claims.map((c) => c.id) };
}

let builtFile: string | undefined;

/**
 * Builds the database file `<dir>/bench.db` at the given size and returns what the
 * benchmark needs. The app's data layer holds one Prisma client per process, bound to
 * DATABASE_URL when first imported, so one process builds one database.
 */
export async function buildDataset(dir: string, size: DatasetSize, now = new Date()): Promise<DatasetInfo> {
  const file = path.join(dir, "bench.db");
  if (builtFile && builtFile !== file) throw new Error("buildDataset builds one database per process; run it in a child process");
  builtFile = file;
  mkdirSync(dir, { recursive: true });
  if (existsSync(file)) throw new Error(`${file} already exists`);
  process.env.DATABASE_URL = `file:${file}`;
  const timings: Record<string, number> = {};

  await timedAsync(timings, "migrate", async () => {
    const { loadSchemaEngine } = await import("../db/schema-engine");
    // The migration adapter moved to its own module when PostgreSQL support arrived.
    const { createMigrationAdapter } = existsSync(path.resolve("scripts/db/migration-adapter.ts"))
      ? await import("../db/migration-adapter")
      : await import("../db/sqlite-adapter");
    const { FILTERS, readMigrationsList, readSchemaFiles } = await import("../db/migrations");
    const engine = await loadSchemaEngine(await readSchemaFiles(), createMigrationAdapter());
    try {
      await engine.applyMigrations({ migrationsList: await readMigrationsList(), filters: FILTERS });
    } finally {
      engine.free();
    }
  });

  const random = createRandom(seedOf(`prediction-tracker-bench:${size.name}`));
  const db = new Database(file);
  db.pragma("foreign_keys = ON");
  db.pragma("cache_size = -262144");
  const inserted = timed(timings, "insert", () => db.transaction(() => insertRows(db, size, random, now.getTime()))());

  db.close();

  // Through the app's own data layer from here on.
  const { prisma } = await import("../../lib/db/client");
  const { createUser } = await import("../../lib/db/users");
  const { createApiToken } = await import("../../lib/auth/tokens");
  const { openReview, completeReview, recordReviewVerdict, reviewScopeWhere } = await import("../../lib/db/reviews");

  // The summary columns (live evidence tally, current and effective grade, verdict credence)
  // and the trend rows, recomputed from the inserted rows by the app's own bulk refresh.
  await timedAsync(timings, "summaries", () => refreshAllClaimSummaries(prisma));

  const editorEmail = "bench-editor@bench.invalid";
  const token = await timedAsync(timings, "accounts", async () => {
    const user = await createUser(
      { email: editorEmail, password: `bench-only-${Math.random().toString(36).slice(2)}-not-a-real-password`, role: "editor", name: "Bench editor" },
      BENCH_ACTOR,
    );
    return (await createApiToken(user.id, "bench writes", BENCH_ACTOR)).token;
  });

  const year = now.getUTCFullYear();
  let reviewVerdicts = 0;
  await timedAsync(timings, "review", async () => {
    // Last year's review, frozen as of 15 December; then this year's, with some verdicts
    // recorded in it, frozen now. The second one's page shows what changed since the first.
    await openReview({ year: year - 1 }, BENCH_ACTOR, new Date(Date.UTC(year - 1, 11, 1, 9)));
    await completeReview(year - 1, BENCH_ACTOR, new Date(Date.UTC(year - 1, 11, 15, 23, 59, 59, 999)));
    const opened = await openReview({ year }, BENCH_ACTOR, now);
    const inScope = await prisma.prediction.findMany({ where: reviewScopeWhere(opened.id), select: { id: true }, orderBy: { id: "asc" } });
    const random = createRandom(seedOf(`review:${size.name}`));
    const step = 50;
    for (let i = 0; i < inScope.length; i += step) {
      await recordReviewVerdict(year, inScope[i].id, {
        grade: random.weighted(INTERIM),
        credence: Math.round(random.next() * 100) / 100,
        rationale: `${sentence(random, 10, 25)}`,
        evidenceIds: [],
      }, BENCH_ACTOR);
      reviewVerdicts++;
    }
    await completeReview(year, BENCH_ACTOR, new Date());
  });
  await prisma.$disconnect();

  const conn = new Database(file, { readonly: true });
  const count = (sql: string, ...args: unknown[]) => (conn.prepare(sql).pluck().get(...args) as number) ?? 0;
  const perClaim = conn
    .prepare(`SELECT p."id" AS id, COUNT(e."id") AS n FROM "Prediction" p LEFT JOIN "Evidence" e ON e."predictionId" = p."id" GROUP BY p."id" ORDER BY n, p."id"`)
    .all() as { id: string; n: number }[];
  const median = perClaim[Math.floor(perClaim.length / 2)];
  const busiest = perClaim[perClaim.length - 1];
  const info: DatasetInfo = {
    file,
    size,
    builtAt: now.toISOString(),
    counts: {
      claims: count(`SELECT COUNT(*) FROM "Prediction"`),
      evidence: count(`SELECT COUNT(*) FROM "Evidence"`),
      verdicts: count(`SELECT COUNT(*) FROM "Verdict"`),
      tags: count(`SELECT COUNT(*) FROM "Tag"`),
      tagLinks: inserted.counts.tagLinks,
      citations: count(`SELECT COUNT(*) FROM "VerdictEvidence"`),
      subClaims: count(`SELECT COUNT(*) FROM "Prediction" WHERE "parentId" IS NOT NULL`),
      retractedEvidence: inserted.counts.retractedEvidence,
      retractedVerdicts: inserted.counts.retractedVerdicts,
      reviewVerdicts,
      reviewEntries: count(`SELECT COUNT(*) FROM "ReviewEntry" r JOIN "Review" v ON v."id" = r."reviewId" WHERE v."year" = ?`, year),
    },
    reviewYear: year,
    medianEvidence: median.n,
    typicalClaim: { id: median.id, evidence: median.n },
    busiestClaim: { id: busiest.id, evidence: busiest.n },
    claimIds: inserted.claimIds,
    editorEmail,
    token,
    timingsMs: timings,
  };
  // The denormalised pointer must match the app's rule; a mismatch would skew every figure.
  const drift = count(`SELECT COUNT(*) FROM "Prediction" p WHERE p."currentGrade" IS NOT (
    SELECT v."grade" FROM "Verdict" v WHERE v."predictionId" = p."id" AND v."retractedAt" IS NULL ORDER BY v."madeOn" DESC, v."recordedAt" DESC LIMIT 1)`);
  conn.close();
  if (drift) throw new Error(`${drift} claims have a currentGrade that is not their latest verdict`);
  return info;
}

// Run directly: build one size into --dir and write <dir>/dataset.json.
if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const { values } = parseArgs({ options: { size: { type: "string", default: "small" }, dir: { type: "string" } } });
  const size = SIZES[values.size as keyof typeof SIZES];
  if (!size || !values.dir) {
    console.error("Usage: tsx --conditions=react-server scripts/bench/dataset.ts --size small|large --dir <empty folder>");
    process.exit(2);
  }
  let code = 0;
  try {
    const t0 = performance.now();
    const info = await buildDataset(path.resolve(values.dir), size);
    writeFileSync(path.join(values.dir, "dataset.json"), JSON.stringify(info));
    const { claimIds: _ids, token: _token, ...shown } = info;
    console.log(JSON.stringify({ ...shown, totalMs: Math.round(performance.now() - t0) }));
  } catch (e) {
    console.error(e instanceof Error ? (e.stack ?? e.message) : String(e));
    code = 1;
  }
  // The Wasm schema engine can leave a timer pending for about a minute; don't wait for it.
  process.exit(code);
}
