import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { fieldErrorsOf, isHttpUrl, isIsoDay, LIMITS, todayIso } from "./common";
import {
  createPredictionSchema,
  credenceOverrideSchema,
  quoteCorrectionSchema,
  setParentSchema,
  updatePredictionSchema,
} from "./curation";
import { createEvidenceSchema } from "./evidence";
import { parsePredictionFilter } from "./filters";
import { createVerdictSchema } from "./verdict";

const validEvidence = {
  title: "GPT-4 passes the bar exam",
  url: "https://example.org/report",
  observedOn: "2023-03-14",
  stance: "supports",
  strength: "strong",
  summary: "Scored in the top decile of test takers.",
};

const validVerdict = { grade: "on_track", credence: 0.6, rationale: "Progress is steady." };

/** Parses and returns { field: [messages] }; fails the test if the input was accepted. */
function errorsOf(schema: z.ZodType, input: unknown) {
  const r = schema.safeParse(input);
  expect(r.success, "input should have been rejected").toBe(false);
  return fieldErrorsOf(r.error!);
}

function tomorrowUtc(): string {
  const d = new Date();
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

describe("createEvidenceSchema", () => {
  it("accepts a valid item as given, with no attribution field added and no excerpt or archive link", () => {
    const r = createEvidenceSchema.safeParse(validEvidence);
    expect(r.success).toBe(true);
    expect(r.data).toEqual({ ...validEvidence, excerpt: null, archiveUrl: null });
  });

  it("keeps an excerpt exactly and an archive link; blanks mean none", () => {
    const excerpt = "  “We will ship it”, she said.\nNext line.  ";
    const r = createEvidenceSchema.parse({ ...validEvidence, excerpt, archiveUrl: "https://web.archive.org/web/2024/https://example.org/" });
    expect(r.excerpt).toBe(excerpt);
    expect(r.archiveUrl).toBe("https://web.archive.org/web/2024/https://example.org/");
    expect(createEvidenceSchema.parse({ ...validEvidence, excerpt: "  ", archiveUrl: "" })).toMatchObject({ excerpt: null, archiveUrl: null });
  });

  it("names the field of a bad archive link or an over-long excerpt", () => {
    expect(errorsOf(createEvidenceSchema, { ...validEvidence, archiveUrl: "javascript:alert(1)" })).toEqual({
      archiveUrl: ["Archive URL must be a full http:// or https:// address"],
    });
    expect(errorsOf(createEvidenceSchema, { ...validEvidence, excerpt: "x".repeat(4001) })).toEqual({
      excerpt: ["Excerpt must be at most 4000 characters"],
    });
  });

  // Who logged an item comes from the signed-in account, never from the request body.
  it.each([
    ["loggedBy", "Ada"],
    ["loggedBy", ""],
    ["loggedById", "user-1"],
  ])("rejects %s = %j as an unknown field: attribution comes from the account", (field, value) => {
    const errors = errorsOf(createEvidenceSchema, { ...validEvidence, [field]: value });
    expect(Object.keys(errors)).toEqual([field]);
    expect(errors[field][0]).toMatch(new RegExp(`unknown field.*${field}`, "i"));
  });

  it("keeps free text exactly as sent, but not whitespace alone or broken Unicode", () => {
    expect(createEvidenceSchema.parse({ ...validEvidence, title: "  Spaced \u00a0" }).title).toBe("  Spaced \u00a0");
    expect(fieldErrorsOf(createEvidenceSchema.safeParse({ ...validEvidence, title: " \t\n " }).error!)).toHaveProperty("title");
    const lone = createEvidenceSchema.safeParse({ ...validEvidence, summary: "half a pair \ud800" });
    expect(fieldErrorsOf(lone.error!).summary).toEqual(["Summary contains characters that are not valid text"]);
  });

  it("accepts today (UTC) as the observed day", () => {
    expect(createEvidenceSchema.safeParse({ ...validEvidence, observedOn: todayIso() }).success).toBe(true);
  });

  it("requires a title", () => {
    const { title, ...rest } = validEvidence;
    void title;
    const errors = errorsOf(createEvidenceSchema, rest);
    expect(Object.keys(errors)).toEqual(["title"]);
    expect(errors.title[0]).toMatch(/title is required/i);
  });

  it("rejects a title over 200 characters", () => {
    expect(createEvidenceSchema.safeParse({ ...validEvidence, title: "x".repeat(LIMITS.title) }).success).toBe(true);
    const errors = errorsOf(createEvidenceSchema, { ...validEvidence, title: "x".repeat(201) });
    expect(Object.keys(errors)).toEqual(["title"]);
    expect(errors.title[0]).toMatch(/200/);
  });

  it.each(["javascript:alert(1)", "ftp://x.org", "not a url"])("rejects the url %j", (url) => {
    const errors = errorsOf(createEvidenceSchema, { ...validEvidence, url });
    expect(Object.keys(errors)).toEqual(["url"]);
    expect(errors.url[0]).toMatch(/http/);
  });

  it("rejects an observed day in the future (tomorrow, UTC)", () => {
    const errors = errorsOf(createEvidenceSchema, { ...validEvidence, observedOn: tomorrowUtc() });
    expect(Object.keys(errors)).toEqual(["observedOn"]);
    expect(errors.observedOn).toHaveLength(1);
    expect(errors.observedOn[0]).toMatch(/future/i);
  });

  it.each(["2023-02-30", "12/01/2023", "2023-1-5", ""])("rejects the observed day %j as not a real YYYY-MM-DD date", (observedOn) => {
    const errors = errorsOf(createEvidenceSchema, { ...validEvidence, observedOn });
    expect(Object.keys(errors)).toEqual(["observedOn"]);
    expect(errors.observedOn).toHaveLength(1);
    expect(errors.observedOn[0]).toMatch(/YYYY-MM-DD/);
  });

  it("rejects an unknown stance", () => {
    const errors = errorsOf(createEvidenceSchema, { ...validEvidence, stance: "maybe" });
    expect(Object.keys(errors)).toEqual(["stance"]);
    expect(errors.stance[0]).toMatch(/supports, contradicts or mixed/);
  });

  it("rejects an unknown strength", () => {
    const errors = errorsOf(createEvidenceSchema, { ...validEvidence, strength: "huge" });
    expect(Object.keys(errors)).toEqual(["strength"]);
    expect(errors.strength[0]).toMatch(/weak, moderate or strong/);
  });

  it.each(["", "   \n\t "])("rejects the summary %j as missing", (summary) => {
    const errors = errorsOf(createEvidenceSchema, { ...validEvidence, summary });
    expect(Object.keys(errors)).toEqual(["summary"]);
    expect(errors.summary[0]).toMatch(/summary is required/i);
  });

  it("lists an unknown extra field under its own name", () => {
    const errors = errorsOf(createEvidenceSchema, { ...validEvidence, isSeeded: true });
    expect(Object.keys(errors)).toEqual(["isSeeded"]);
    expect(errors.isSeeded[0]).toMatch(/unknown field.*isSeeded/i);
  });

  it("reports every bad field at once", () => {
    const errors = errorsOf(createEvidenceSchema, { url: "ftp://x.org", stance: "maybe" });
    expect(Object.keys(errors).sort()).toEqual(["observedOn", "stance", "strength", "summary", "title", "url"]);
  });

  it("rejects input that is not an object under the whole-form key", () => {
    const errors = errorsOf(createEvidenceSchema, "hello");
    expect(Object.keys(errors)).toEqual(["_"]);
  });
});

describe("createVerdictSchema", () => {
  it("accepts a valid verdict and fills defaults", () => {
    expect(createVerdictSchema.parse(validVerdict)).toEqual({
      ...validVerdict,
      evidenceIds: [],
      resolvedOn: null,
    });
  });

  it("takes the day a resolving verdict's outcome became known, and refuses it on other grades or in the future", () => {
    expect(createVerdictSchema.parse({ ...validVerdict, grade: "refuted", resolvedOn: "2024-03-01" }).resolvedOn).toBe("2024-03-01");
    expect(createVerdictSchema.parse({ ...validVerdict, grade: "confirmed", resolvedOn: "" }).resolvedOn).toBeNull();
    expect(errorsOf(createVerdictSchema, { ...validVerdict, grade: "on_track", resolvedOn: "2024-03-01" })).toEqual({
      resolvedOn: ["Resolved on applies only to a resolving grade (confirmed, partly or refuted)"],
    });
    expect(errorsOf(createVerdictSchema, { ...validVerdict, grade: "partly", resolvedOn: "2999-01-01" })).toEqual({
      resolvedOn: ["Resolved on cannot be in the future"],
    });
    expect(errorsOf(createVerdictSchema, { ...validVerdict, grade: "partly", resolvedOn: "2024-02-30" })).toEqual({
      resolvedOn: ["Resolved on must be a real date written YYYY-MM-DD"],
    });
  });

  // Who made a verdict comes from the signed-in account, never from the request body.
  it.each([
    ["madeBy", "Grace"],
    ["madeBy", ""],
    ["madeById", "user-1"],
  ])("rejects %s = %j as an unknown field: attribution comes from the account", (field, value) => {
    const errors = errorsOf(createVerdictSchema, { ...validVerdict, [field]: value });
    expect(Object.keys(errors)).toEqual([field]);
    expect(errors[field][0]).toMatch(new RegExp(`unknown field.*${field}`, "i"));
  });

  it("rejects an unknown grade", () => {
    const errors = errorsOf(createVerdictSchema, { ...validVerdict, grade: "great" });
    expect(Object.keys(errors)).toEqual(["grade"]);
    expect(errors.grade[0]).toMatch(/confirmed/);
  });

  it.each([1.5, -0.1])("rejects the credence %d (outside 0..1)", (credence) => {
    const errors = errorsOf(createVerdictSchema, { ...validVerdict, credence });
    expect(Object.keys(errors)).toEqual(["credence"]);
    expect(errors.credence[0]).toMatch(/between 0 and 1/);
  });

  it("accepts the credence bounds 0 and 1", () => {
    expect(createVerdictSchema.parse({ ...validVerdict, credence: 0 }).credence).toBe(0);
    expect(createVerdictSchema.parse({ ...validVerdict, credence: 1 }).credence).toBe(1);
  });

  it("rejects a credence sent as a string: API bodies must be typed", () => {
    const errors = errorsOf(createVerdictSchema, { ...validVerdict, credence: "0.5" });
    expect(Object.keys(errors)).toEqual(["credence"]);
    expect(errors.credence[0]).toMatch(/number/);
  });

  it("treats a null or omitted credence as null", () => {
    expect(createVerdictSchema.parse({ ...validVerdict, credence: null }).credence).toBeNull();
    const { credence, ...rest } = validVerdict;
    void credence;
    expect(createVerdictSchema.parse(rest).credence).toBeNull();
  });

  it("requires a rationale", () => {
    const { rationale, ...rest } = validVerdict;
    void rationale;
    const errors = errorsOf(createVerdictSchema, rest);
    expect(Object.keys(errors)).toEqual(["rationale"]);
    expect(errors.rationale[0]).toMatch(/rationale is required/i);
    expect(Object.keys(errorsOf(createVerdictSchema, { ...validVerdict, rationale: "  " }))).toEqual(["rationale"]);
  });

  it("rejects evidenceIds that are not a list", () => {
    const errors = errorsOf(createVerdictSchema, { ...validVerdict, evidenceIds: "abc" });
    expect(Object.keys(errors)).toEqual(["evidenceIds"]);
    expect(errors.evidenceIds[0]).toMatch(/list/);
  });

  it("de-duplicates cited evidence ids, keeping their order", () => {
    const v = createVerdictSchema.parse({ ...validVerdict, evidenceIds: ["b", "a", "b", "a", "c"] });
    expect(v.evidenceIds).toEqual(["b", "a", "c"]);
  });

  it("limits the number of citations", () => {
    const ids = Array.from({ length: LIMITS.citations + 1 }, (_, i) => `e${i}`);
    expect(Object.keys(errorsOf(createVerdictSchema, { ...validVerdict, evidenceIds: ids }))).toEqual(["evidenceIds"]);
  });

  it("lists an unknown extra field under its own name", () => {
    const errors = errorsOf(createVerdictSchema, { ...validVerdict, madeOn: "2020-01-01" });
    expect(Object.keys(errors)).toEqual(["madeOn"]);
    expect(errors.madeOn[0]).toMatch(/unknown field/i);
  });
});

describe("curation schemas take no attribution fields", () => {
  const validPrediction = {
    sourceId: "src1",
    quote: "Machines will translate speech.",
    statement: "Speech translation works",
    criteria: "A product does it.",
    horizon: { from: 2022, to: 2030 },
  };
  // Who created or edited a claim comes from the signed-in account (revisions' editedBy is
  // its label), so the old name fields are now unknown and refused like any other.
  const cases: [string, string, z.ZodType, Record<string, unknown>][] = [
    ["createPredictionSchema", "createdBy", createPredictionSchema, validPrediction],
    ["updatePredictionSchema", "editedBy", updatePredictionSchema, { statement: "New", reason: "Clearer" }],
    ["quoteCorrectionSchema", "editedBy", quoteCorrectionSchema, { quote: "Fixed quote.", reason: "Typo" }],
    ["credenceOverrideSchema", "editedBy", credenceOverrideSchema, { credence: 0.4, reason: "Hedged" }],
    ["setParentSchema", "editedBy", setParentSchema, { parentId: null, reason: "Detach" }],
  ];

  it.each(cases)("%s accepts the input without %s", (_name, field, schema, valid) => {
    const r = schema.safeParse(valid);
    expect(r.success).toBe(true);
    expect(r.data).not.toHaveProperty(field);
  });

  it.each(cases)("%s rejects %s as an unknown field", (_name, field, schema, valid) => {
    const errors = errorsOf(schema, { ...valid, [field]: "Ada" });
    expect(Object.keys(errors)).toEqual([field]);
    expect(errors[field][0]).toMatch(new RegExp(`unknown field.*${field}`, "i"));
  });
});

describe("isIsoDay", () => {
  it("accepts real calendar days written YYYY-MM-DD", () => {
    expect(isIsoDay("2023-01-31")).toBe(true);
    expect(isIsoDay("2024-02-29")).toBe(true);
  });

  it("rejects impossible days and other formats", () => {
    for (const v of ["2023-02-29", "2023-02-30", "2023-13-01", "2023-00-10", "12/01/2023", "2023-1-5", "2023-01-01T00:00:00Z", " 2023-01-01", ""]) {
      expect(isIsoDay(v), v).toBe(false);
    }
  });
});

describe("isHttpUrl", () => {
  it("accepts http and https addresses", () => {
    expect(isHttpUrl("https://example.org/a?b=c")).toBe(true);
    expect(isHttpUrl("http://localhost:3000")).toBe(true);
    expect(isHttpUrl("HTTPS://EXAMPLE.ORG")).toBe(true);
  });

  it("rejects other schemes and non-URLs", () => {
    for (const v of ["javascript:alert(1)", "ftp://x.org", "mailto:a@b.c", "data:text/html,hi", "not a url", "//example.org", ""]) {
      expect(isHttpUrl(v), v).toBe(false);
    }
  });
});

describe("parsePredictionFilter", () => {
  it("keeps good values", () => {
    expect(
      parsePredictionFilter({
        q: "  speech  ",
        verdict: "confirmed",
        tag: "speech",
        source: "src1",
        horizon: "past",
        sort: "evidence",
      }),
    ).toEqual({ q: "speech", verdict: "confirmed", tag: "speech", source: "src1", horizon: "past", sort: "evidence" });
    expect(parsePredictionFilter({ verdict: "none" }).verdict).toBe("none");
  });

  it("drops bad values instead of failing", () => {
    const f = parsePredictionFilter({ verdict: "nope", sort: "x", horizon: "someday", q: "ok" });
    expect(f.verdict).toBeUndefined();
    expect(f.sort).toBeUndefined();
    expect(f.horizon).toBeUndefined();
    expect(f.q).toBe("ok");
  });

  it("drops an over-long search and empty values, and takes the first of repeated params", () => {
    const f = parsePredictionFilter({ q: "x".repeat(LIMITS.search + 1), tag: "", verdict: ["refuted", "confirmed"] });
    expect(f.q).toBeUndefined();
    expect(f.tag).toBeUndefined();
    expect(f.verdict).toBe("refuted");
  });

  it("returns no filters for no params", () => {
    expect(Object.values(parsePredictionFilter({})).filter((v) => v !== undefined)).toEqual([]);
  });
});
