// The audit log read as sentences: "Ada logged evidence “X” on claim “Y”", with links to what
// each row is about, and a diff of the fields it changed. Pure: the data layer looks up the
// names of the rows an audit page mentions (AuditRefs) and these functions only format.
import { GRADE_LABELS, isGrade } from "./domain";

/** The audit row as the log stores it: before and after are JSON text or null. */
export type AuditLogRow = {
  id: string;
  at: string;
  actorId: string | null;
  actorLabel: string;
  action: string;
  entityType: string;
  entityId: string | null;
  before: string | null;
  after: string | null;
};

/** Names of the rows a page of the log mentions, as they read now; absent when deleted. */
export type AuditRefs = {
  claims: Record<string, { statement: string }>;
  evidence: Record<string, { title: string; predictionId: string }>;
  verdicts: Record<string, { grade: string; predictionId: string }>;
  sources: Record<string, { title: string }>;
  users: Record<string, { name: string; email: string }>;
  reviews: Record<string, { year: number }>;
  tags: Record<string, { name: string }>;
};

export const EMPTY_REFS: AuditRefs = { claims: {}, evidence: {}, verdicts: {}, sources: {}, users: {}, reviews: {}, tags: {} };

/** One piece of a sentence: plain text, or text that links to what it names. */
export type SentencePart = { text: string; href?: string };

export type AuditDiffLine = { field: string; label: string; before: string; after: string };

export type DescribedAudit = {
  parts: SentencePart[];
  /** The sentence as plain text (for tests, titles and screen-reader-only copies). */
  text: string;
  /** The reason the writer gave, when the row carries one. */
  reason: string | null;
  diff: AuditDiffLine[];
};

type Json = Record<string, unknown>;

/** Parses stored JSON; anything that is not an object reads as an empty one. */
export function parseAuditJson(value: string | null): Json {
  if (value === null) return {};
  try {
    const v: unknown = JSON.parse(value);
    return typeof v === "object" && v !== null && !Array.isArray(v) ? (v as Json) : { value: v };
  } catch {
    return { value };
  }
}

const str = (v: unknown): string | null => (typeof v === "string" && v !== "" ? v : null);

/** Which ids of which kinds a page of rows mentions, so the data layer can name them in bulk. */
export function auditRefIds(rows: AuditLogRow[]) {
  const ids = { claims: new Set<string>(), evidence: new Set<string>(), verdicts: new Set<string>(), sources: new Set<string>(), users: new Set<string>(), reviews: new Set<string>(), tags: new Set<string>() };
  const add = (set: Set<string>, v: unknown) => {
    if (typeof v === "string" && v) set.add(v);
  };
  for (const r of rows) {
    const before = parseAuditJson(r.before);
    const after = parseAuditJson(r.after);
    add(ids.users, r.actorId);
    const byType: Record<string, Set<string>> = {
      Prediction: ids.claims,
      Evidence: ids.evidence,
      Verdict: ids.verdicts,
      Source: ids.sources,
      User: ids.users,
      Review: ids.reviews,
      Tag: ids.tags,
    };
    if (byType[r.entityType]) add(byType[r.entityType], r.entityId);
    add(ids.claims, after.predictionId);
    add(ids.reviews, after.reviewId);
    add(ids.claims, before.parentId);
    add(ids.claims, after.parentId);
    add(ids.users, after.userId);
  }
  return {
    claims: [...ids.claims],
    evidence: [...ids.evidence],
    verdicts: [...ids.verdicts],
    sources: [...ids.sources],
    users: [...ids.users],
    reviews: [...ids.reviews],
    tags: [...ids.tags],
  };
}

export type AuditRefIds = ReturnType<typeof auditRefIds>;

// ---- links --------------------------------------------------------------------------------

export const claimHref = (id: string) => `/predictions/${encodeURIComponent(id)}`;
export const evidenceHref = (predictionId: string, id: string) => `${claimHref(predictionId)}#ev-${encodeURIComponent(id)}`;
export const verdictHref = (predictionId: string, id: string) => `${claimHref(predictionId)}#verdict-${encodeURIComponent(id)}`;
export const sourceHref = (id: string) => `/sources/${encodeURIComponent(id)}`;
export const reviewHref = (year: number) => `/reviews/${year}`;
export const userHref = (id: string) => `/admin/users#user-${encodeURIComponent(id)}`;
export const tagHref = (name: string) => `/predictions?tag=${encodeURIComponent(name)}`;

