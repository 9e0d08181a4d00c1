// The shapes the routes answer with, as zod schemas: the request side already has its schemas
// in lib/validation, the answers are plain objects built in lib/db and lib/api/shapes.ts.
// Each schema here is checked against the TypeScript type it describes (./shape-checks.ts),
// and the integration suite validates every JSON answer against the document built from them.
import { z } from "zod";
import { GRADES, SOURCE_KINDS, STANCES, STRENGTHS } from "../../domain";
import { CHANGE_RULES } from "../../reviews";
import { ROLES } from "../../roles";
import { SIGNAL_LABELS, type SignalName } from "../../finder/signals";
import { FINDER_FORMATS } from "../../validation/finder";
import { isoDateTime, isoDay, nextCursor, pageTotal } from "./common";

const grade = z.enum(GRADES).meta({ id: "Grade", description: "A verdict's grade. Final: confirmed, partly, refuted, unfalsifiable; interim: on_track, too_early, off_track." });
const count = z.number().int().min(0);
const byGrade = z
  .object(Object.fromEntries(GRADES.map((g) => [g, count])) as Record<(typeof GRADES)[number], typeof count>)
  .meta({ id: "GradeCounts", description: "A count for each grade." });
const ratio = z.number().min(0).max(1);

export const horizonOut = z.object({ from: z.number().int(), to: z.number().int() }).meta({ description: "The years the claim is about, inclusive." });

export const dueFlagsSchema = z
  .object({ isNew: z.boolean(), isStale: z.boolean(), isReadyForFinal: z.boolean() })
  .meta({ id: "DueFlags", description: "New: needs a first verdict; stale: not reviewed in over 12 months; ready for final: past its horizon without a final verdict." });

// ---- claims ---------------------------------------------------------------------------------

/** GET /api/predictions: one claim in a list (toApiPrediction in lib/api/shapes.ts). */
export const predictionSchema = z
  .object({
    id: z.string(),
    statement: z.string(),
    quote: z.string().meta({ description: "The source's words, verbatim." }),
    section: z.string(),
    madeOn: isoDay,
    horizon: horizonOut,
    impliedCredence: ratio.nullable().meta({ description: "The credence the quote's hedge words imply (0–1), or its recorded override." }),
    credenceWord: z.string().nullable(),
    tags: z.array(z.string()),
    parentId: z.string().nullable(),
    currentVerdict: grade.nullable(),
    evidenceCount: count,
    source: z.object({ id: z.string(), title: z.string() }),
  })
  .meta({ id: "Prediction" });

export const linkCheckSchema = z
  .object({
    checkedAt: isoDateTime,
    status: z.number().int().nullable(),
    finalUrl: z.string().nullable(),
    error: z.string().nullable(),
    problem: z.string().nullable().meta({ description: "broken, unreachable or changed; null while the link is fine." }),
    changedAt: isoDateTime.nullable(),
    contentSha256: z.string().nullable(),
  })
  .meta({ id: "LinkCheck", description: "The link's last check (`npm run links -- check`)." });

export const retractionSchema = z
  .object({ at: isoDateTime, by: z.string(), reason: z.string() })
  .meta({ id: "Retraction", description: "Retracted items stay in the history, marked, and count nowhere." });

export const evidenceSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    url: z.string(),
    observedOn: isoDay.meta({ description: "The day it is as of." }),
    recordedAt: isoDateTime.meta({ description: "When it was entered; set by the server, never editable." }),
    hindsight: z.boolean().meta({ description: "Entered more than 7 days after the day it is as of (information only)." }),
    stance: z.enum(STANCES),
    strength: z.enum(STRENGTHS),
    summary: z.string(),
    excerpt: z.string().nullable(),
    archiveUrl: z.string().nullable(),
    link: linkCheckSchema.nullable(),
    loggedBy: z.string(),
    isSeeded: z.boolean(),
    retracted: retractionSchema.nullable(),
  })
  .meta({ id: "Evidence" });

