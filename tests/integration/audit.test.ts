// The audit trail (lib/db/audit.ts) against a real SQLite database: every write through the
// data layer appends one AuditLog row in its own transaction, with who did it (actorId,
// actorLabel, ip), what (action, entityType, entityId) and, for edits, the before and after.
// A write that fails leaves no row. This file owns its database copy
// (tests/support/test-database.ts); rows are found by the id of the entity they concern.
import { beforeAll, describe, expect, it } from "vitest";
import { withSocketAddress } from "@/lib/auth/client-address";
import { signInWithPassword } from "@/lib/auth/sign-in";
import { createApiToken, revokeApiToken } from "@/lib/auth/tokens";
import type { AuditActor } from "@/lib/db/audit";
import { prisma } from "@/lib/db/client";
import { correctQuote, createPrediction, getPredictionDetail, listPredictions, listRevisions, overrideCredence, reopenClaim, setParent, updatePrediction } from "@/lib/db/claims";
import { createSource } from "@/lib/db/sources";
import { createTag, mergeTags, renameTag } from "@/lib/db/tags";
import { ConflictError, InvalidReferenceError, NotFoundError } from "@/lib/db/errors";
import { createEvidence, retractEvidence } from "@/lib/db/evidence";
import { createVerdict, retractVerdict } from "@/lib/db/verdicts";
import { completeReview, getReview, openReview, recordReviewVerdict, reopenReview } from "@/lib/db/reviews";
import { getReadAccess, setReadAccess } from "@/lib/db/settings";
import { createUser, setUserDisabled, setUserRole } from "@/lib/db/users";
import type { Grade, Stance } from "@/lib/domain";
import { createPredictionSchema, createSourceSchema } from "@/lib/validation/curation";
import { createEvidenceSchema } from "@/lib/validation/evidence";
import { createVerdictSchema } from "@/lib/validation/verdict";
import { makeAccount, makeAccounts, type TestAccounts } from "../support/accounts";
import { day, makeClaim, makeSource, uid } from "../support/factories";

type AuditRow = {
  id: string;
  at: Date;
  actorId: string | null;
  actorLabel: string;
  ip: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
};

const parse = (json: string | null): unknown => (json === null ? null : JSON.parse(json));

/** The audit rows about one entity, oldest first, with before/after parsed from JSON. */
async function auditOf(entityId: string, action?: string): Promise<AuditRow[]> {
  const rows = await prisma.auditLog.findMany({
    where: { entityId, ...(action ? { action } : {}) },
    orderBy: [{ at: "asc" }, { id: "asc" }],
  });
  return rows.map((r) => ({ ...r, before: parse(r.before), after: parse(r.after) }));
}

/** The one audit row for `action` on the entity; fails if there is none or more than one. */
async function onlyAudit(entityId: string, action: string): Promise<AuditRow> {
  const rows = await auditOf(entityId, action);
  expect(rows, `${action} rows for ${entityId}`).toHaveLength(1);
  return rows[0];
}

const who = (actor: AuditActor) => ({ actorId: actor.id, actorLabel: actor.label });
const auditCount = () => prisma.auditLog.count();

/** Runs a write that must fail, and checks it wrote no audit row (nor anything else counted). */
async function expectRejectedWithoutAudit(write: () => Promise<unknown>, error: abstract new (...args: never[]) => Error) {
  const before = await auditCount();
  await expect(write()).rejects.toBeInstanceOf(error);
  expect(await auditCount(), "audit rows after a failed write").toBe(before);
}

const evidenceInput = (stance: Stance = "supports") =>
  createEvidenceSchema.parse({
    title: `Evidence ${uid()}`,
    url: "https://example.org/e",
    observedOn: "2023-03-01",
    stance,
    strength: "moderate",
    summary: "Something happened.",
  });

const verdictInput = (grade: Grade, evidenceIds: string[] = [], credence: number | null = 0.6) =>
  createVerdictSchema.parse({ grade, credence, rationale: `Graded ${grade}.`, evidenceIds });