/** Quoted, and shortened so one row stays one line or two; the diff keeps the full text. */
export function quoted(text: string, max = 90): string {
  const one = text.replace(/\s+/g, " ").trim();
  return `“${one.length > max ? `${one.slice(0, max - 1).trimEnd()}…` : one}”`;
}

const gradeLabel = (g: unknown) => (isGrade(g) ? GRADE_LABELS[g] : typeof g === "string" ? g : "no grade");

// ---- sentences -----------------------------------------------------------------------------

type Ctx = { row: AuditLogRow; before: Json; after: Json; refs: AuditRefs };

const t = (text: string): SentencePart => ({ text });
const link = (text: string, href?: string): SentencePart => (href ? { text, href } : { text });

function actorPart({ row, refs }: Ctx): SentencePart {
  const label = row.actorLabel || "Someone";
  return row.actorId && refs.users[row.actorId] ? link(label, userHref(row.actorId)) : t(label);
}

/** “claim “Statement”” linked to the claim, or a plain mention when it no longer exists. */
function claimPart(refs: AuditRefs, id: unknown, fallback?: unknown): SentencePart[] {
  if (typeof id !== "string" || !id) return [t("a claim")];
  const c = refs.claims[id];
  const statement = c?.statement ?? str(fallback);
  if (!statement) return [t("a claim that no longer exists")];
  return [t("claim "), link(quoted(statement), c ? claimHref(id) : undefined)];
}

function sourcePart(refs: AuditRefs, id: string | null, fallback?: unknown): SentencePart[] {
  const s = id ? refs.sources[id] : undefined;
  const title = s?.title ?? str(fallback);
  if (!title) return [t("a source")];
  return [t("source "), link(quoted(title), s && id ? sourceHref(id) : undefined)];
}

function reviewPart(refs: AuditRefs, id: string | null, fallbackYear?: unknown): SentencePart {
  const year = (id ? refs.reviews[id]?.year : undefined) ?? (typeof fallbackYear === "number" ? fallbackYear : null);
  if (year === null) return t("a review");
  return link(`the ${year} review`, reviewHref(year));
}

function userPart(refs: AuditRefs, id: string | null, fallback?: unknown): SentencePart {
  const u = id ? refs.users[id] : undefined;
  const label = u ? (u.name && u.name !== u.email ? `${u.name} (${u.email})` : u.email) : (str(fallback) ?? "an account");
  return link(label, u && id ? userHref(id) : undefined);
}

function tagPart(refs: AuditRefs, name: unknown): SentencePart {
  const n = str(name);
  return n ? link(`“${n}”`, tagHref(n)) : t("a tag");
}

const FIELD_LABELS: Record<string, string> = {
  statement: "statement",
  criteria: "resolution criteria",
  horizon: "horizon",
  tags: "tags",
  quote: "quote",
  impliedCredence: "implied credence",
  credenceWord: "hedge word",
  parentId: "parent claim",
  title: "title",
  author: "author",
  url: "URL",
  publishedOn: "date published",
  kind: "kind",
  name: "name",
};

