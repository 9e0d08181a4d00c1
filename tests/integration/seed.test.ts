// The seed (prisma/seed.ts) against a real SQLite database. Each test starts from an empty
// database: this file's single copy is emptied in FK-safe order before every test.
import { beforeEach, describe, expect, it } from "vitest";
import type { AuditActor } from "@/lib/db/audit";
import { prisma } from "@/lib/db/client";
import { getPredictionDetail } from "@/lib/db/claims";
import { createEvidence } from "@/lib/db/evidence";
import { createVerdict } from "@/lib/db/verdicts";
import { GRADES } from "@/lib/domain";
import { createEvidenceSchema } from "@/lib/validation/evidence";
import { createVerdictSchema } from "@/lib/validation/verdict";
import { seedDatabase, wantsSeedEvidence } from "@/prisma/seed";
import { ESSAY_CLAIMS, ESSAY_SOURCE } from "@/prisma/seed-data/essay";
import { SEED_EVIDENCE } from "@/prisma/seed-data/evidence";
import { SEED_VERDICTS } from "@/prisma/seed-data/verdicts";
import { emptyDatabase } from "../support/empty-database";

const ADA: AuditActor = { id: null, label: "Ada" };

/** Every row of every table, in a stable order, for before/after comparison. */
async function snapshot() {
  const [sources, predictions, tags, evidence, verdicts, citations, reviews, entries] = await Promise.all([
    prisma.source.findMany({ orderBy: { id: "asc" } }),
    prisma.prediction.findMany({ orderBy: { id: "asc" }, include: { tags: { select: { id: true }, orderBy: { id: "asc" } } } }),
    prisma.tag.findMany({ orderBy: { id: "asc" } }),
    prisma.evidence.findMany({ orderBy: { id: "asc" } }),
    prisma.verdict.findMany({ orderBy: { id: "asc" } }),
    prisma.verdictEvidence.findMany({ orderBy: [{ verdictId: "asc" }, { evidenceId: "asc" }] }),
    prisma.review.findMany({ orderBy: { id: "asc" } }),
    prisma.reviewEntry.findMany({ orderBy: { id: "asc" } }),
  ]);
  return { sources, predictions, tags, evidence, verdicts, citations, reviews, entries };
}

const claimBySeedKey = (seedKey: string) => prisma.prediction.findUniqueOrThrow({ where: { seedKey } });

beforeEach(emptyDatabase);

describe("seed data files", () => {
  it("have unique keys and refer only to known claims and evidence", () => {
    const claimKeys = ESSAY_CLAIMS.map((c) => c.seedKey);
    expect(new Set(claimKeys).size).toBe(claimKeys.length);
    const evidenceKeys = SEED_EVIDENCE.map((e) => e.key);
    expect(new Set(evidenceKeys).size).toBe(evidenceKeys.length);
    const evidenceByKey = new Map(SEED_EVIDENCE.map((e) => [e.key, e]));
    for (const e of SEED_EVIDENCE) expect(claimKeys, e.key).toContain(e.claimKey);
    for (const v of SEED_VERDICTS) {
      expect(claimKeys, `${v.claimKey} ${v.madeOn}`).toContain(v.claimKey);
      for (const key of v.cites ?? []) {
        const e = evidenceByKey.get(key);
        expect(e, `${v.claimKey} cites ${key}`).toBeDefined();
        // A verdict cites only its own claim's evidence, already observed on its date.
        expect(e!.claimKey, `${v.claimKey} cites ${key}`).toBe(v.claimKey);
        expect(e!.observedOn <= v.madeOn, `${v.claimKey} ${v.madeOn} cites later ${key}`).toBe(true);
      }
    }
  });

  it("would pass the same validation as user input", () => {
    for (const e of SEED_EVIDENCE) {
      const { key, claimKey, ...fields } = e;
      void claimKey;
      const r = createEvidenceSchema.safeParse(fields);
      expect(r.success, `${key}: ${JSON.stringify(r.error?.issues)}`).toBe(true);
    }
    for (const v of SEED_VERDICTS) {
      const r = createVerdictSchema.safeParse({ grade: v.grade, credence: v.credence, rationale: v.rationale });
      expect(r.success, `${v.claimKey} ${v.madeOn}: ${JSON.stringify(r.error?.issues)}`).toBe(true);
    }
  });
});