let accounts: TestAccounts;
/** Acting accounts, as the route handlers build them: the account's id and name, and the caller's address. */
let editor: AuditActor;
let admin: AuditActor;
/** A labelled system actor with no account (the seed, the CLI). */
const CLI: AuditActor = { id: null, label: "cli" };

beforeAll(async () => {
  accounts = await makeAccounts();
  editor = { id: accounts.editor.user.id, label: accounts.editor.user.name, ip: "198.51.100.7" };
  admin = { id: accounts.admin.user.id, label: accounts.admin.user.name, ip: "198.51.100.8" };
});

// ---------------------------------------------------------------------------------------

describe("evidence and verdicts", () => {
  it("evidence.create: records the account, its address, the new item's id and what was logged", async () => {
    const claim = await makeClaim({ sourceId: (await makeSource()).id });
    const input = evidenceInput("contradicts");
    const started = Date.now();

    const e = await createEvidence(claim.id, input, editor);

    const row = await onlyAudit(e.id, "evidence.create");
    expect(row).toMatchObject({
      actorId: accounts.editor.user.id,
      actorLabel: accounts.editor.user.name,
      ip: "198.51.100.7",
      action: "evidence.create",
      entityType: "Evidence",
      entityId: e.id,
      before: null,
      after: {
        predictionId: claim.id,
        title: input.title,
        url: input.url,
        observedOn: "2023-03-01",
        stance: "contradicts",
        strength: "moderate",
      },
    });
    expect(row.at.getTime()).toBeGreaterThanOrEqual(started - 5);
    expect(row.at.getTime()).toBeLessThanOrEqual(Date.now() + 5);
    // The item itself carries the same attribution.
    expect(await prisma.evidence.findUniqueOrThrow({ where: { id: e.id } })).toMatchObject({
      loggedBy: accounts.editor.user.name,
      loggedById: accounts.editor.user.id,
    });
  });

  it("verdict.create: records the grade given, the evidence cited and the grade it replaced", async () => {
    const claim = await makeClaim({ sourceId: (await makeSource()).id });
    const e = await createEvidence(claim.id, evidenceInput(), editor);

    const first = await createVerdict(claim.id, verdictInput("too_early", [], null), editor, { now: day("2023-01-10") });
    const second = await createVerdict(claim.id, verdictInput("on_track", [e.id], 0.7), admin, { now: day("2024-01-10") });

    expect(await onlyAudit(first.id, "verdict.create")).toMatchObject({
      ...who(editor),
      entityType: "Verdict",
      before: { currentGrade: null },
      after: { predictionId: claim.id, grade: "too_early", credence: null, evidenceIds: [], reviewId: null },
    });
    expect(await onlyAudit(second.id, "verdict.create")).toMatchObject({
      ...who(admin),
      ip: "198.51.100.8",
      entityType: "Verdict",
      before: { currentGrade: "too_early" },
      after: { predictionId: claim.id, grade: "on_track", credence: 0.7, evidenceIds: [e.id], reviewId: null },
    });
    expect(await prisma.verdict.findUniqueOrThrow({ where: { id: second.id } })).toMatchObject({
      madeBy: accounts.admin.user.name,
      madeById: accounts.admin.user.id,
    });
  });

  it("evidence.retract: records who retracted it and why; the item leaves the counts and tallies", async () => {
    const source = await makeSource();
    const claim = await makeClaim({ sourceId: source.id });
    const kept = await createEvidence(claim.id, evidenceInput("supports"), editor);
    const wrong = await createEvidence(claim.id, evidenceInput("contradicts"), editor);
    let d = await getPredictionDetail(claim.id);
    expect([d!.evidenceCount, d!.tally]).toEqual([2, { supports: 1, contradicts: 1, mixed: 0 }]);

    const r = await retractEvidence(wrong.id, "Logged on the wrong claim", admin);

    expect(await onlyAudit(wrong.id, "evidence.retract")).toMatchObject({
      ...who(admin),
      ip: "198.51.100.8",
      entityType: "Evidence",
      entityId: wrong.id,
      before: { retractedAt: null },
      after: { retractedAt: r.retractedAt, reason: "Logged on the wrong claim" },
    });
    // Kept in the history, marked, and out of every count.
    d = await getPredictionDetail(claim.id);
    expect(d!.evidenceCount).toBe(1);
    expect(d!.tally).toEqual({ supports: 1, contradicts: 0, mixed: 0 });
    expect(d!.evidence.map((x) => x.id).sort()).toEqual([kept.id, wrong.id].sort());
    expect(d!.evidence.find((x) => x.id === wrong.id)!.retracted).toEqual({
      at: r.retractedAt,
      by: accounts.admin.user.name,
      reason: "Logged on the wrong claim",
    });
    expect(d!.evidence.find((x) => x.id === kept.id)!.retracted).toBeNull();
    const [listed] = (await listPredictions({ source: source.id })).items;
    expect(listed).toMatchObject({ id: claim.id, evidenceCount: 1, tally: { supports: 1, contradicts: 0, mixed: 0 } });

    // Retracting it again is refused and not audited; a retracted item cannot be cited.
    await expect(retractEvidence(wrong.id, "Again", admin)).rejects.toMatchObject({ code: "already_retracted" });
    await expectRejectedWithoutAudit(() => retractEvidence(wrong.id, "Again", admin), ConflictError);
    await expectRejectedWithoutAudit(() => createVerdict(claim.id, verdictInput("on_track", [wrong.id]), editor), InvalidReferenceError);
    expect(await auditOf(wrong.id)).toHaveLength(2); // create, retract
  });

  it("verdict.retract: records the retracted grade; the previous verdict becomes current again", async () => {
    const claim = await makeClaim({ sourceId: (await makeSource()).id });
    const v1 = await createVerdict(claim.id, verdictInput("too_early"), editor, { now: day("2023-01-10") });
    const v2 = await createVerdict(claim.id, verdictInput("confirmed", [], 1), editor, { now: day("2024-01-10") });
    expect((await getPredictionDetail(claim.id))!.currentVerdict).toBe("confirmed");

    const r = await retractVerdict(v2.id, "Graded the wrong claim", admin);

    expect(await onlyAudit(v2.id, "verdict.retract")).toMatchObject({
      ...who(admin),
      entityType: "Verdict",
      entityId: v2.id,
      before: { retractedAt: null, grade: "confirmed" },
      after: { retractedAt: r.retractedAt, reason: "Graded the wrong claim" },
    });
    const p = await prisma.prediction.findUniqueOrThrow({ where: { id: claim.id } });
    expect(p.currentGrade).toBe("too_early");
    expect(p.currentVerdictAt?.toISOString()).toBe("2023-01-10T00:00:00.000Z");
    const d = await getPredictionDetail(claim.id);
    expect(d).toMatchObject({ currentVerdict: "too_early", currentVerdictOn: "2023-01-10" });
    // Newest first: the retracted verdict stays listed, marked.
    expect(d!.verdicts.map((v) => [v.id, v.retracted?.reason ?? null])).toEqual([
      [v2.id, "Graded the wrong claim"],
      [v1.id, null],
    ]);
    expect(d!.verdicts[0].retracted?.by).toBe(accounts.admin.user.name);

    // Retracting the only remaining verdict leaves the claim ungraded.
    await retractVerdict(v1.id, "Also wrong", editor);
    expect(await onlyAudit(v1.id, "verdict.retract")).toMatchObject({ ...who(editor), before: { grade: "too_early" } });
    expect((await getPredictionDetail(claim.id))!.currentVerdict).toBeNull();
    await expectRejectedWithoutAudit(() => retractVerdict(v1.id, "Once more", editor), ConflictError);
  });
});