function fieldList(fields: string[]): string {
  const names = fields.map((f) => FIELD_LABELS[f] ?? f);
  if (names.length <= 1) return names.join("");
  return `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}

const changedFields = (before: Json, after: Json) =>
  [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((k) => k !== "reason" && JSON.stringify(before[k]) !== JSON.stringify(after[k]));

const percent = (v: unknown) => (typeof v === "number" && Number.isFinite(v) ? `${Math.round(v * 100)}%` : "none");

/** The sentence for each action the app writes; anything else gets a plain, generic one. */
const SENTENCES: Record<string, (c: Ctx) => SentencePart[]> = {
  "evidence.create": ({ row, after, refs }) => {
    const pid = str(after.predictionId);
    const title = refs.evidence[row.entityId ?? ""]?.title ?? str(after.title) ?? "an item";
    const href = pid && row.entityId && refs.claims[pid] ? evidenceHref(pid, row.entityId) : undefined;
    return [t(" logged evidence "), link(quoted(title), href), t(" on "), ...claimPart(refs, pid)];
  },
  "evidence.retract": ({ row, refs }) => {
    const e = row.entityId ? refs.evidence[row.entityId] : undefined;
    if (!e) return [t(" retracted an evidence item that no longer exists")];
    return [t(" retracted evidence "), link(quoted(e.title), evidenceHref(e.predictionId, row.entityId!)), t(" on "), ...claimPart(refs, e.predictionId)];
  },
  "verdict.create": ({ row, after, refs }) => {
    const pid = str(after.predictionId) ?? (row.entityId ? refs.verdicts[row.entityId]?.predictionId : null) ?? null;
    const grade = gradeLabel(after.grade ?? refs.verdicts[row.entityId ?? ""]?.grade);
    const credence = typeof after.credence === "number" ? ` (credence ${percent(after.credence)})` : "";
    const reviewId = str(after.reviewId);
    return [
      t(" recorded a verdict: "),
      link(`${grade}${credence}`, pid && row.entityId ? verdictHref(pid, row.entityId) : undefined),
      t(" on "),
      ...claimPart(refs, pid),
      ...(reviewId ? [t(" in "), reviewPart(refs, reviewId)] : []),
    ];
  },
  "verdict.retract": ({ row, before, refs }) => {
    const v = row.entityId ? refs.verdicts[row.entityId] : undefined;
    const grade = gradeLabel(before.grade ?? v?.grade);
    if (!v) return [t(` retracted a verdict (${grade}) on a claim that no longer exists`)];
    return [t(" retracted a verdict: "), link(grade, verdictHref(v.predictionId, row.entityId!)), t(" on "), ...claimPart(refs, v.predictionId)];
  },
  "prediction.created": ({ row, after, refs }) => [t(" added "), ...claimPart(refs, row.entityId, after.statement)],
  "prediction.edit": ({ row, before, after, refs }) => {
    const fields = changedFields(before, after);
    return [t(" edited "), ...claimPart(refs, row.entityId), ...(fields.length ? [t(`: ${fieldList(fields)}`)] : [])];
  },
  "prediction.quote_correction": ({ row, refs }) => [t(" corrected the quote of "), ...claimPart(refs, row.entityId)],
  "prediction.credence_override": ({ row, before, after, refs }) => [
    t(" set the implied credence of "),
    ...claimPart(refs, row.entityId),
    t(` from ${percent(before.impliedCredence)} to ${percent(after.impliedCredence)}`),
  ],
  "prediction.parent_change": ({ row, after, refs }) => {
    const parent = str(after.parentId);
    return parent
      ? [t(" made "), ...claimPart(refs, row.entityId), t(" part of "), ...claimPart(refs, parent)]
      : [t(" detached "), ...claimPart(refs, row.entityId), t(" from its parent")];
  },
  "prediction.reopen": ({ row, refs }) => [t(" reopened "), ...claimPart(refs, row.entityId), t(" for the next review")],
  "source.create": ({ row, after, refs }) => {
    const claims = typeof after.claims === "number" ? after.claims : null;
    return [t(" added "), ...sourcePart(refs, row.entityId, after.title), ...(claims !== null ? [t(` with ${claims} ${claims === 1 ? "claim" : "claims"}`)] : [])];
  },
  "source.edit": ({ row, before, after, refs }) => {
    const fields = changedFields(before, after);
    return [t(" edited "), ...sourcePart(refs, row.entityId, after.title ?? before.title), ...(fields.length ? [t(`: ${fieldList(fields)}`)] : [])];
  },
  "tag.create": ({ after, refs }) => [t(" created the tag "), tagPart(refs, after.name)],
  "tag.rename": ({ before, after, refs }) => [t(` renamed the tag “${str(before.name) ?? "?"}” to `), tagPart(refs, after.name)],
  "tag.merge": ({ before, after, refs }) => {
    const moved = typeof before.claimCount === "number" ? before.claimCount : Array.isArray(before.claims) ? before.claims.length : null;
    return [
      t(` merged the tag “${str(before.name) ?? "?"}” into `),
      tagPart(refs, after.name),
      ...(moved !== null ? [t(` (${moved} ${moved === 1 ? "claim" : "claims"})`)] : []),
    ];
  },
  "tag.delete": ({ before }) => {
    const n = typeof before.claimCount === "number" ? before.claimCount : null;
    return [t(` deleted the tag “${str(before.name) ?? "?"}”`), ...(n !== null ? [t(n ? `, unlinking it from ${n} ${n === 1 ? "claim" : "claims"}` : ", which no claim used")] : [])];
  },
  "review.open": ({ row, after, refs }) => [t(" opened "), reviewPart(refs, row.entityId, after.year)],
  "review.complete": ({ row, after, refs }) => {
    const graded = typeof after.graded === "number" ? after.graded : null;
    const inScope = typeof after.inScope === "number" ? after.inScope : null;
    return [t(" completed "), reviewPart(refs, row.entityId), ...(graded !== null && inScope !== null ? [t(`, ${graded} of ${inScope} claims graded`)] : [])];
  },
  "review.reopen": ({ row, refs }) => [t(" reopened "), reviewPart(refs, row.entityId)],
  "settings.update": ({ after }) => {
    if (after.readAccess === "private") return [t(" made the dashboard private: only signed-in accounts can read it")];
    if (after.readAccess === "public") return [t(" made the dashboard public to read")];
    return [t(" changed the settings")];
  },
  "user.create": ({ row, after, refs }) => [t(" created the account "), userPart(refs, row.entityId, after.email), t(` (${str(after.role) ?? "viewer"})`)],
  "user.set_role": ({ row, before, after, refs }) => [
    t(" changed the role of "),
    userPart(refs, row.entityId),
    t(` from ${str(before.role) ?? "?"} to ${str(after.role) ?? "?"}`),
  ],
  "user.disable": ({ row, refs }) => [t(" disabled the account "), userPart(refs, row.entityId)],
  "user.enable": ({ row, refs }) => [t(" enabled the account "), userPart(refs, row.entityId)],
  "user.rename": ({ before, after }) => [t(` changed their name from “${str(before.name) ?? "?"}” to “${str(after.name) ?? "?"}”`)],
  "user.change_password": ({ after }) => {
    const ended = typeof after.otherSessionsEnded === "number" ? after.otherSessionsEnded : null;
    return [t(" changed their password"), ...(ended ? [t(` and signed out ${ended} other ${ended === 1 ? "session" : "sessions"}`)] : [])];
  },
  "user.set_password": ({ row, after, refs }) => {
    const ended = typeof after.sessionsEnded === "number" ? after.sessionsEnded : null;
    return [t(" set the password of "), userPart(refs, row.entityId), ...(ended ? [t(` and signed out ${ended} ${ended === 1 ? "session" : "sessions"}`)] : [])];
  },
  "webhook.create": ({ after }) => [t(` registered a webhook to ${str(after.url) ?? "?"}`)],
  "webhook.update": ({ before }) => [t(` changed the webhook to ${str(before.url) ?? "?"}`)],
  "webhook.delete": ({ before }) => [t(` deleted the webhook to ${str(before.url) ?? "?"}`)],
  "data.import": ({ after }) => {
    const added = after.added && typeof after.added === "object" ? Object.values(after.added as Record<string, unknown>) : [];
    const rows = added.reduce<number>((n, v) => n + (typeof v === "number" ? v : 0), 0);
    return [t(` imported a data document${after.mode === "merge" ? " (merged)" : ""}, adding ${rows} ${rows === 1 ? "row" : "rows"}`)];
  },
  "token.create": ({ after }) => [t(` created the API token “${str(after.name) ?? "?"}”`)],
  "token.revoke": ({ before }) => [t(` revoked the API token “${str(before.name) ?? "?"}”`)],
  "auth.sign_in": () => [t(" signed in")],
  "auth.sign_in_failed": () => [t(" failed to sign in")],
  "auth.sign_in_rate_limited": () => [t(" was refused sign-in: too many failed attempts")],
};

/** Actions with a sentence of their own; the tests check every action the app writes is here. */
export const DESCRIBED_ACTIONS = Object.keys(SENTENCES);

function genericSentence({ row }: Ctx): SentencePart[] {
  const what = row.entityId ? `${row.entityType} ${row.entityId}` : row.entityType;
  return [t(" did "), t(row.action || "something"), t(` on ${what}`)];
}

// ---- the diff ------------------------------------------------------------------------------

const DIFF_LABELS: Record<string, string> = {
  ...Object.fromEntries(Object.entries(FIELD_LABELS).map(([k, v]) => [k, v[0].toUpperCase() + v.slice(1)])),
  URL: "URL",
  url: "URL",
  predictionId: "Claim",
  grade: "Grade",
  credence: "Credence",
  evidenceIds: "Cited evidence",
  reviewId: "Review",
  currentGrade: "Current grade",
  retractedAt: "Retracted at",
  reopenedAt: "Reopened at",
  observedOn: "Observed on",
  stance: "Stance",
  strength: "Strength",
  excerpt: "Excerpt",
  archiveUrl: "Archive link",
  email: "Email",
  role: "Role",
  disabledAt: "Disabled at",
  readAccess: "Read access",
  status: "Status",
  year: "Year",
  revokedAt: "Revoked at",
  userId: "Account",
  claims: "Claims",
  claimCount: "Claims",
  textHash: "Text SHA-256",
  textLength: "Text length",
  isTextKept: "Text kept",
  hash: "Seal",
  previousHash: "Previous seal",
  graded: "Graded",
  inScope: "Claims in scope",
  otherSessionsEnded: "Other sessions ended",
};

/** Credence-like fields read as percentages, as everywhere else in the app. */
const PERCENT_FIELDS = new Set(["credence", "impliedCredence"]);

/** One value as a line of text: never HTML, never raw JSON for the common shapes. */
export function formatAuditValue(field: string, v: unknown): string {
  if (v === null || v === undefined || v === "") return "—";
  if (PERCENT_FIELDS.has(field) && typeof v === "number") return percent(v);
  if (field === "grade" || field === "currentGrade") return gradeLabel(v);
  if (typeof v === "boolean") return v ? "yes" : "no";
  if (typeof v === "string" || typeof v === "number") return String(v);
  if (Array.isArray(v)) {
    if (v.length === 0) return "none";
    if (v.length > 10) return `${v.length} items`;
    if (v.every((x) => typeof x === "string" || typeof x === "number")) return v.join(", ");
    return `${v.length} items`;
  }
  if (typeof v === "object") {
    const o = v as Json;
    if (typeof o.from === "number" && typeof o.to === "number" && Object.keys(o).length === 2) return o.from === o.to ? String(o.from) : `${o.from}–${o.to}`;
    const keys = Object.keys(o);
    if (keys.length <= 4 && keys.every((k) => o[k] === null || ["string", "number", "boolean"].includes(typeof o[k]))) {
      return keys.map((k) => `${DIFF_LABELS[k] ?? k}: ${formatAuditValue(k, o[k])}`).join("; ");
    }
    return `${keys.length} fields`;
  }
  return String(v);
}

/**
 * The fields a row changed, before → after: a field the same on both sides is left out, and
 * the reason is shown apart. A row with only an "after" (a creation) lists what it set.
 */
export function diffAudit(before: Json, after: Json): AuditDiffLine[] {
  return changedFields(before, after).map((field) => ({
    field,
    label: DIFF_LABELS[field] ?? field,
    before: formatAuditValue(field, before[field]),
    after: formatAuditValue(field, after[field]),
  }));
}

/**
 * A few actions store context on one side only (the claim's grade before a verdict): moved to
 * where it reads as a change, or left out when the sentence already says it.
 */
function comparable(action: string, before: Json, after: Json): [Json, Json] {
  const drop = (o: Json, ...keys: string[]) => Object.fromEntries(Object.entries(o).filter(([k]) => !keys.includes(k)));
  switch (action) {
    case "verdict.create":
      return [{ grade: before.currentGrade ?? null }, drop(after, "predictionId", "reviewId")];
    case "verdict.retract":
    case "prediction.reopen":
      return [drop(before, "grade", "currentGrade"), after];
    case "evidence.create":
      return [before, drop(after, "predictionId")];
    default:
      return [before, after];
  }
}

/** The sentence, the reason and the diff for one audit row. */
export function describeAudit(row: AuditLogRow, refs: AuditRefs = EMPTY_REFS): DescribedAudit {
  const before = parseAuditJson(row.before);
  const after = parseAuditJson(row.after);
  const ctx: Ctx = { row, before, after, refs };
  const sentence = SENTENCES[row.action] ?? genericSentence;
  let rest: SentencePart[];
  try {
    rest = sentence(ctx);
  } catch {
    rest = genericSentence(ctx);
  }
  const parts = [actorPart(ctx), ...rest];
  const reason = str(after.reason);
  return { parts, text: parts.map((p) => p.text).join(""), reason, diff: diffAudit(...comparable(row.action, before, after)) };
}