export const verdictSchema = z
  .object({
    id: z.string(),
    grade,
    credence: ratio.nullable(),
    rationale: z.string(),
    madeOn: isoDay.meta({ description: "The day the judgement is as of." }),
    recordedAt: isoDateTime.meta({ description: "When it was entered; set by the server, never editable." }),
    hindsight: z.boolean().meta({ description: "Dated more than 7 days before it was entered: its credence is no forecast." }),
    resolvedOn: isoDay.nullable().meta({ description: "For a resolving grade: the day the outcome became known." }),
    madeBy: z.string(),
    isSeeded: z.boolean(),
    evidenceIds: z.array(z.string()),
    citations: z.array(z.object({ id: z.string(), title: z.string(), url: z.string() })),
    retracted: retractionSchema.nullable(),
  })
  .meta({ id: "Verdict" });

/** GET /api/predictions/{id} (toApiPredictionDetail): the list fields, then the claim's own. */
export const predictionDetailSchema = predictionSchema
  .extend({
    criteria: z.string(),
    horizonPhrase: z.string(),
    source: z.object({ id: z.string(), title: z.string(), author: z.string(), url: z.string(), kind: z.string(), publishedOn: isoDay }),
    evidence: z.array(evidenceSchema).meta({ description: "The newest 50, newest first; page on at /api/predictions/{id}/evidence." }),
    evidenceTotal: count,
    verdicts: z.array(verdictSchema).meta({ description: "The newest 50, newest first; page on at /api/predictions/{id}/verdicts." }),
    verdictTotal: count,
    childCount: count,
  })
  .meta({ id: "PredictionDetail" });

export const revisionSchema = z
  .object({
    id: z.string(),
    kind: z.string(),
    changes: z
      .record(z.string(), z.object({ before: z.unknown(), after: z.unknown() }))
      .meta({ description: "Each changed field, before and after." }),
    reason: z.string(),
    editedBy: z.string(),
    createdAt: isoDateTime,
  })
  .meta({ id: "Revision" });

export const retractedRowSchema = z
  .object({ id: z.string(), predictionId: z.string(), retractedAt: isoDateTime, reason: z.string() })
  .meta({ id: "RetractedItem" });

// ---- sources and tags -----------------------------------------------------------------------

export const sourceSchema = z
  .object({ id: z.string(), title: z.string(), author: z.string(), url: z.string(), kind: z.enum(SOURCE_KINDS), publishedOn: isoDay })
  .meta({ id: "Source" });

export const sourceListItemSchema = z
  .object({ id: z.string(), title: z.string(), author: z.string(), kind: z.enum(SOURCE_KINDS), publishedOn: isoDay, claimCount: count })
  .meta({ id: "SourceListItem" });

export const tagSchema = z.object({ id: z.string(), name: z.string() }).meta({ id: "Tag" });
export const tagMergedSchema = tagSchema.extend({ moved: count.meta({ description: "How many claims carried the merged tag." }) });
export const tagDeletedSchema = tagSchema.extend({ unlinked: count.meta({ description: "How many claims lost the tag." }) });

// ---- reviews --------------------------------------------------------------------------------

const hitRateSchema = z
  .object({ rate: ratio.nullable(), graded: count, points: z.number().min(0) })
  .meta({ id: "HitRate", description: "confirmed = 1, partly = ½, refuted = 0; other grades are left out. `rate` is null with nothing graded." });

/** GET /api/reviews (toApiReview in lib/api/reviews.ts). */
export const reviewSchema = z
  .object({
    year: z.number().int(),
    title: z.string(),
    status: z.enum(["open", "completed"]),
    openedOn: isoDay,
    completedOn: isoDay.nullable(),
    graded: count,
    total: count,
    hitRate: ratio.nullable(),
    isSeeded: z.boolean(),
  })
  .meta({ id: "Review" });