// ---------------------------------------------------------------------------------------

describe("failed writes leave no audit row", () => {
  it("createVerdict citing another claim's evidence", async () => {
    const source = await makeSource();
    const claim = await makeClaim({ sourceId: source.id });
    const other = await makeClaim({ sourceId: source.id, position: 2 });
    const foreign = await createEvidence(other.id, evidenceInput(), editor);
    const verdicts = await prisma.verdict.count();

    await expectRejectedWithoutAudit(() => createVerdict(claim.id, verdictInput("refuted", [foreign.id]), editor), InvalidReferenceError);

    expect(await prisma.verdict.count()).toBe(verdicts);
    expect(await prisma.auditLog.count({ where: { action: "verdict.create", after: { contains: claim.id } } })).toBe(0);
    expect((await prisma.prediction.findUniqueOrThrow({ where: { id: claim.id } })).currentGrade).toBeNull();
  });

  it("writes about things that do not exist", async () => {
    await expectRejectedWithoutAudit(() => createEvidence("no-such-claim", evidenceInput(), editor), NotFoundError);
    await expectRejectedWithoutAudit(() => createVerdict("no-such-claim", verdictInput("on_track"), editor), NotFoundError);
    await expectRejectedWithoutAudit(() => retractEvidence("no-such-evidence", "Why", editor), NotFoundError);
    await expectRejectedWithoutAudit(() => retractVerdict("no-such-verdict", "Why", editor), NotFoundError);
    await expectRejectedWithoutAudit(() => reopenClaim("no-such-claim", "Why", editor), NotFoundError);
    await expectRejectedWithoutAudit(() => updatePrediction("no-such-claim", { statement: "x", reason: "Why" }, editor), NotFoundError);
    await expectRejectedWithoutAudit(() => setUserRole("no-such-user", "admin", admin), NotFoundError);
    await expectRejectedWithoutAudit(() => revokeApiToken(accounts.editor.user.id, "no-such-token", editor), NotFoundError);
  });
});