describe("seedDatabase", () => {
  it("creates the essay source and every claim with its horizon and credence read from the wording", async () => {
    const result = await seedDatabase(prisma);
    expect(result).toEqual({ claims: ESSAY_CLAIMS.length, evidence: SEED_EVIDENCE.length, verdicts: SEED_VERDICTS.length, reviews: 3 });

    const sources = await prisma.source.findMany();
    expect(sources).toHaveLength(1);
    expect(sources[0]).toMatchObject({
      seedKey: ESSAY_SOURCE.seedKey,
      title: ESSAY_SOURCE.title,
      author: ESSAY_SOURCE.author,
      url: ESSAY_SOURCE.url,
      kind: "essay",
    });
    expect(sources[0].publishedOn.toISOString()).toBe(`${ESSAY_SOURCE.publishedOn}T00:00:00.000Z`);

    const claims = await prisma.prediction.findMany({ orderBy: { position: "asc" }, include: { tags: true } });
    expect(claims.map((c) => c.seedKey)).toEqual(ESSAY_CLAIMS.map((c) => c.seedKey));
    for (const [i, c] of claims.entries()) {
      const def = ESSAY_CLAIMS[i];
      expect(c.sourceId).toBe(sources[0].id);
      expect(c.quote).toBe(def.quote);
      expect(c.statement).toBe(def.statement);
      expect(c.madeOn.toISOString()).toBe(`${ESSAY_SOURCE.publishedOn}T00:00:00.000Z`);
      expect(c.tags.map((t) => t.name).sort()).toEqual([...def.tags].sort());
      expect(c.horizonFrom, c.seedKey!).toBeGreaterThanOrEqual(2022);
      expect(c.horizonTo, c.seedKey!).toBeGreaterThanOrEqual(c.horizonFrom);
      expect(c.impliedCredence, c.seedKey!).not.toBeNull();
      expect(c.credenceWord, c.seedKey!).not.toBeNull();
      expect(c.horizonPhrase.length, c.seedKey!).toBeGreaterThan(0);
    }
  });

  it("reads known claims' horizons and credences correctly", async () => {
    await seedDatabase(prisma);
    expect(await claimBySeedKey("spoken-conversation")).toMatchObject({
      horizonPhrase: "very soon",
      horizonFrom: 2022,
      horizonTo: 2023,
      impliedCredence: 0.9,
      credenceWord: "will",
    });
    expect(await claimBySeedKey("human-parity")).toMatchObject({
      horizonPhrase: "in just a few years",
      horizonFrom: 2024,
      horizonTo: 2027,
      impliedCredence: 0.4,
      credenceWord: "possible",
    });
    expect(await claimBySeedKey("interactive-visuals")).toMatchObject({ horizonFrom: 2023, horizonTo: 2025, impliedCredence: 0.7, credenceWord: "likely" });
    expect(await claimBySeedKey("indistinguishable-entities")).toMatchObject({ impliedCredence: 0.4, credenceWord: "maybe" });
    // Hedged with "will probably"; "obvious" there only describes the errors.
    expect(await claimBySeedKey("fewer-obvious-errors")).toMatchObject({ impliedCredence: 0.7, credenceWord: "probably" });
    // No horizon in the essay: five years from publication, and the rule is shown instead.
    expect(await claimBySeedKey("new-companies")).toMatchObject({
      horizonPhrase: "no horizon stated",
      horizonFrom: 2022,
      horizonTo: 2027,
      impliedCredence: 0.9,
      credenceWord: "(unhedged)",
    });
  });

  it("puts the eight company sub-claims under 'new-companies'", async () => {
    await seedDatabase(prisma);
    const parent = await claimBySeedKey("new-companies");
    const children = await prisma.prediction.findMany({ where: { parentId: parent.id }, orderBy: { position: "asc" } });
    expect(children.map((c) => c.seedKey)).toEqual([
      "company-adept",
      "company-ai21-labs",
      "company-aleph-alpha",
      "company-anthropic",
      "company-character-ai",
      "company-cohere",
      "company-inceptive",
      "company-primer",
    ]);
    expect(await prisma.prediction.count({ where: { parentId: { not: null } } })).toBe(8);
    const detail = await getPredictionDetail(parent.id);
    expect(detail!.children).toHaveLength(8);
    const child = await getPredictionDetail(children[0].id);
    expect(child!.parent).toEqual({ id: parent.id, statement: parent.statement });
  });

  it("stores the seeded evidence and verdicts marked as seeded, with their citations", async () => {
    await seedDatabase(prisma);
    expect(await prisma.evidence.count()).toBe(SEED_EVIDENCE.length);
    expect(await prisma.evidence.count({ where: { isSeeded: true } })).toBe(SEED_EVIDENCE.length);
    expect(await prisma.verdict.count()).toBe(SEED_VERDICTS.length);
    expect(await prisma.verdict.count({ where: { isSeeded: true } })).toBe(SEED_VERDICTS.length);
    const citationCount = SEED_VERDICTS.reduce((n, v) => n + (v.cites?.length ?? 0), 0);
    expect(await prisma.verdictEvidence.count()).toBe(citationCount);

    // Every citation links a verdict to evidence of the same claim.
    const citations = await prisma.verdictEvidence.findMany({
      include: { verdict: { select: { predictionId: true } }, evidence: { select: { predictionId: true } } },
    });
    for (const c of citations) expect(c.evidence.predictionId).toBe(c.verdict.predictionId);

    // One evidence item, field by field.
    const sample = SEED_EVIDENCE[0];
    const claim = await claimBySeedKey(sample.claimKey);
    const row = await prisma.evidence.findFirstOrThrow({ where: { predictionId: claim.id, title: sample.title } });
    expect(row).toMatchObject({ url: sample.url, stance: sample.stance, strength: sample.strength, summary: sample.summary, isSeeded: true });
    expect(row.observedOn.toISOString().slice(0, 10)).toBe(sample.observedOn);
  });

  it("gives every claim the grade of its latest seeded verdict", async () => {
    await seedDatabase(prisma);
    const latest = new Map<string, { madeOn: string; grade: string }>();
    for (const v of SEED_VERDICTS) {
      const cur = latest.get(v.claimKey);
      if (!cur || v.madeOn >= cur.madeOn) latest.set(v.claimKey, { madeOn: v.madeOn, grade: v.grade });
    }
    const claims = await prisma.prediction.findMany();
    expect(claims).toHaveLength(ESSAY_CLAIMS.length);
    for (const c of claims) {
      expect(c.currentGrade, c.seedKey!).not.toBeNull();
      expect(GRADES as readonly string[]).toContain(c.currentGrade);
      const want = latest.get(c.seedKey!);
      expect(want, c.seedKey!).toBeDefined();
      expect(c.currentGrade, c.seedKey!).toBe(want!.grade);
      expect(c.currentVerdictAt?.toISOString().slice(0, 10), c.seedKey!).toBe(want!.madeOn);
    }
  });

  it("changes nothing when run a second time", async () => {
    await seedDatabase(prisma);
    const before = await snapshot();
    expect(await seedDatabase(prisma)).toEqual({ claims: 0, evidence: 0, verdicts: 0, reviews: 0 });
    const after = await snapshot();
    expect(after).toEqual(before);
    expect(after.predictions).toHaveLength(ESSAY_CLAIMS.length);
    expect(after.evidence).toHaveLength(SEED_EVIDENCE.length);
    expect(after.verdicts).toHaveLength(SEED_VERDICTS.length);
  });

  it("leaves rows a user added alone when run again", async () => {
    await seedDatabase(prisma);
    const claim = await claimBySeedKey("spoken-conversation");
    const userEvidence = await createEvidence(
      claim.id,
      createEvidenceSchema.parse({
        title: "A user's own evidence",
        url: "https://example.org/user",
        observedOn: "2024-01-02",
        stance: "contradicts",
        strength: "weak",
        summary: "Added by hand.",
      }),
      ADA,
    );
    // Dated after every seeded verdict, so it becomes the current one.
    const lastSeeded = SEED_VERDICTS.map((v) => v.madeOn).sort().at(-1)!;
    const userDay = new Date(`${lastSeeded}T12:00:00Z`);
    userDay.setUTCDate(userDay.getUTCDate() + 1);
    const userVerdict = await createVerdict(
      claim.id,
      createVerdictSchema.parse({ grade: "refuted", credence: 0.1, rationale: "I disagree.", evidenceIds: [userEvidence.id] }),
      ADA,
      { now: userDay },
    );
    const before = await snapshot();

    expect(await seedDatabase(prisma)).toEqual({ claims: 0, evidence: 0, verdicts: 0, reviews: 0 });

    expect(await snapshot()).toEqual(before);
    const e = await prisma.evidence.findUniqueOrThrow({ where: { id: userEvidence.id } });
    expect(e).toMatchObject({ title: "A user's own evidence", loggedBy: "Ada", isSeeded: false, predictionId: claim.id });
    const v = await prisma.verdict.findUniqueOrThrow({ where: { id: userVerdict.id }, include: { citations: true } });
    expect(v).toMatchObject({ grade: "refuted", madeBy: "Ada", isSeeded: false });
    expect(v.citations.map((c) => c.evidenceId)).toEqual([userEvidence.id]);
    expect((await claimBySeedKey("spoken-conversation")).currentGrade).toBe("refuted");
    expect(await prisma.evidence.count()).toBe(SEED_EVIDENCE.length + 1);
    expect(await prisma.verdict.count()).toBe(SEED_VERDICTS.length + 1);
  });

  it("seeds claims only with { withEvidence: false }, and the evidence later on request", async () => {
    expect(await seedDatabase(prisma, { withEvidence: false })).toEqual({ claims: ESSAY_CLAIMS.length, evidence: 0, verdicts: 0, reviews: 0 });
    expect(await prisma.prediction.count()).toBe(ESSAY_CLAIMS.length);
    expect(await prisma.evidence.count()).toBe(0);
    expect(await prisma.verdict.count()).toBe(0);
    expect(await prisma.prediction.count({ where: { currentGrade: { not: null } } })).toBe(0);

    // A later full seed adds the evidence and verdicts without duplicating claims.
    expect(await seedDatabase(prisma)).toEqual({ claims: 0, evidence: SEED_EVIDENCE.length, verdicts: SEED_VERDICTS.length, reviews: 3 });
    expect(await prisma.prediction.count()).toBe(ESSAY_CLAIMS.length);
    expect(await prisma.source.count()).toBe(1);
    expect(await prisma.prediction.count({ where: { currentGrade: null } })).toBe(0);
  });
});

const env = (vars: Record<string, string>) => vars as NodeJS.ProcessEnv;

describe("wantsSeedEvidence", () => {
  it.each(["0", "false", "FALSE", "no", "No", "off", "OFF"])("SEED_EVIDENCE=%s seeds claims only", (value) => {
    expect(wantsSeedEvidence(env({ SEED_EVIDENCE: value }))).toBe(false);
  });

  it.each(["1", "true", "yes", "on", ""])("SEED_EVIDENCE=%j seeds evidence too", (value) => {
    expect(wantsSeedEvidence(env({ SEED_EVIDENCE: value }))).toBe(true);
  });

  it("seeds evidence when SEED_EVIDENCE is unset", () => {
    expect(wantsSeedEvidence(env({}))).toBe(true);
  });
});
