// createEvidence / createVerdict / getPredictionDetail / listPredictions against a real
// SQLite database (this file's own migrated copy; see tests/support/test-database.ts).
import { beforeAll, describe, expect, it } from "vitest";
import type { AuditActor } from "@/lib/db/audit";
import { prisma } from "@/lib/db/client";
import { InvalidReferenceError, NotFoundError } from "@/lib/db/errors";
import { getPredictionDetail, listPredictions } from "@/lib/db/claims";
import { createEvidence } from "@/lib/db/evidence";
import { createVerdict } from "@/lib/db/verdicts";
import type { Grade } from "@/lib/domain";
import { createEvidenceSchema, type CreateEvidenceInput } from "@/lib/validation/evidence";
import { createVerdictSchema, type CreateVerdictInput } from "@/lib/validation/verdict";
import { makeAccount } from "../support/accounts";
import { makeClaim, makeSource, uid, type ClaimOpts } from "../support/factories";

/** Who makes the writes below; attribution comes from the acting account, not the input. */
const ACTOR: AuditActor = { id: null, label: "Tester" };
const ADA: AuditActor = { id: null, label: "Ada" };
const GRACE: AuditActor = { id: null, label: "Grace" };

const evidenceInput = (over: Partial<CreateEvidenceInput> = {}) =>
  createEvidenceSchema.parse({
    title: `Evidence ${uid()}`,
    url: "https://example.org/e",
    observedOn: "2023-03-01",
    stance: "supports",
    strength: "moderate",
    summary: "Something happened.",
    ...over,
  });

const verdictInput = (over: Partial<CreateVerdictInput> = {}) =>
  createVerdictSchema.parse({ grade: "on_track", credence: 0.7, rationale: "Because.", ...over });

const day = (s: string) => new Date(`${s}T12:00:00Z`);

describe("createEvidence", () => {
  it("stores the item and returns it with a YYYY-MM-DD observedOn", async () => {
    const source = await makeSource();
    const claim = await makeClaim({ sourceId: source.id });
    const input = evidenceInput({ observedOn: "2023-07-04", stance: "contradicts", strength: "strong" });

    const e = await createEvidence(claim.id, input, ADA);

    expect(e).toMatchObject({
      predictionId: claim.id,
      title: input.title,
      url: "https://example.org/e",
      observedOn: "2023-07-04",
      stance: "contradicts",
      strength: "strong",
      summary: "Something happened.",
      loggedBy: "Ada",
      isSeeded: false,
    });
    expect(Number.isNaN(Date.parse(e.recordedAt))).toBe(false);
    const row = await prisma.evidence.findUniqueOrThrow({ where: { id: e.id } });
    expect(row.predictionId).toBe(claim.id);
    expect(row.observedOn.toISOString()).toBe("2023-07-04T00:00:00.000Z");
    expect(row.title).toBe(input.title);
    expect(row).toMatchObject({ loggedBy: "Ada", loggedById: null });
  });

  it("attributes the item to the acting account: its name and its id", async () => {
    const { user } = await makeAccount("editor");
    const source = await makeSource();
    const claim = await makeClaim({ sourceId: source.id });

    const e = await createEvidence(claim.id, evidenceInput(), { id: user.id, label: user.name });

    expect(e.loggedBy).toBe(user.name);
    const row = await prisma.evidence.findUniqueOrThrow({ where: { id: e.id } });
    expect(row).toMatchObject({ loggedBy: user.name, loggedById: user.id });
  });

  it("throws NotFoundError for an unknown claim and stores nothing", async () => {
    const before = await prisma.evidence.count();
    const input = evidenceInput();
    await expect(createEvidence("no-such-claim", input, ACTOR)).rejects.toBeInstanceOf(NotFoundError);
    await expect(createEvidence("no-such-claim", input, ACTOR)).rejects.toMatchObject({ entity: "Prediction", id: "no-such-claim" });
    expect(await prisma.evidence.count()).toBe(before);
    expect(await prisma.evidence.count({ where: { title: input.title } })).toBe(0);
  });
});