// ---------------------------------------------------------------------------------------

describe("reviews", () => {
  it("review.open, review.complete and review.reopen: each records its actor, who also appears in the review's events", async () => {
    const claim = await makeClaim({ sourceId: (await makeSource()).id });
    const opened = await openReview({ year: 2021, title: "Audit review" }, editor, new Date("2021-12-01T09:00:00Z"));
    expect(await onlyAudit(opened.id, "review.open")).toMatchObject({
      ...who(editor),
      ip: "198.51.100.7",
      entityType: "Review",
      entityId: opened.id,
      before: null,
      after: { year: 2021, title: "Audit review" },
    });

    // A verdict recorded in the review is audited as a verdict with the review's id.
    const v = await recordReviewVerdict(2021, claim.id, verdictInput("on_track"), editor);
    expect(await onlyAudit(v.id, "verdict.create")).toMatchObject({ ...who(editor), after: { predictionId: claim.id, reviewId: opened.id } });

    const completedAt = new Date("2021-12-15T18:30:00Z");
    await completeReview(2021, admin, completedAt);
    const done = (await getReview(2021))!;
    const complete = await onlyAudit(opened.id, "review.complete");
    expect(complete).toMatchObject({
      ...who(admin),
      entityType: "Review",
      before: { status: "open" },
      after: { status: "completed", graded: done.graded, inScope: done.total },
    });
    expect((complete.after as { figures: unknown }).figures).toMatchObject({ byVerdict: done.figures!.byVerdict, hitRate: done.figures!.hitRate });
    // completedOn keeps the exact moment of completion.
    expect((await prisma.review.findUniqueOrThrow({ where: { year: 2021 } })).completedOn?.toISOString()).toBe(completedAt.toISOString());

    await reopenReview(2021, "A grade was entered by mistake", editor, new Date("2022-01-05T10:00:00Z"));
    expect(await onlyAudit(opened.id, "review.reopen")).toMatchObject({
      ...who(editor),
      entityType: "Review",
      before: { status: "completed" },
      after: { status: "open", reason: "A grade was entered by mistake" },
    });

    expect((await getReview(2021))!.events.map((e) => [e.kind, e.by, e.reason])).toEqual([
      ["opened", accounts.editor.user.name, null],
      ["completed", accounts.admin.user.name, null],
      ["reopened", accounts.editor.user.name, "A grade was entered by mistake"],
    ]);
    expect((await auditOf(opened.id)).map((r) => r.action)).toEqual(["review.open", "review.complete", "review.reopen"]);

    // Refused review writes are not audited.
    await expectRejectedWithoutAudit(() => openReview({ year: 2021 }, admin), ConflictError);
    await expectRejectedWithoutAudit(() => openReview({ year: 2020 }, admin), ConflictError); // 2021 is open
    await expectRejectedWithoutAudit(() => reopenReview(2021, "Again", admin), ConflictError);
    await expectRejectedWithoutAudit(() => completeReview(1999, admin), NotFoundError);

    // Leave no review open for other tests.
    await completeReview(2021, CLI, new Date("2022-01-06T10:00:00Z"));
    expect((await auditOf(opened.id, "review.complete")).map((r) => r.actorLabel)).toEqual([accounts.admin.user.name, "cli"]);
    expect((await auditOf(opened.id, "review.complete"))[1].actorId).toBeNull();
  });

  it("prediction.reopen: records the settled grade and the reason", async () => {
    const claim = await makeClaim({ sourceId: (await makeSource()).id });
    await createVerdict(claim.id, verdictInput("confirmed", [], 1), editor, { now: day("2024-01-10") });
    const now = new Date("2025-02-03T04:05:06Z");

    await reopenClaim(claim.id, "A retraction was published", admin, now);

    expect(await onlyAudit(claim.id, "prediction.reopen")).toMatchObject({
      ...who(admin),
      entityType: "Prediction",
      entityId: claim.id,
      before: { currentGrade: "confirmed" },
      after: { reopenedAt: now.toISOString(), reason: "A retraction was published" },
    });
  });
});

