// Loads a data document (lib/validation/data-document.ts) into the database.
//
// - The whole document is checked first: its shape by the one zod schema, then its references
//   (lib/data/references.ts). The first problem is named by its path; nothing is written.
// - An empty database gets everything, in one transaction. So does a database that holds
//   only the untouched seed (what `npm run db:reset` leaves): the seed is replaced by the
//   document in the same transaction, so export → db:reset → import ends with the same data.
// - Any other database is refused unless `merge`: then rows are matched on stable ids (the id;
//   a source's or claim's seedKey, a tag's name, a review's year, an account's email), what is
//   missing is added and nothing that exists is changed. History that belongs to a row which
//   already exists (a claim's or source's revisions and tags, a review's snapshot and events)
//   is left as the database has it; evidence, verdicts and follows are added to existing
//   claims. `dryRun` reports the same counts and writes nothing.
// - Afterwards the derived data (claim summaries, trend tables) is rebuilt from the rows, and
//   one audit row records the import.
import type { AuditActor } from "../db/audit";
import { refreshAllClaimSummaries } from "../db/claim-summary";
import type { Db } from "../db/client";
import {
  deleteSeedContent,
  describeContent,
  existingFollows,
  existingIds,
  existingSettingKeys,
  idsByUniqueKey,
  insertCitations,
  insertClaimTags,
  insertRows,
  isTableEmpty,
  openReviewId,
  recordImport,
  type ContentState,
  type Tx,
} from "../db/data";
import { dataDocumentSchema, firstIssueOf, type DataDocument, type DataRow } from "../validation/data-document";
import { claimDepths, findReferenceProblem } from "./references";

/** A document that cannot be imported as it is; `message` names the path of the first problem. */
export class DataDocumentError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "DataDocumentError";
  }
}

/** The database holds data and `merge` was not asked for. */
export class ImportRefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ImportRefusedError";
  }
}

/** Parses and validates a document's text: the document, or a DataDocumentError naming the first problem. */
export function parseDataDocument(text: string): DataDocument {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new DataDocumentError(`(document): Not valid JSON (${e instanceof Error ? e.message : String(e)})`);
  }
  return validateDataDocument(raw);
}

/**
 * `npm run data -- export > file` (without --silent) puts npm's own header lines (">" lines)
 * before the document: they are dropped. Any other text is left for the parser to refuse.
 */