describe("createVerdict", () => {
  it("appends verdict rows, never updating old ones, and points the claim at the latest", async () => {
    const source = await makeSource();
    const claim = await makeClaim({ sourceId: source.id });

    const first = await createVerdict(claim.id, verdictInput({ grade: "too_early", credence: null }), ADA, { now: day("2023-01-10") });
    expect(first).toMatchObject({ predictionId: claim.id, grade: "too_early", credence: null, madeOn: "2023-01-10", madeBy: "Ada", isSeeded: false, evidenceIds: [] });
    let p = await prisma.prediction.findUniqueOrThrow({ where: { id: claim.id } });
    expect(p.currentGrade).toBe("too_early");
    expect(p.currentVerdictAt?.toISOString()).toBe("2023-01-10T00:00:00.000Z");

    const second = await createVerdict(claim.id, verdictInput({ grade: "confirmed", credence: 0.95 }), GRACE, { now: day("2024-02-20") });
    expect(second.id).not.toBe(first.id);
    p = await prisma.prediction.findUniqueOrThrow({ where: { id: claim.id } });
    expect(p.currentGrade).toBe("confirmed");
    expect(p.currentVerdictAt?.toISOString()).toBe("2024-02-20T00:00:00.000Z");

    const rows = await prisma.verdict.findMany({ where: { predictionId: claim.id }, orderBy: { madeOn: "asc" } });
    expect(rows.map((r) => [r.grade, r.credence, r.madeBy, r.madeById])).toEqual([
      ["too_early", null, "Ada", null],
      ["confirmed", 0.95, "Grace", null],
    ]);
    // The first verdict is still exactly as it was written.
    expect(rows[0].id).toBe(first.id);
    expect(rows[0].madeOn.toISOString()).toBe("2023-01-10T00:00:00.000Z");
  });

  it("attributes the verdict to the acting account: its name and its id", async () => {
    const { user } = await makeAccount("editor");
    const source = await makeSource();
    const claim = await makeClaim({ sourceId: source.id });

    const v = await createVerdict(claim.id, verdictInput(), { id: user.id, label: user.name }, { now: day("2023-02-02") });

    expect(v.madeBy).toBe(user.name);
    const row = await prisma.verdict.findUniqueOrThrow({ where: { id: v.id } });
    expect(row).toMatchObject({ madeBy: user.name, madeById: user.id });
  });

  it("dates the verdict by the UTC day of `now`", async () => {
    const source = await makeSource();
    const claim = await makeClaim({ sourceId: source.id });
    const v = await createVerdict(claim.id, verdictInput(), ACTOR, { now: new Date("2023-06-30T23:30:00-05:00") });
    expect(v.madeOn).toBe("2023-07-01");
  });

  it("keeps the later of two verdicts made on the same day as current", async () => {
    const source = await makeSource();
    const claim = await makeClaim({ sourceId: source.id });
    const sameDay = day("2023-05-05");
    await createVerdict(claim.id, verdictInput({ grade: "off_track" }), ACTOR, { now: sameDay });
    // Let the clock move on so the second row is recorded strictly later.
    await new Promise((r) => setTimeout(r, 15));
    await createVerdict(claim.id, verdictInput({ grade: "partly" }), ACTOR, { now: sameDay });
    const p = await prisma.prediction.findUniqueOrThrow({ where: { id: claim.id } });
    expect(p.currentGrade).toBe("partly");
    expect(await prisma.verdict.count({ where: { predictionId: claim.id } })).toBe(2);
  });

  it("does not let a back-dated verdict displace a later one", async () => {
    const source = await makeSource();
    const claim = await makeClaim({ sourceId: source.id });
    await createVerdict(claim.id, verdictInput({ grade: "confirmed" }), ACTOR, { now: day("2024-01-01") });
    await createVerdict(claim.id, verdictInput({ grade: "refuted" }), ACTOR, { now: day("2023-01-01") });
    const p = await prisma.prediction.findUniqueOrThrow({ where: { id: claim.id } });
    expect(p.currentGrade).toBe("confirmed");
  });

  it("throws NotFoundError for an unknown claim and stores nothing", async () => {
    const before = await prisma.verdict.count();
    await expect(createVerdict("missing", verdictInput(), ACTOR, { now: day("2023-01-01") })).rejects.toBeInstanceOf(NotFoundError);
    expect(await prisma.verdict.count()).toBe(before);
  });

  it("rejects citing another claim's evidence and stores nothing", async () => {
    const source = await makeSource();
    const claim = await makeClaim({ sourceId: source.id });
    const other = await makeClaim({ sourceId: source.id, position: 2 });
    const own = await createEvidence(claim.id, evidenceInput(), ACTOR);
    const foreign = await createEvidence(other.id, evidenceInput(), ACTOR);
    await createVerdict(claim.id, verdictInput({ grade: "too_early" }), ACTOR, { now: day("2023-01-01") });

    const versionsBefore = await prisma.verdict.count();
    const citationsBefore = await prisma.verdictEvidence.count();

    const attempt = createVerdict(
      claim.id,
      verdictInput({ grade: "refuted", evidenceIds: [own.id, foreign.id] }),
      ACTOR,
      { now: day("2024-01-01") },
    );
    await expect(attempt).rejects.toBeInstanceOf(InvalidReferenceError);
    await expect(
      createVerdict(claim.id, verdictInput({ grade: "refuted", evidenceIds: [foreign.id] }), ACTOR, { now: day("2024-01-01") }),
    ).rejects.toMatchObject({ field: "evidenceIds", message: expect.stringContaining(foreign.id) });

    expect(await prisma.verdict.count()).toBe(versionsBefore);
    expect(await prisma.verdictEvidence.count()).toBe(citationsBefore);
    const p = await prisma.prediction.findUniqueOrThrow({ where: { id: claim.id } });
    expect(p.currentGrade).toBe("too_early");
    expect(p.currentVerdictAt?.toISOString()).toBe("2023-01-01T00:00:00.000Z");
  });

  it("rejects citing evidence that does not exist", async () => {
    const source = await makeSource();
    const claim = await makeClaim({ sourceId: source.id });
    await expect(
      createVerdict(claim.id, verdictInput({ evidenceIds: ["not-an-evidence-id"] }), ACTOR, { now: day("2023-01-01") }),
    ).rejects.toBeInstanceOf(InvalidReferenceError);
    expect(await prisma.verdict.count({ where: { predictionId: claim.id } })).toBe(0);
    const p = await prisma.prediction.findUniqueOrThrow({ where: { id: claim.id } });
    expect(p.currentGrade).toBeNull();
  });

  it("links cited evidence of the same claim, once each", async () => {
    const source = await makeSource();
    const claim = await makeClaim({ sourceId: source.id });
    // Cited first and titled first, so the answer's order is the same by either.
    const e1 = await createEvidence(claim.id, evidenceInput({ title: `A report ${uid()}` }), ACTOR);
    const e2 = await createEvidence(claim.id, evidenceInput({ title: `B report ${uid()}` }), ACTOR);
    await createEvidence(claim.id, evidenceInput(), ACTOR); // not cited

    const v = await createVerdict(claim.id, verdictInput({ evidenceIds: [e1.id, e2.id, e1.id] }), ACTOR, { now: day("2023-09-09") });
    expect(v.evidenceIds).toEqual([e1.id, e2.id]);

    const links = await prisma.verdictEvidence.findMany({ where: { verdictId: v.id } });
    expect(links.map((l) => l.evidenceId).sort()).toEqual([e1.id, e2.id].sort());

    const detail = await getPredictionDetail(claim.id);
    expect(detail!.verdicts[0].evidenceIds.sort()).toEqual([e1.id, e2.id].sort());
  });
});