const snapshotEntrySchema = z
  .object({
    predictionId: z.string(),
    statement: z.string(),
    quote: z.string(),
    grade: grade.nullable(),
    credence: ratio.nullable(),
    rationale: z.string().nullable(),
    verdictOn: isoDay.nullable(),
    evidenceCount: count,
    newEvidenceCount: count,
    citedEvidence: z.array(z.object({ title: z.string(), url: z.string() })),
    inPrevious: z.boolean(),
    previousGrade: grade.nullable(),
    direction: z.enum(["up", "down", "changed", "reopened", "first", "new", "same"]),
  })
  .meta({ id: "SnapshotEntry", description: "One claim of a completed review's frozen snapshot." });

const storedFiguresSchema = z
  .object({ total: count, byVerdict: byGrade, ungraded: count, hitRate: hitRateSchema, inScope: count, graded: count })
  .meta({ id: "ReviewFigures", description: "The scorecard as it stood when the review was completed." });

const changeSummarySchema = z
  .object({
    rules: z.literal(CHANGE_RULES),
    previousYear: z.number().int().nullable(),
    up: count,
    down: count,
    changed: count,
    reopened: count,
    first: count,
    new: count,
    newWithoutVerdict: count,
    unchanged: count,
    newEvidence: z.object({ items: count, claims: count }),
    mostNewEvidence: z.array(z.object({ predictionId: z.string(), statement: z.string(), count })),
  })
  .meta({ id: "ReviewChanges", description: "What changed since the previous completed review, in numbers." });

const reviewDigestSchema = z
  .object({
    year: z.number().int(),
    previousYear: z.number().int().nullable(),
    claims: z.object({ inSnapshot: count, needingVerdict: count, graded: count, carriedOver: count }),
    byVerdict: byGrade,
    withoutVerdict: count,
    hitRate: hitRateSchema,
    changes: z
      .object({
        moved: count,
        up: count,
        down: count,
        sideways: count,
        reopened: count,
        firstVerdicts: count,
        newClaims: count,
        newClaimsWithoutVerdict: count,
        unchanged: count,
        newEvidence: z.object({ items: count, claims: count }),
      })
      .nullable(),
  })
  .meta({ id: "ReviewSummary", description: "The one summary the review's page, its Markdown report and this API render." });

/** GET /api/reviews/{year} (toApiReviewDetail). */
export const reviewDetailSchema = reviewSchema
  .extend({
    notes: z.string(),
    figures: storedFiguresSchema.nullable(),
    entries: z.array(snapshotEntrySchema).meta({ description: "One page of the frozen snapshot; none while the review is open." }),
    previousYear: z.number().int().nullable(),
    changes: changeSummarySchema.nullable(),
    summary: reviewDigestSchema.nullable().meta({ description: "Null while the review is open." }),
    hash: z.string().nullable().meta({ description: "The seal (SHA-256) of a completed review; null while open." }),
    previousHash: z.string().nullable(),
    events: z.array(z.object({ kind: z.string(), at: isoDateTime, by: z.string(), reason: z.string().nullable(), hash: z.string().nullable() })),
  })
  .meta({ id: "ReviewDetail" });

export const reviewPageSchema = z.object({ review: reviewDetailSchema, total: pageTotal, nextCursor });

export const reviewSealCheckSchema = z
  .object({
    year: z.number().int(),
    status: z.enum(["open", "completed"]),
    hash: z.string().nullable(),
    previousHash: z.string().nullable(),
    recomputedHash: z.string().nullable(),
    ok: z.boolean(),
    problem: z.string().nullable(),
  })
  .meta({ id: "ReviewSealCheck" });

// ---- scorecard ------------------------------------------------------------------------------

export const calibrationBinSchema = z
  .object({
    from: ratio,
    to: ratio,
    n: count,
    meanCredence: ratio.nullable(),
    observedRate: ratio.nullable(),
    bandLow: ratio.nullable(),
    bandHigh: ratio.nullable(),
  })
  .meta({ id: "CalibrationBin" });

const score = { n: count, brier: z.number().nullable(), logScore: z.number().nullable() };
const scored = z.object({ implied: z.object(score), verdict: z.object(score) });

