// The one versioned document that holds the whole record (README "Export and import"):
// `npm run data -- export`, `GET /api/export` and `npm run data -- import` all read and write
// this shape, and the import validates a document against it before it writes anything.
//
// One array per table, each row with every stored column in a fixed key order, rows sorted by
// id, dates as ISO strings (UTC, milliseconds). JSON-text columns (revision changes, review
// figures, a snapshot's cited evidence, audit before/after) stay text, byte for byte: a
// review's seal covers them. Left out on purpose:
// - derived data, rebuilt by the import from the rows: a claim's summary columns (evidence
//   tally, current and effective grade, verdict credence, hindsight credences) and the trend
//   tables (EvidenceMonth, GradeChange);
// - secrets: password hashes, sessions, verification tokens, API tokens, webhooks (their
//   signing secrets) and their deliveries, and the sign-in rate-limit rows;
// - accounts, claim follows and the audit log unless asked for (`includesUsers`); without
//   them, who logged evidence or made a verdict is kept by name only (loggedById and
//   madeById are null).
import { z } from "zod";
import { GRADES, SOURCE_KINDS, STANCES, STRENGTHS } from "../domain";
import { ROLES } from "../roles";
import { STRICT } from "./common";

export const DATA_FORMAT = "prediction-tracker";
export const DATA_VERSION = 1;

const ISO_DATE_TIME = /^(\d{4}-\d{2}-\d{2})T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;

/** An ISO 8601 UTC date-time such as 2024-05-01T00:00:00.000Z, on a real calendar day. */
export function isIsoDateTime(value: string): boolean {
  const m = ISO_DATE_TIME.exec(value);
  if (!m) return false;
  const d = new Date(value);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === m[1];
}

function isJsonText(value: string): boolean {
  try {
    JSON.parse(value);
    return true;
  } catch {
    return false;
  }
}

const DATE_MESSAGE = "Invalid date: expected an ISO date-time such as 2024-05-01T00:00:00.000Z";

/** A type error's message, or "Missing" when the key is absent. */
const expected = (message: string) => (iss: { input?: unknown }) => (iss.input === undefined ? "Missing" : message);

const text = z.string({ error: expected("Expected text") }).refine((v) => v.isWellFormed(), "Contains characters that are not valid text");
const id = z.string({ error: expected("Expected an id") }).min(1, "An id cannot be empty").max(200, "An id is at most 200 characters");
const date = z.string({ error: expected(DATE_MESSAGE) }).refine(isIsoDateTime, DATE_MESSAGE);
const jsonText = z.string({ error: expected("Expected JSON text") }).refine(isJsonText, "Expected JSON text (a string holding valid JSON)");
const int = z.number({ error: expected("Expected a whole number") }).int("Expected a whole number");
const count = int.min(0, "Expected a count of 0 or more");
const probability = z.number({ error: expected("Expected a number from 0 to 1") }).min(0, "Expected a number from 0 to 1").max(1, "Expected a number from 0 to 1");
const bool = z.boolean({ error: expected("Expected true or false") });
const oneOf = <T extends readonly [string, ...string[]]>(values: T) => z.enum(values, { error: expected(`Expected one of: ${values.join(", ")}`) });
const row = <S extends z.ZodRawShape>(shape: S) => z.strictObject(shape, STRICT);

export const dataSettingSchema = row({ key: text.min(1), value: text, updatedAt: date });

export const dataSourceSchema = row({
  id,
  seedKey: text.nullable(),
  title: text,
  author: text,
  url: text,
  publishedOn: date,
  kind: oneOf(SOURCE_KINDS),
  createdAt: date,
  text: text.nullable(),
  textHash: text.nullable(),
  textLength: count.nullable(),
});

export const dataSourceRevisionSchema = row({
  id,
  sourceId: id,
  kind: text.min(1),
  changes: jsonText,
  reason: text,
  editedBy: text,
  createdAt: date,
});

export const dataTagSchema = row({ id, name: text.min(1, "A tag name cannot be empty") });

export const dataClaimSchema = row({
  id,
  seedKey: text.nullable(),
  sourceId: id,
  quote: text,
  section: text,
  position: int,
  quoteStart: count.nullable(),
  quoteEnd: count.nullable(),
  statement: text,
  criteria: text,
  madeOn: date,
  horizonPhrase: text,
  horizonFrom: int,
  horizonTo: int,
  impliedCredence: probability.nullable(),
  credenceWord: text.nullable(),
  isCredenceOverridden: bool,
  parentId: id.nullable(),
  reopenedAt: date.nullable(),
  reopenReason: text.nullable(),
  createdAt: date,
  /** The claim's tags (Tag ids), sorted. */
  tagIds: z.array(id, { error: expected("Expected a list of tag ids") }),
});

export const dataClaimRevisionSchema = row({
  id,
  predictionId: id,
  /** created | edit | quote_correction | credence_override | parent_change */
  kind: text.min(1),
  changes: jsonText,
  reason: text,
  editedBy: text,
  createdAt: date,
});

export const dataEvidenceSchema = row({
  id,
  predictionId: id,
  title: text,
  url: text,
  observedOn: date,
  recordedAt: date,
  stance: oneOf(STANCES),
  strength: oneOf(STRENGTHS),
  summary: text,
  loggedBy: text,
  loggedById: id.nullable(),
  isSeeded: bool,
  retractedAt: date.nullable(),
  retractedBy: text.nullable(),
  retractReason: text.nullable(),
  excerpt: text.nullable(),
  archiveUrl: text.nullable(),
  contentSha256: text.nullable(),
  linkStatus: int.nullable(),
  linkFinalUrl: text.nullable(),
  linkCheckedAt: date.nullable(),
  linkError: text.nullable(),
  linkChangedAt: date.nullable(),
  linkProblem: oneOf(["broken", "unreachable", "changed"]).nullable(),
});