describe("getPredictionDetail", () => {
  it("returns null for an unknown id", async () => {
    expect(await getPredictionDetail("no-such-claim")).toBeNull();
  });

  it("lists verdicts and evidence newest first, and tallies evidence by stance", async () => {
    const source = await makeSource({ publishedOn: "2022-05-01" });
    const parent = await makeClaim({ sourceId: source.id, statement: "Parent claim", tags: ["speech", "agents"] });
    const child = await makeClaim({ sourceId: source.id, statement: "Child claim", position: 2 });
    await prisma.prediction.update({ where: { id: child.id }, data: { parentId: parent.id } });

    await createEvidence(parent.id, evidenceInput({ observedOn: "2023-01-01", stance: "supports" }), ACTOR);
    await createEvidence(parent.id, evidenceInput({ observedOn: "2023-05-01", stance: "supports" }), ACTOR);
    await createEvidence(parent.id, evidenceInput({ observedOn: "2023-03-01", stance: "contradicts" }), ACTOR);
    await createEvidence(parent.id, evidenceInput({ observedOn: "2023-02-01", stance: "mixed" }), ACTOR);
    // Evidence of the child is not counted for the parent.
    await createEvidence(child.id, evidenceInput({ stance: "contradicts" }), ACTOR);

    // Recorded out of date order on purpose.
    await createVerdict(parent.id, verdictInput({ grade: "on_track" }), ACTOR, { now: day("2023-06-01") });
    await createVerdict(parent.id, verdictInput({ grade: "too_early", credence: null }), ACTOR, { now: day("2022-12-01") });
    await createVerdict(parent.id, verdictInput({ grade: "partly" }), ACTOR, { now: day("2024-03-01") });

    const d = await getPredictionDetail(parent.id);
    expect(d).not.toBeNull();
    expect(d!.verdicts.map((v) => [v.madeOn, v.grade])).toEqual([
      ["2024-03-01", "partly"],
      ["2023-06-01", "on_track"],
      ["2022-12-01", "too_early"],
    ]);
    expect(d!.verdictPage).toEqual({ total: 3, nextCursor: null });
    expect(d!.evidencePage).toEqual({ total: 4, nextCursor: null, remaining: 4 });
    expect(d!.currentVerdict).toBe("partly");
    expect(d!.currentVerdictOn).toBe("2024-03-01");
    expect(d!.tally).toEqual({ supports: 2, contradicts: 1, mixed: 1 });
    expect(d!.evidenceCount).toBe(4);
    expect(d!.evidence.map((e) => e.observedOn)).toEqual(["2023-05-01", "2023-03-01", "2023-02-01", "2023-01-01"]);
    expect(d!.tags).toEqual(["agents", "speech"]);
    expect(d!.source).toMatchObject({ id: source.id, title: source.title, publishedOn: "2022-05-01", kind: "essay" });
    expect(d!.children).toEqual([{ id: child.id, statement: "Child claim", currentVerdict: null }]);
    expect(d!.parent).toBeNull();
    expect(d!.madeOn).toBe("2022-05-01");

    const c = await getPredictionDetail(child.id);
    expect(c!.parent).toEqual({ id: parent.id, statement: "Parent claim" });
    expect(c!.parentId).toBe(parent.id);
    expect(c!.tally).toEqual({ supports: 0, contradicts: 1, mixed: 0 });
  });
});