export const scorecardSchema = z
  .object({
    total: count,
    byVerdict: byGrade,
    ungraded: count,
    hitRate: ratio.nullable(),
    hitRateGraded: count,
    pastHorizon: z
      .array(z.object({ id: z.string(), statement: z.string(), horizon: horizonOut, currentVerdict: grade.nullable() }))
      .meta({ description: "The first five claims past their horizon without a final verdict; `GET /api/predictions?due=final` pages through all." }),
    pastHorizonTotal: count,
    due: z.object({ new: count, stale: count, readyForFinal: count }),
    resolved: count,
    brier: z.number().nullable().meta({ description: "Of the implied credences; 0 is perfect, 0.25 is always saying 50 %." }),
    logScore: z.number().nullable(),
    n: count,
    calibration: z.array(calibrationBinSchema),
    verdictScores: z.object({ ...score, calibration: z.array(calibrationBinSchema) }),
    excludedHindsight: count.meta({ description: "Credences entered after the outcome became known, left out of verdictScores." }),
    byTag: z.array(scored.extend({ tag: z.string() })),
    bySource: z.array(scored.extend({ id: z.string(), title: z.string() })),
    overTime: z.array(scored.extend({ year: z.number().int() })),
    scope: z.object({ tag: z.string().optional(), source: z.string().optional() }),
  })
  .meta({ id: "Scorecard" });

// ---- accounts -------------------------------------------------------------------------------

export const roleSchema = z.enum(ROLES).meta({ id: "Role" });

export const userSchema = z
  .object({ id: z.string(), email: z.string(), name: z.string(), role: roleSchema, disabledAt: isoDateTime.nullable(), createdAt: isoDateTime })
  .meta({ id: "User" });

export const actorSchema = z
  .object({ id: z.string(), name: z.string(), email: z.string(), role: roleSchema, via: z.enum(["session", "token"]) })
  .meta({ id: "Actor" });

export const tokenSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    prefix: z.string().meta({ description: "The token's first characters, to tell tokens apart." }),
    createdAt: isoDateTime,
    lastUsedAt: isoDateTime.nullable(),
    revokedAt: isoDateTime.nullable(),
  })
  .meta({ id: "ApiToken" });

export const auditEntrySchema = z
  .object({
    id: z.string(),
    at: isoDateTime,
    actorId: z.string().nullable(),
    actorLabel: z.string(),
    action: z.string().meta({ example: "evidence.create" }),
    entityType: z.string(),
    entityId: z.string().nullable(),
    before: z.string().nullable().meta({ description: "JSON text, or null." }),
    after: z.string().nullable().meta({ description: "JSON text, or null." }),
    ip: z.string().nullable(),
  })
  .meta({ id: "AuditEntry" });

// ---- the claim finder -----------------------------------------------------------------------

const span = { start: count, end: count };

export const finderResultSchema = z
  .object({
    text: z.string().meta({ description: "The plain text every offset refers to: `text.slice(start, end)` is the quote." }),
    format: z.enum(FINDER_FORMATS),
    metadata: z.object({ title: z.string().optional(), publishedOn: z.string().optional(), author: z.string().optional() }),
    headings: z.array(z.object({ ...span, text: z.string() })),
    candidates: z.array(
      z
        .object({
          id: z.string(),
          quote: z.string(),
          ...span,
          section: z.string(),
          horizon: z.object({ from: z.number().int(), to: z.number().int(), rule: z.string() }),
          credence: z.object({ credence: ratio, word: z.string() }),
          signals: z.array(z.object({ name: z.enum(Object.keys(SIGNAL_LABELS) as [SignalName, ...SignalName[]]), weight: z.number(), match: z.string() })),
          score: z.number(),
          related: z.array(z.object({ kind: z.enum(["continuation", "duplicate"]), quote: z.string(), ...span })),
          subClaims: z.array(z.object({ name: z.string(), quote: z.string(), ...span })),
        })
        .meta({ id: "FinderCandidate" }),
    ),
  })
  .meta({ id: "FinderResult" });