// ---------------------------------------------------------------------------------------

describe("curation", () => {
  it("source.create: records the new source's id and fields", async () => {
    const input = createSourceSchema.parse({
      title: `Source ${uid()}`,
      author: "Ada Lovelace",
      url: "https://example.org/notes",
      publishedOn: "1843-09-01",
      kind: "essay",
    });
    const s = await createSource(input, editor);
    expect(await onlyAudit(s.id, "source.create")).toMatchObject({
      ...who(editor),
      entityType: "Source",
      entityId: s.id,
      before: null,
      after: input,
    });
  });

  it("prediction.created (and prediction.credence_override at creation): the claim's history starts with its author", async () => {
    const source = await makeSource();
    const input = createPredictionSchema.parse({
      sourceId: source.id,
      quote: "Machines will probably translate speech.",
      statement: "Speech translation works",
      criteria: "A product does it.",
      horizon: { from: 2022, to: 2030 },
      tags: [`t-${uid()}`],
      credenceOverride: { credence: 0.5, reason: "The author hedged elsewhere" },
    });

    const { id } = await createPrediction(input, editor);

    expect(await onlyAudit(id, "prediction.created")).toMatchObject({
      ...who(editor),
      entityType: "Prediction",
      entityId: id,
      before: { quote: null, statement: null, criteria: null, horizon: null, impliedCredence: null, tags: null },
      after: {
        quote: input.quote,
        statement: input.statement,
        criteria: input.criteria,
        horizon: { from: 2022, to: 2030 },
        impliedCredence: 0.7, // read from "probably"
        tags: input.tags,
        reason: "Claim added",
      },
    });
    expect(await onlyAudit(id, "prediction.credence_override")).toMatchObject({
      ...who(editor),
      before: { impliedCredence: 0.7 },
      after: { impliedCredence: 0.5, reason: "The author hedged elsewhere" },
    });
    expect((await listRevisions(id))!.map((r) => [r.kind, r.editedBy])).toEqual([
      ["created", accounts.editor.user.name],
      ["credence_override", accounts.editor.user.name],
    ]);
  });

  it("prediction.edit: records the before and after of the fields that changed, and the reason", async () => {
    const claim = await makeClaim({ sourceId: (await makeSource()).id, statement: "Old statement" });

    await updatePrediction(claim.id, { statement: "New statement", criteria: "Check it.", reason: "Clearer wording" }, admin);

    const row = await onlyAudit(claim.id, "prediction.edit");
    expect(row).toMatchObject({ ...who(admin), entityType: "Prediction", entityId: claim.id });
    // criteria was sent unchanged, so it is not part of the change.
    expect(row.before).toEqual({ statement: "Old statement" });
    expect(row.after).toEqual({ statement: "New statement", reason: "Clearer wording" });
    const [revision] = (await listRevisions(claim.id))!;
    expect(revision).toMatchObject({ kind: "edit", editedBy: accounts.admin.user.name, reason: "Clearer wording" });

    await updatePrediction(claim.id, { horizon: { from: 2023, to: 2026 }, reason: "Longer horizon" }, editor);
    const [, second] = await auditOf(claim.id, "prediction.edit");
    expect(second).toMatchObject({
      ...who(editor),
      before: { horizon: { from: 2022, to: 2024 } },
      after: { horizon: { from: 2023, to: 2026 }, reason: "Longer horizon" },
    });

    // An edit that changes nothing is refused and not audited.
    await expectRejectedWithoutAudit(() => updatePrediction(claim.id, { statement: "New statement", reason: "Same" }, editor), InvalidReferenceError);
  });

  it("prediction.quote_correction: records the old and new quote", async () => {
    const claim = await makeClaim({ sourceId: (await makeSource()).id, quote: "Speach will be translated." });

    await correctQuote(claim.id, { quote: "Speech will be translated.", reason: "Typo in the transcription" }, editor);

    const row = await onlyAudit(claim.id, "prediction.quote_correction");
    expect(row).toMatchObject({
      ...who(editor),
      entityType: "Prediction",
      before: { quote: "Speach will be translated." },
      after: { quote: "Speech will be translated.", reason: "Typo in the transcription" },
    });
    expect((await listRevisions(claim.id))![0]).toMatchObject({ kind: "quote_correction", editedBy: accounts.editor.user.name });
    await expectRejectedWithoutAudit(
      () => correctQuote(claim.id, { quote: "Speech will be translated.", reason: "Same" }, editor),
      InvalidReferenceError,
    );
  });

  it("prediction.credence_override: records the old and new credence", async () => {
    const claim = await makeClaim({ sourceId: (await makeSource()).id }); // impliedCredence 0.9

    await overrideCredence(claim.id, { credence: 0.3, reason: "Sarcasm" }, admin);

    expect(await onlyAudit(claim.id, "prediction.credence_override")).toMatchObject({
      ...who(admin),
      entityType: "Prediction",
      before: { impliedCredence: 0.9 },
      after: { impliedCredence: 0.3, reason: "Sarcasm" },
    });
    expect((await listRevisions(claim.id))![0]).toMatchObject({ kind: "credence_override", editedBy: accounts.admin.user.name });
  });

  it("prediction.parent_change: records the old and new parent; a refused cycle is not audited", async () => {
    const source = await makeSource();
    const parent = await makeClaim({ sourceId: source.id, position: 1 });
    const child = await makeClaim({ sourceId: source.id, position: 2 });

    await setParent(child.id, { parentId: parent.id, reason: "It is a part of it" }, editor);
    expect(await onlyAudit(child.id, "prediction.parent_change")).toMatchObject({
      ...who(editor),
      entityType: "Prediction",
      entityId: child.id,
      before: { parentId: null },
      after: { parentId: parent.id, reason: "It is a part of it" },
    });

    await expectRejectedWithoutAudit(() => setParent(parent.id, { parentId: child.id, reason: "Cycle" }, editor), InvalidReferenceError);

    await setParent(child.id, { parentId: null, reason: "Detach" }, admin);
    const rows = await auditOf(child.id, "prediction.parent_change");
    expect(rows[1]).toMatchObject({ ...who(admin), before: { parentId: parent.id }, after: { parentId: null, reason: "Detach" } });
  });

  it("tag.create, tag.rename and tag.merge: record the names and how many claims moved", async () => {
    const name = `audit-${uid()}`;
    const tag = await createTag(name, editor);
    expect(await onlyAudit(tag.id, "tag.create")).toMatchObject({ ...who(editor), entityType: "Tag", entityId: tag.id, before: null, after: { name } });
    await expectRejectedWithoutAudit(() => createTag(name, editor), ConflictError);

    const renamed = `${name}-renamed`;
    await renameTag(name, renamed, admin);
    expect(await onlyAudit(tag.id, "tag.rename")).toMatchObject({
      ...who(admin),
      entityType: "Tag",
      entityId: tag.id,
      before: { name },
      after: { name: renamed },
    });

    const into = `${name}-into`;
    const claim = await makeClaim({ sourceId: (await makeSource()).id, tags: [renamed] });
    const merged = await mergeTags(renamed, into, editor);
    expect(merged.moved).toBe(1);
    expect(await onlyAudit(merged.id, "tag.merge")).toMatchObject({
      ...who(editor),
      entityType: "Tag",
      entityId: merged.id,
      before: { name: renamed, claimCount: 1 },
      after: { name: into },
    });
    await expectRejectedWithoutAudit(() => mergeTags(renamed, into, editor), NotFoundError); // it is gone
  });
});