describe("listPredictions", () => {
  // One source of our own so the assertions can ignore other tests' rows.
  let sourceId: string;
  const ids: Record<string, string> = {};
  const NOW = new Date("2025-06-15T12:00:00Z");
  const tag = `tag-${uid()}`;
  const list = async (f: Parameters<typeof listPredictions>[0] = {}) =>
    (await listPredictions({ source: sourceId, ...f }, NOW)).items.map((p) => p.id);

  beforeAll(async () => {
    sourceId = (await makeSource()).id;
    const make = async (key: string, o: Partial<ClaimOpts>, grades: Grade[] = [], evidence: ("supports" | "contradicts" | "mixed")[] = []) => {
      const c = await makeClaim({ sourceId, ...o });
      ids[key] = c.id;
      for (const [i, g] of grades.entries()) await createVerdict(c.id, verdictInput({ grade: g }), ACTOR, { now: day(`2023-0${i + 1}-01`) });
      for (const s of evidence) await createEvidence(c.id, evidenceInput({ stance: s }), ACTOR);
    };
    // horizon relative to 2025: past ends 2024; current spans 2025; future starts 2026.
    await make("past", { position: 1, statement: "Machines will TRANSLATE speech", horizonFrom: 2022, horizonTo: 2024, tags: [tag] }, ["too_early", "refuted"], ["contradicts"]);
    await make("current", { position: 2, statement: "Robots fold laundry", horizonFrom: 2023, horizonTo: 2025 }, ["confirmed"], ["supports", "supports", "contradicts", "mixed"]);
    await make("edge", { position: 3, statement: "Edge of horizon", horizonFrom: 2025, horizonTo: 2025, quote: "Cats will translate meows." }, [], ["mixed", "supports"]);
    await make("future", { position: 4, statement: "Fusion power plants", horizonFrom: 2026, horizonTo: 2030, tags: [tag, `${tag}-x`] });
  });

  it("lists the source's claims in position order with tallies and evidence counts", async () => {
    const rows = (await listPredictions({ source: sourceId }, NOW)).items;
    expect(rows.map((r) => r.id)).toEqual([ids.past, ids.current, ids.edge, ids.future]);
    const byId = Object.fromEntries(rows.map((r) => [r.id, r]));
    expect(byId[ids.current]).toMatchObject({
      evidenceCount: 4,
      tally: { supports: 2, contradicts: 1, mixed: 1 },
      currentVerdict: "confirmed",
      currentVerdictOn: "2023-01-01",
      horizon: { from: 2023, to: 2025 },
      source: { id: sourceId },
    });
    expect(byId[ids.past]).toMatchObject({ evidenceCount: 1, tally: { supports: 0, contradicts: 1, mixed: 0 }, currentVerdict: "refuted" });
    expect(byId[ids.future]).toMatchObject({ evidenceCount: 0, tally: { supports: 0, contradicts: 0, mixed: 0 }, currentVerdict: null, currentVerdictOn: null });
    expect(byId[ids.future].tags).toEqual([tag, `${tag}-x`].sort());
  });

  it("searches statement text (case-insensitively) and quotes", async () => {
    expect(await list({ q: "translate speech" })).toEqual([ids.past]);
    expect(await list({ q: "laundry" })).toEqual([ids.current]);
    expect(await list({ q: "meows" })).toEqual([ids.edge]);
    expect(await list({ q: "translate" })).toEqual([ids.past, ids.edge]);
    expect(await list({ q: "nothing like this" })).toEqual([]);
  });

  it("treats % and _ in a search as plain characters", async () => {
    expect(await list({ q: "%" })).toEqual([]);
    expect(await list({ q: "_" })).toEqual([]);
  });

  it("filters by current verdict, including 'none' for ungraded claims", async () => {
    expect(await list({ verdict: "refuted" })).toEqual([ids.past]);
    expect(await list({ verdict: "confirmed" })).toEqual([ids.current]);
    // Only the current verdict counts, not earlier ones.
    expect(await list({ verdict: "too_early" })).toEqual([]);
    expect(await list({ verdict: "none" })).toEqual([ids.edge, ids.future]);
  });

  it("filters by tag", async () => {
    expect(await list({ tag })).toEqual([ids.past, ids.future]);
    expect(await list({ tag: `${tag}-x` })).toEqual([ids.future]);
    expect(await list({ tag: "no-such-tag" })).toEqual([]);
  });

  it("filters by source", async () => {
    const otherSource = await makeSource();
    const otherClaim = await makeClaim({ sourceId: otherSource.id });
    expect((await listPredictions({ source: otherSource.id }, NOW)).items.map((p) => p.id)).toEqual([otherClaim.id]);
    expect(await list()).not.toContain(otherClaim.id);
  });

  it("filters by horizon relative to `now`", async () => {
    expect(await list({ horizon: "past" })).toEqual([ids.past]);
    expect(await list({ horizon: "current" })).toEqual([ids.current, ids.edge]);
    expect(await list({ horizon: "future" })).toEqual([ids.future]);
    // A year later the 2025 claims are past too.
    const later = new Date("2026-01-01T00:00:00Z");
    expect((await listPredictions({ source: sourceId, horizon: "past" }, later)).items.map((p) => p.id)).toEqual([ids.past, ids.current, ids.edge]);
  });

  it("combines filters", async () => {
    expect(await list({ horizon: "current", verdict: "none" })).toEqual([ids.edge]);
    expect(await list({ tag, horizon: "future", q: "fusion" })).toEqual([ids.future]);
  });

  it("sorts by amount of evidence, most first, ties by position", async () => {
    expect(await list({ sort: "evidence" })).toEqual([ids.current, ids.edge, ids.past, ids.future]);
  });

  it("sorts by horizon end", async () => {
    expect(await list({ sort: "horizon" })).toEqual([ids.past, ids.current, ids.edge, ids.future]);
  });
});