export function stripNpmHeader(text: string): string {
  const start = text.search(/^\s*\{/m);
  if (start <= 0) return text;
  const head = text.slice(0, start);
  return head.split("\n").every((line) => line.trim() === "" || line.startsWith("> ")) ? text.slice(start) : text;
}

/** Validates an already parsed document: its shape first, then its references. */
export function validateDataDocument(raw: unknown): DataDocument {
  const parsed = dataDocumentSchema.safeParse(raw);
  if (!parsed.success) throw new DataDocumentError(firstIssueOf(parsed.error));
  // The schema only checks (no defaults, no transforms, no unknown keys): the input is the
  // document, and keeping it rather than zod's copy halves the memory a large import needs.
  const doc = raw as DataDocument;
  const problem = findReferenceProblem(doc);
  if (problem) throw new DataDocumentError(problem);
  return doc;
}

/** The counts the report gives, per table (claimTags: claim↔tag links; citations: verdict→evidence). */
export const REPORT_TABLES = [
  "settings",
  "users",
  "sources",
  "sourceRevisions",
  "tags",
  "claims",
  "claimTags",
  "claimRevisions",
  "reviews",
  "reviewEvents",
  "reviewEntries",
  "evidence",
  "verdicts",
  "citations",
  "claimFollows",
  "audit",
] as const;
export type ReportTable = (typeof REPORT_TABLES)[number];
export type TableCounts = { added: number; skipped: number };

export type ImportMode = "load" | "replace_seed" | "merge";
export type ImportReport = { mode: ImportMode; dryRun: boolean; tables: Record<ReportTable, TableCounts>; added: number; skipped: number };

export type ImportOptions = {
  merge?: boolean;
  dryRun?: boolean;
  /** Who the audit row names (default: the command line). */
  actor?: AuditActor;
  onProgress?: (p: { done: number; total: number }) => void;
};

export const CLI_ACTOR: AuditActor = { id: null, label: "cli" };

/** How long one import may hold its transaction: a large document takes minutes. */
const IMPORT_TRANSACTION = { maxWait: 60_000, timeout: 60 * 60_000 };

export function describeRefusal(state: Extract<ContentState, { kind: "data" }>): string {
  const c = state.counts;
  return (
    `The database is not empty (${c.sources} sources, ${c.claims} claims, ${c.evidence} evidence items, ${c.verdicts} verdicts, ${c.reviews} reviews; ` +
    `it holds ${state.touched}), so nothing was imported. Import into an empty database (npm run db:reset leaves only the seed, which an import replaces), ` +
    `or pass --merge to add what is missing and keep what is there (--merge --dry-run shows the counts first).`
  );
}

type Row<T extends Parameters<typeof insertRows>[1]> = DataRow<T>;

/** What to write: rows already pointing at the database's ids, in a writable order. */
type Plan = {
  settings: Row<"settings">[];
  users: Row<"users">[];
  sources: Row<"sources">[];
  sourceRevisions: Row<"sourceRevisions">[];
  tags: Row<"tags">[];
  /** Parents before sub-claims. */
  claims: Row<"claims">[];
  claimTags: [string, string][];
  claimRevisions: Row<"claimRevisions">[];
  reviews: Row<"reviews">[];
  reviewEvents: Row<"reviewEvents">[];
  reviewEntries: Row<"reviewEntries">[];
  evidence: Row<"evidence">[];
  verdicts: Row<"verdicts">[];
  citations: { verdictId: string; evidenceId: string }[];
  claimFollows: Row<"claimFollows">[];
  audit: Row<"audit">[];
};

/** A doc id → the database's id for the same thing (itself unless matched by another key). */
class IdMap {
  private readonly other = new Map<string, string>();
  map(docId: string, dbId: string) {
    if (docId !== dbId) this.other.set(docId, dbId);
  }
  get = (docId: string) => this.other.get(docId) ?? docId;
  get isIdentity() {
    return this.other.size === 0;
  }
  nullable = (docId: string | null) => (docId === null ? null : this.get(docId));
}

/**
 * Splits a table's rows into those the database already has (by id, then by a unique key)
 * and those to add. `assumeEmpty` skips the lookups for a table known to be empty.
 */
async function splitExisting<R extends { id: string }>(
  tx: Tx,
  table: "sources" | "claims" | "tags" | "reviews" | "users" | "evidence" | "verdicts" | "audit",
  rows: R[],
  ids: IdMap | null,
  assumeEmpty: boolean,
  unique?: { column: "seedKey" | "name" | "year" | "email"; of: (row: R) => string | number | null },
): Promise<{ add: R[]; skip: number }> {
  if (!rows.length || assumeEmpty || (await isTableEmpty(tx, table))) return { add: rows, skip: 0 };
  const byId = await existingIds(tx, table, rows.map((r) => r.id));
  let rest = rows.filter((r) => !byId.has(r.id));
  if (unique) {
    const values = rest.map(unique.of).filter((v): v is string | number => v !== null);
    const found = await idsByUniqueKey(tx, { table, column: unique.column } as Parameters<typeof idsByUniqueKey>[1], values);
    rest = rest.filter((r) => {
      const v = unique.of(r);
      const dbId = v === null ? undefined : found.get(v);
      if (dbId === undefined) return true;
      ids?.map(r.id, dbId);
      return false;
    });
  }
  return { add: rest, skip: rows.length - rest.length };
}

async function planImport(tx: Tx, doc: DataDocument, contentIsEmpty: boolean): Promise<{ plan: Plan; skipped: Record<ReportTable, number> }> {
  const skipped = Object.fromEntries(REPORT_TABLES.map((t) => [t, 0])) as Record<ReportTable, number>;
  const sourceIds = new IdMap();
  const claimIds = new IdMap();
  const tagIds = new IdMap();
  const reviewIds = new IdMap();
  const userIds = new IdMap();

  const existingKeys = contentIsEmpty && !doc.settings.length ? new Set<string>() : await existingSettingKeys(tx, doc.settings.map((s) => s.key));
  const settings = doc.settings.filter((s) => !existingKeys.has(s.key));
  skipped.settings = doc.settings.length - settings.length;

  // Accounts are never part of "empty": match them by id, then by email (the development admin).
  const users = await splitExisting(tx, "users", doc.users ?? [], userIds, false, { column: "email", of: (u) => u.email.toLowerCase() });
  skipped.users = users.skip;

  const sources = await splitExisting(tx, "sources", doc.sources, sourceIds, contentIsEmpty, { column: "seedKey", of: (s) => s.seedKey });
  skipped.sources = sources.skip;
  const newSources = new Set(sources.add.map((s) => s.id));
  const sourceRevisions = doc.sourceRevisions.filter((r) => newSources.has(r.sourceId));
  skipped.sourceRevisions = doc.sourceRevisions.length - sourceRevisions.length;

  const tags = await splitExisting(tx, "tags", doc.tags, tagIds, contentIsEmpty, { column: "name", of: (t) => t.name });
  skipped.tags = tags.skip;

  const claimSplit = await splitExisting(tx, "claims", doc.claims, claimIds, contentIsEmpty, { column: "seedKey", of: (c) => c.seedKey });
  skipped.claims = claimSplit.skip;
  const { depth } = claimDepths(doc);
  const claims = claimSplit.add
    .map((c) => ({ ...c, sourceId: sourceIds.get(c.sourceId), parentId: claimIds.nullable(c.parentId), tagIds: c.tagIds.map(tagIds.get) }))
    .sort((a, b) => (depth.get(a.id) ?? 0) - (depth.get(b.id) ?? 0));
  const newClaims = new Set(claims.map((c) => c.id));
  const claimTags = claims.flatMap((c) => c.tagIds.map((t): [string, string] => [c.id, t]));
  skipped.claimTags = doc.claims.reduce((n, c) => n + c.tagIds.length, 0) - claimTags.length;
  const claimRevisions = doc.claimRevisions.filter((r) => newClaims.has(r.predictionId));
  skipped.claimRevisions = doc.claimRevisions.length - claimRevisions.length;

  const reviewSplit = await splitExisting(tx, "reviews", doc.reviews, reviewIds, contentIsEmpty, { column: "year", of: (r) => r.year });
  const openId = contentIsEmpty ? null : await openReviewId(tx);
  // Only one review may be open: a second open one is left out (and its verdicts keep no review).
  const dropped = new Set(reviewSplit.add.filter((r) => r.openSlot !== null && openId !== null).map((r) => r.id));
  const reviews = reviewSplit.add.filter((r) => !dropped.has(r.id));
  skipped.reviews = doc.reviews.length - reviews.length;
  const newReviews = new Set(reviews.map((r) => r.id));
  const reviewEvents = doc.reviewEvents.filter((e) => newReviews.has(e.reviewId));
  skipped.reviewEvents = doc.reviewEvents.length - reviewEvents.length;
  const reviewEntries = doc.reviewEntries.filter((e) => newReviews.has(e.reviewId)).map((e) => ({ ...e, predictionId: claimIds.get(e.predictionId) }));
  skipped.reviewEntries = doc.reviewEntries.length - reviewEntries.length;

  const evidenceSplit = await splitExisting(tx, "evidence", doc.evidence, null, contentIsEmpty);
  skipped.evidence = evidenceSplit.skip;
  // Copied only when an id moves: a large import keeps one copy of its evidence in memory.
  const evidence =
    claimIds.isIdentity && userIds.isIdentity
      ? evidenceSplit.add
      : evidenceSplit.add.map((e) => ({ ...e, predictionId: claimIds.get(e.predictionId), loggedById: userIds.nullable(e.loggedById) }));

  const verdictSplit = await splitExisting(tx, "verdicts", doc.verdicts, null, contentIsEmpty);
  skipped.verdicts = verdictSplit.skip;
  const verdicts =
    claimIds.isIdentity && userIds.isIdentity && reviewIds.isIdentity && !dropped.size
      ? verdictSplit.add
      : verdictSplit.add.map((v) => ({
          ...v,
          predictionId: claimIds.get(v.predictionId),
          reviewId: v.reviewId === null || dropped.has(v.reviewId) ? null : reviewIds.get(v.reviewId),
          madeById: userIds.nullable(v.madeById),
        }));
  const citations = verdicts.flatMap((v) => v.citedEvidenceIds.map((evidenceId) => ({ verdictId: v.id, evidenceId })));
  skipped.citations = doc.verdicts.reduce((n, v) => n + v.citedEvidenceIds.length, 0) - citations.length;

  const follows = (doc.claimFollows ?? []).map((f) => ({ ...f, userId: userIds.get(f.userId), predictionId: claimIds.get(f.predictionId) }));
  const followed = follows.length && !contentIsEmpty ? await existingFollows(tx, follows) : new Set<string>();
  const claimFollows = follows.filter((f) => !followed.has(`${f.userId} ${f.predictionId}`));
  skipped.claimFollows = follows.length - claimFollows.length;

  const auditSplit = await splitExisting(tx, "audit", doc.audit ?? [], null, false);
  skipped.audit = auditSplit.skip;
  const audit = auditSplit.add.map((a) => ({ ...a, actorId: a.actorId === null ? null : userIds.get(a.actorId) }));

  return {
    plan: {
      settings,
      users: users.add,
      sources: sources.add,
      sourceRevisions,
      tags: tags.add,
      claims,
      claimTags,
      claimRevisions,
      reviews,
      reviewEvents,
      reviewEntries,
      evidence,
      verdicts,
      citations,
      claimFollows,
      audit,
    },
    skipped,
  };
}

async function writePlan(tx: Tx, plan: Plan, onRows: (n: number) => void): Promise<void> {
  await insertRows(tx, "settings", plan.settings, onRows);
  await insertRows(tx, "users", plan.users, onRows);
  await insertRows(tx, "sources", plan.sources, onRows);
  await insertRows(tx, "sourceRevisions", plan.sourceRevisions, onRows);
  await insertRows(tx, "tags", plan.tags, onRows);
  await insertRows(tx, "claims", plan.claims, onRows);
  await insertClaimTags(tx, plan.claimTags, onRows);
  await insertRows(tx, "claimRevisions", plan.claimRevisions, onRows);
  await insertRows(tx, "reviews", plan.reviews, onRows);
  await insertRows(tx, "reviewEvents", plan.reviewEvents, onRows);
  await insertRows(tx, "evidence", plan.evidence, onRows);
  await insertRows(tx, "verdicts", plan.verdicts, onRows);
  await insertCitations(tx, plan.citations, onRows);
  await insertRows(tx, "reviewEntries", plan.reviewEntries, onRows);
  await insertRows(tx, "claimFollows", plan.claimFollows, onRows);
  await insertRows(tx, "audit", plan.audit, onRows);
}

/** Rolls a dry run's transaction back once the counts are known. */
class DryRun extends Error {
  constructor(readonly report: ImportReport) {
    super("dry run");
  }
}

/**
 * Imports a validated document (validateDataDocument / parseDataDocument). Throws
 * ImportRefusedError for a database that holds data without `merge`; on any error nothing
 * is written.
 */
export async function importDataDocument(db: Db, doc: DataDocument, options: ImportOptions = {}): Promise<ImportReport> {
  const problem = findReferenceProblem(doc);
  if (problem) throw new DataDocumentError(problem);
  try {
    return await db.$transaction(async (tx) => {
      const state = await describeContent(tx);
      if (state.kind === "data" && !options.merge) throw new ImportRefusedError(describeRefusal(state));
      const mode: ImportMode = state.kind === "empty" ? "load" : state.kind === "seed" && !options.merge ? "replace_seed" : "merge";
      if (mode === "replace_seed") await deleteSeedContent(tx);
      const { plan, skipped } = await planImport(tx, doc, mode !== "merge");
      const tables = Object.fromEntries(
        REPORT_TABLES.map((t) => [t, { added: plan[t].length, skipped: skipped[t] }]),
      ) as Record<ReportTable, TableCounts>;
      const added = Object.values(tables).reduce((n, c) => n + c.added, 0);
      const report: ImportReport = { mode, dryRun: Boolean(options.dryRun), tables, added, skipped: Object.values(tables).reduce((n, c) => n + c.skipped, 0) };
      // A dry run has planned against the database as the import would leave it (the seed
      // gone, in replace mode); roll that back.
      if (options.dryRun) throw new DryRun(report);
      let done = 0;
      options.onProgress?.({ done, total: added });
      await writePlan(tx, plan, (n) => {
        done += n;
        options.onProgress?.({ done, total: added });
      });
      await refreshAllClaimSummaries(tx);
      await recordImport(tx, options.actor ?? CLI_ACTOR, {
        mode,
        exportedAt: doc.exportedAt,
        added: Object.fromEntries(Object.entries(tables).map(([t, c]) => [t, c.added])),
      });
      return report;
    }, IMPORT_TRANSACTION);
  } catch (e) {
    if (e instanceof DryRun) return e.report;
    throw e;
  }
}