// ---------------------------------------------------------------------------------------

describe("accounts, tokens and settings", () => {
  it("user.create: records the new account's email and role, never its password", async () => {
    const email = `new-${uid()}@example.org`;
    const u = await createUser({ email, password: "a long enough password", role: "editor", name: "New Person" }, admin);

    const row = await onlyAudit(u.id, "user.create");
    expect(row).toMatchObject({ ...who(admin), entityType: "User", entityId: u.id, before: null, after: { email, role: "editor" } });
    expect(JSON.stringify(row)).not.toContain("a long enough password");
    await expectRejectedWithoutAudit(() => createUser({ email, password: "another password", role: "viewer" }, admin), ConflictError);
  });

  it("user.set_role: records the role before and after; setting the same role is no change and not audited", async () => {
    const { user } = await makeAccount("viewer");

    await setUserRole(user.id, "editor", admin);

    expect(await onlyAudit(user.id, "user.set_role")).toMatchObject({
      ...who(admin),
      entityType: "User",
      entityId: user.id,
      before: { role: "viewer" },
      after: { role: "editor" },
    });
    const before = await auditCount();
    await setUserRole(user.id, "editor", admin);
    expect(await auditCount()).toBe(before);
  });

  it("user.disable (and user.enable): records when the account was disabled", async () => {
    const { user } = await makeAccount("editor");

    const disabled = await setUserDisabled(user.id, true, admin);

    expect(await onlyAudit(user.id, "user.disable")).toMatchObject({
      ...who(admin),
      entityType: "User",
      entityId: user.id,
      before: { disabledAt: null },
      after: { disabledAt: disabled.disabledAt },
    });
    expect(disabled.disabledAt).not.toBeNull();

    await setUserDisabled(user.id, false, admin);
    expect(await onlyAudit(user.id, "user.enable")).toMatchObject({
      ...who(admin),
      before: { disabledAt: disabled.disabledAt },
      after: { disabledAt: null },
    });
  });

  it("token.create and token.revoke: record the token's owner and name, never the token itself", async () => {
    const owner = accounts.editor.user;
    const { id, token } = await createApiToken(owner.id, "laptop", editor);

    const created = await onlyAudit(id, "token.create");
    expect(created).toMatchObject({ ...who(editor), entityType: "ApiToken", entityId: id, before: null, after: { userId: owner.id, name: "laptop" } });
    expect(JSON.stringify(created)).not.toContain(token);

    await revokeApiToken(owner.id, id, editor);
    const revoked = await onlyAudit(id, "token.revoke");
    expect(revoked).toMatchObject({ ...who(editor), entityType: "ApiToken", entityId: id, before: { name: "laptop" } });
    const row = await prisma.apiToken.findUniqueOrThrow({ where: { id } });
    expect(revoked.after).toEqual({ revokedAt: row.revokedAt!.toISOString() });

    // Revoking it again changes nothing and is not audited; nor is revoking someone else's token.
    const before = await auditCount();
    await revokeApiToken(owner.id, id, editor);
    expect(await auditCount()).toBe(before);
    await expectRejectedWithoutAudit(() => revokeApiToken(accounts.viewer.user.id, id, { id: accounts.viewer.user.id, label: accounts.viewer.user.name }), NotFoundError);
  });

  it("settings.update: records the setting's value before and after", async () => {
    expect(await getReadAccess()).toBe("public");

    await setReadAccess("private", admin);
    await setReadAccess("public", CLI);

    const rows = await auditOf("readAccess", "settings.update");
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({ ...who(admin), entityType: "Setting", before: { readAccess: "public" }, after: { readAccess: "private" } });
    expect(rows[1]).toMatchObject({ actorId: null, actorLabel: "cli", before: { readAccess: "private" }, after: { readAccess: "public" } });
    expect(await getReadAccess()).toBe("public");
  });

  it("auth.sign_in_failed: records the address and the email tried, with no account", async () => {
    const { email } = await makeAccount("viewer");
    const before = await prisma.auditLog.count({ where: { action: "auth.sign_in_failed" } });

    const out = await withSocketAddress("203.0.113.9", () => signInWithPassword(email, "wrong", new Headers()));

    expect(out).toMatchObject({ ok: false, status: 401 });
    const rows = await prisma.auditLog.findMany({ where: { action: "auth.sign_in_failed", ip: "203.0.113.9" } });
    expect(rows).toHaveLength(1);
    expect(await prisma.auditLog.count({ where: { action: "auth.sign_in_failed" } })).toBe(before + 1);
    expect(rows[0]).toMatchObject({ actorId: null, actorLabel: email, ip: "203.0.113.9", entityType: "User", entityId: null });
    // The email tried and why it failed; never the password tried.
    expect(parse(rows[0].after)).toEqual({ email, reason: expect.any(String) });
    // The failure also counts towards the sign-in rate limit.
    expect(await prisma.signInFailure.count({ where: { email, ip: "203.0.113.9" } })).toBe(1);
  });

  it("auth.sign_in: a successful sign-in is recorded under the account, with its address", async () => {
    const { user, email, password } = await makeAccount("editor");

    const out = await withSocketAddress("203.0.113.10", () => signInWithPassword(email, password, new Headers()));

    expect(out).toMatchObject({ ok: true, user: { id: user.id } });
    expect(await onlyAudit(user.id, "auth.sign_in")).toMatchObject({
      actorId: user.id,
      actorLabel: user.name,
      ip: "203.0.113.10",
      entityType: "User",
      entityId: user.id,
    });
  });
});