export const dataVerdictSchema = row({
  id,
  predictionId: id,
  grade: oneOf(GRADES),
  credence: probability.nullable(),
  rationale: text,
  madeOn: date,
  recordedAt: date,
  resolvedOn: date.nullable(),
  madeBy: text,
  madeById: id.nullable(),
  isSeeded: bool,
  retractedAt: date.nullable(),
  retractedBy: text.nullable(),
  retractReason: text.nullable(),
  reviewId: id.nullable(),
  /** The evidence the verdict cites (Evidence ids), sorted. */
  citedEvidenceIds: z.array(id, { error: expected("Expected a list of evidence ids") }),
});

export const dataReviewSchema = row({
  id,
  year: int,
  title: text,
  status: oneOf(["open", "completed"]),
  openSlot: z.literal("open", { error: expected('Expected "open" or null') }).nullable(),
  openedOn: date,
  completedOn: date.nullable(),
  notes: text,
  figures: jsonText.nullable(),
  hash: text.nullable(),
  previousHash: text.nullable(),
  isSeeded: bool,
  createdAt: date,
});

export const dataReviewEntrySchema = row({
  id,
  reviewId: id,
  predictionId: id,
  statement: text,
  quote: text,
  grade: oneOf(GRADES).nullable(),
  credence: probability.nullable(),
  rationale: text.nullable(),
  verdictId: id.nullable(),
  verdictOn: date.nullable(),
  newEvidenceCount: count,
  evidenceCount: count,
  citedEvidence: jsonText,
});

export const dataReviewEventSchema = row({
  id,
  reviewId: id,
  /** opened | completed | reopened | sealed */
  kind: text.min(1),
  at: date,
  by: text,
  reason: text.nullable(),
  hash: text.nullable(),
});

/** An account without any credential: no password hash, session or token ever leaves. */
export const dataUserSchema = row({
  id,
  name: text,
  email: text.min(1),
  emailVerified: bool,
  image: text.nullable(),
  role: oneOf(ROLES),
  disabledAt: date.nullable(),
  createdAt: date,
  updatedAt: date,
  digestOptIn: bool,
  digestSentAt: date.nullable(),
});

export const dataClaimFollowSchema = row({ userId: id, predictionId: id, createdAt: date });

export const dataAuditSchema = row({
  id,
  at: date,
  actorId: text.nullable(),
  actorLabel: text,
  action: text,
  entityType: text,
  entityId: text.nullable(),
  before: text.nullable(),
  after: text.nullable(),
  ip: text.nullable(),
});

/** The keys of a row schema that hold dates. */
export function dateKeysOf(shape: Record<string, z.ZodType>): string[] {
  return Object.keys(shape).filter((k) => {
    const s = shape[k];
    return s === date || (s instanceof z.ZodNullable && s.unwrap() === date);
  });
}

const list = <S extends z.ZodType>(schema: S) => z.array(schema, { error: expected("Expected a list") });

/** The whole document. The keys are written in this order. */
export const dataDocumentSchema = z.strictObject(
  {
    format: z.literal(DATA_FORMAT, { error: `Expected "${DATA_FORMAT}": this is not a prediction tracker document` }),
    version: z.literal(DATA_VERSION, { error: `Expected version ${DATA_VERSION}: this app reads version ${DATA_VERSION} documents only` }),
    exportedAt: date,
    /** True when users, claimFollows and audit are included (export --with-users). */
    includesUsers: bool,
    settings: list(dataSettingSchema),
    sources: list(dataSourceSchema),
    sourceRevisions: list(dataSourceRevisionSchema),
    tags: list(dataTagSchema),
    claims: list(dataClaimSchema),
    claimRevisions: list(dataClaimRevisionSchema),
    evidence: list(dataEvidenceSchema),
    verdicts: list(dataVerdictSchema),
    reviews: list(dataReviewSchema),
    reviewEntries: list(dataReviewEntrySchema),
    reviewEvents: list(dataReviewEventSchema),
    users: list(dataUserSchema).optional(),
    claimFollows: list(dataClaimFollowSchema).optional(),
    audit: list(dataAuditSchema).optional(),
  },
  STRICT,
);

export type DataDocument = z.infer<typeof dataDocumentSchema>;
/** The tables of a document, in the order they are written. */
export type DataTable = Exclude<keyof DataDocument, "format" | "version" | "exportedAt" | "includesUsers">;
export type DataRow<T extends DataTable> = NonNullable<DataDocument[T]>[number];

export const DATA_TABLES = [
  "settings",
  "sources",
  "sourceRevisions",
  "tags",
  "claims",
  "claimRevisions",
  "evidence",
  "verdicts",
  "reviews",
  "reviewEntries",
  "reviewEvents",
  "users",
  "claimFollows",
  "audit",
] as const satisfies readonly DataTable[];

/** The tables only a document made with users holds. */
export const USER_TABLES = ["users", "claimFollows", "audit"] as const satisfies readonly DataTable[];

/** GET /api/export's query: `?users=1` adds accounts (no credentials), claim follows and the audit log. */
export const exportQuerySchema = z.strictObject(
  {
    users: z.enum(["0", "1"], { error: "users must be 1 (include accounts and the audit log) or 0" }).optional(),
  },
  STRICT,
);
export type ExportQuery = z.infer<typeof exportQuerySchema>;

/** "claims[3].madeOn": where an issue sits, as a reader would write the path. */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const part of path) {
    if (typeof part === "number") out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out || "(document)";
}

/** The first problem of a failed parse, as one line: "claims[3].madeOn: Invalid date: …". */
export function firstIssueOf(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return "(document): invalid";
  return `${formatIssuePath(issue.path)}: ${issue.message}`;
}
