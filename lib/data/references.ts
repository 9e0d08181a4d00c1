// The checks a data document must pass beyond its shape, before anything is written: every
// id unique in its table, every reference pointing at a row of the same document, the unique
// columns unique, no sub-claim cycle. Pure. The first problem is named by its path, as the
// shape check names its own ("evidence[12].predictionId: …").
import type { DataDocument } from "../validation/data-document";

class Problem extends Error {}

function fail(path: string, message: string): never {
  throw new Problem(`${path}: ${message}`);
}

/** Each row's key must be new; the map remembers where a key was first seen. */
function uniqueIndex<T>(rows: T[], table: string, keyOf: (row: T) => string | number | null, field: string): Map<string | number, number> {
  const seen = new Map<string | number, number>();
  rows.forEach((row, i) => {
    const key = keyOf(row);
    if (key === null) return;
    const first = seen.get(key);
    if (first !== undefined) fail(`${table}[${i}].${field}`, `${JSON.stringify(key)} appears twice (also ${table}[${first}])`);
    seen.set(key, i);
  });
  return seen;
}

function refersTo(ids: Map<string | number, number>, value: string | null, path: string, what: string) {
  if (value !== null && !ids.has(value)) fail(path, `No ${what} with id ${JSON.stringify(value)} in the document`);
}

/** The first problem of the document, or null when every reference holds. */
export function findReferenceProblem(doc: DataDocument): string | null {
  try {
    checkReferences(doc);
    return null;
  } catch (e) {
    if (e instanceof Problem) return e.message;
    throw e;
  }
}