// ---------------------------------------------------------------------------------------

describe("the last active admin", () => {
  it("cannot be demoted or disabled; those refusals write no audit row; once another admin exists, it can", async () => {
    const last = await makeAccount("admin");
    // Disable every other active admin (allowed: `last` stays), so `last` is the only one.
    const others = await prisma.user.findMany({ where: { role: "admin", disabledAt: null, id: { not: last.user.id } } });
    for (const o of others) await setUserDisabled(o.id, true, CLI);
    expect(await prisma.user.count({ where: { role: "admin", disabledAt: null } })).toBe(1);

    for (const attempt of [() => setUserRole(last.user.id, "editor", CLI), () => setUserDisabled(last.user.id, true, CLI)]) {
      const before = await auditCount();
      const err = await attempt().then(
        () => null,
        (e: unknown) => e,
      );
      expect(err).toBeInstanceOf(ConflictError);
      expect((err as ConflictError).code).toBe("last_admin");
      expect(await auditCount()).toBe(before);
    }
    expect(await prisma.user.findUniqueOrThrow({ where: { id: last.user.id } })).toMatchObject({ role: "admin", disabledAt: null });
    expect(await auditOf(last.user.id, "user.set_role")).toEqual([]);
    expect(await auditOf(last.user.id, "user.disable")).toEqual([]);

    // A disabled admin does not count as another admin, and can itself be demoted.
    if (others.length) {
      await setUserRole(others[0].id, "editor", CLI);
      expect(await onlyAudit(others[0].id, "user.set_role")).toMatchObject({ before: { role: "admin" }, after: { role: "editor" } });
    }

    // With a second active admin, the first can step down.
    const second = await makeAccount("admin");
    const demoted = await setUserRole(last.user.id, "editor", { id: second.user.id, label: second.user.name });
    expect(demoted.role).toBe("editor");
    expect(await onlyAudit(last.user.id, "user.set_role")).toMatchObject({
      actorId: second.user.id,
      actorLabel: second.user.name,
      before: { role: "admin" },
      after: { role: "editor" },
    });
    // …and now the second one is the last.
    await expect(setUserDisabled(second.user.id, true, CLI)).rejects.toMatchObject({ code: "last_admin" });
  });
});