function checkReferences(doc: DataDocument): void {
  const hasUsers = doc.users !== undefined;
  for (const t of ["users", "claimFollows", "audit"] as const) {
    if (doc.includesUsers && doc[t] === undefined) fail(t, "Missing: a document with includesUsers true holds users, claimFollows and audit");
    if (!doc.includesUsers && doc[t] !== undefined) fail(t, "Not expected: includesUsers is false");
  }

  uniqueIndex(doc.settings, "settings", (s) => s.key, "key");
  const sources = uniqueIndex(doc.sources, "sources", (s) => s.id, "id");
  uniqueIndex(doc.sources, "sources", (s) => s.seedKey, "seedKey");
  uniqueIndex(doc.sourceRevisions, "sourceRevisions", (r) => r.id, "id");
  doc.sourceRevisions.forEach((r, i) => refersTo(sources, r.sourceId, `sourceRevisions[${i}].sourceId`, "source"));

  const tags = uniqueIndex(doc.tags, "tags", (t) => t.id, "id");
  uniqueIndex(doc.tags, "tags", (t) => t.name, "name");

  const users = hasUsers ? uniqueIndex(doc.users ?? [], "users", (u) => u.id, "id") : new Map<string | number, number>();
  if (hasUsers) uniqueIndex(doc.users ?? [], "users", (u) => u.email.toLowerCase(), "email");
  const userRef = (value: string | null, path: string) => {
    if (value === null) return;
    if (!hasUsers) fail(path, "Must be null in a document without users");
    refersTo(users, value, path, "user");
  };

  const claims = uniqueIndex(doc.claims, "claims", (c) => c.id, "id");
  uniqueIndex(doc.claims, "claims", (c) => c.seedKey, "seedKey");
  doc.claims.forEach((c, i) => {
    refersTo(sources, c.sourceId, `claims[${i}].sourceId`, "source");
    refersTo(claims, c.parentId, `claims[${i}].parentId`, "claim");
    if (c.parentId === c.id) fail(`claims[${i}].parentId`, "A claim cannot be its own sub-claim");
    c.tagIds.forEach((t, j) => refersTo(tags, t, `claims[${i}].tagIds[${j}]`, "tag"));
    if (new Set(c.tagIds).size !== c.tagIds.length) fail(`claims[${i}].tagIds`, "A tag appears twice");
  });
  const cycle = claimDepths(doc).cycleAt;
  if (cycle !== null) fail(`claims[${cycle}].parentId`, "Sub-claims form a cycle");

  uniqueIndex(doc.claimRevisions, "claimRevisions", (r) => r.id, "id");
  doc.claimRevisions.forEach((r, i) => refersTo(claims, r.predictionId, `claimRevisions[${i}].predictionId`, "claim"));

  const evidence = uniqueIndex(doc.evidence, "evidence", (e) => e.id, "id");
  doc.evidence.forEach((e, i) => {
    refersTo(claims, e.predictionId, `evidence[${i}].predictionId`, "claim");
    userRef(e.loggedById, `evidence[${i}].loggedById`);
  });

  const reviews = uniqueIndex(doc.reviews, "reviews", (r) => r.id, "id");
  uniqueIndex(doc.reviews, "reviews", (r) => r.year, "year");
  uniqueIndex(doc.reviews, "reviews", (r) => r.openSlot, "openSlot");
  doc.reviews.forEach((r, i) => {
    if ((r.status === "open") !== (r.openSlot === "open")) fail(`reviews[${i}].openSlot`, 'Must be "open" exactly when the review is open');
  });

  uniqueIndex(doc.verdicts, "verdicts", (v) => v.id, "id");
  doc.verdicts.forEach((v, i) => {
    refersTo(claims, v.predictionId, `verdicts[${i}].predictionId`, "claim");
    refersTo(reviews, v.reviewId, `verdicts[${i}].reviewId`, "review");
    userRef(v.madeById, `verdicts[${i}].madeById`);
    v.citedEvidenceIds.forEach((e, j) => refersTo(evidence, e, `verdicts[${i}].citedEvidenceIds[${j}]`, "evidence item"));
    if (new Set(v.citedEvidenceIds).size !== v.citedEvidenceIds.length) fail(`verdicts[${i}].citedEvidenceIds`, "An evidence item appears twice");
  });

  uniqueIndex(doc.reviewEntries, "reviewEntries", (e) => e.id, "id");
  uniqueIndex(doc.reviewEntries, "reviewEntries", (e) => `${e.reviewId} ${e.predictionId}`, "predictionId");
  doc.reviewEntries.forEach((e, i) => {
    refersTo(reviews, e.reviewId, `reviewEntries[${i}].reviewId`, "review");
    refersTo(claims, e.predictionId, `reviewEntries[${i}].predictionId`, "claim");
  });
  uniqueIndex(doc.reviewEvents, "reviewEvents", (e) => e.id, "id");
  doc.reviewEvents.forEach((e, i) => refersTo(reviews, e.reviewId, `reviewEvents[${i}].reviewId`, "review"));

  const follows = doc.claimFollows ?? [];
  uniqueIndex(follows, "claimFollows", (f) => `${f.userId} ${f.predictionId}`, "predictionId");
  follows.forEach((f, i) => {
    refersTo(users, f.userId, `claimFollows[${i}].userId`, "user");
    refersTo(claims, f.predictionId, `claimFollows[${i}].predictionId`, "claim");
  });
  uniqueIndex(doc.audit ?? [], "audit", (a) => a.id, "id");
}

/**
 * How deep each claim sits under its parents (0 for a top-level claim), so claims can be
 * written parents first; `cycleAt` is the index of a claim on a parent cycle, if any.
 */
export function claimDepths(doc: Pick<DataDocument, "claims">): { depth: Map<string, number>; cycleAt: number | null } {
  const parentOf = new Map(doc.claims.map((c) => [c.id, c.parentId]));
  const depth = new Map<string, number>();
  for (const [i, c] of doc.claims.entries()) {
    const chain: string[] = [];
    const onChain = new Set<string>();
    let at: string | null = c.id;
    while (at !== null && !depth.has(at)) {
      if (onChain.has(at)) return { depth, cycleAt: i };
      onChain.add(at);
      chain.push(at);
      const parent: string | null | undefined = parentOf.get(at);
      at = parent === undefined ? null : parent;
    }
    let d = at === null ? -1 : (depth.get(at) as number);
    for (let k = chain.length - 1; k >= 0; k--) depth.set(chain[k], ++d);
  }
  return { depth, cycleAt: null };
}
