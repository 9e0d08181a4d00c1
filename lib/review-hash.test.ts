import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  REVIEW_HASH_FORMAT,
  ReviewHasher,
  canonicalEntry,
  canonicalJson,
  hashReview,
  type SealedEntry,
  type SealedHeader,
} from "./review-hash";

const sha = (s: string) => createHash("sha256").update(s, "utf8").digest("hex");

const entry = (predictionId: string, over: Partial<SealedEntry> = {}): SealedEntry => ({
  id: `r1:${predictionId}`,
  predictionId,
  statement: `Statement ${predictionId}`,
  quote: `Quote ${predictionId}.`,
  grade: "on_track",
  credence: 0.7,
  rationale: "Because.",
  verdictId: `v-${predictionId}`,
  verdictOn: new Date("2025-12-15T00:00:00.000Z"),
  evidenceCount: 3,
  newEvidenceCount: 1,
  citedEvidence: '[{"title":"A","url":"https://example.org/a"}]',
  ...over,
});

const header: SealedHeader = {
  year: 2025,
  completedOn: new Date("2025-12-15T18:00:00.000Z"),
  figures: '{"total":2,"ungraded":0}',
};

describe("canonicalJson", () => {
  it("sorts keys by code unit at every depth and drops whitespace", () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { z: null, y: "x" }], c: true } })).toBe('{"a":{"c":true,"d":[1,{"y":"x","z":null}]},"b":1}');
    // Upper case sorts before lower case, and "é" after both, by UTF-16 code unit.
    expect(canonicalJson({ é: 1, a: 2, B: 3 })).toBe('{"B":3,"a":2,"é":1}');
  });

  it("writes numbers in their shortest round-trip form", () => {
    expect(canonicalJson([1.0, 0.1 + 0.2, 1e21, -0, 0.000001, 5e-7])).toBe("[1,0.30000000000000004,1e+21,0,0.000001,5e-7]");
  });

  it("refuses what JSON cannot say", () => {
    expect(() => canonicalJson(Number.NaN)).toThrow(TypeError);
    expect(() => canonicalJson(new Date(0))).toThrow(TypeError);
    expect(() => canonicalJson(1n)).toThrow(TypeError);
  });
});

describe("hashReview", () => {
  it("matches an independent computation of the documented format", () => {
    const a = entry("a");
    const b = entry("b", { grade: null, credence: null, rationale: null, verdictId: null, verdictOn: null, citedEvidence: "[]" });
    const entryA =
      '{"citedEvidence":[{"title":"A","url":"https://example.org/a"}],"credence":0.7,"evidenceCount":3,"grade":"on_track",' +
      '"id":"r1:a","newEvidenceCount":1,"predictionId":"a","quote":"Quote a.","rationale":"Because.","statement":"Statement a",' +
      '"verdictId":"v-a","verdictOn":"2025-12-15T00:00:00.000Z"}';
    expect(canonicalEntry(a)).toBe(entryA);
    const entryB =
      '{"citedEvidence":[],"credence":null,"evidenceCount":3,"grade":null,"id":"r1:b","newEvidenceCount":1,"predictionId":"b",' +
      '"quote":"Quote b.","rationale":null,"statement":"Statement b","verdictId":null,"verdictOn":null}';
    expect(canonicalEntry(b)).toBe(entryB);
    const head = `{"completedOn":"2025-12-15T18:00:00.000Z","entries":2,"figures":{"total":2,"ungraded":0},"format":"${REVIEW_HASH_FORMAT}","year":2025}`;
    const prev = "f".repeat(64);
    expect(hashReview(header, [b, a], prev)).toBe(sha(`${prev}\n${head}\n${sha(entryA)}\n${sha(entryB)}\n`));
    expect(hashReview(header, [a, b], null)).toBe(sha(`\n${head}\n${sha(entryA)}\n${sha(entryB)}\n`));
  });

  it("is the same whatever order or pages the entries come in", () => {
    const entries = ["m", "a", "Z", "b-1", "b_1", "é"].map((id) => entry(id));
    const whole = hashReview(header, entries, null);
    const paged = new ReviewHasher(header).add(entries.slice(3)).add([]).add(entries.slice(0, 3)).digest(null);
    expect(paged).toBe(whole);
    expect(hashReview(header, [...entries].reverse(), null)).toBe(whole);
  });

  it("ignores how stored JSON text is spaced or its keys ordered", () => {
    const spaced = { ...header, figures: '{ "ungraded": 0,\n  "total": 2 }' };
    const cited = entry("a", { citedEvidence: '[ { "url": "https://example.org/a", "title": "A" } ]' });
    expect(hashReview(spaced, [cited], null)).toBe(hashReview(header, [entry("a")], null));
  });

  it("changes when any covered value changes", () => {
    const base = hashReview(header, [entry("a"), entry("b")], null);
    const variants: [string, string][] = [
      ["previous hash", hashReview(header, [entry("a"), entry("b")], "0".repeat(64))],
      ["year", hashReview({ ...header, year: 2024 }, [entry("a"), entry("b")], null)],
      ["completion time", hashReview({ ...header, completedOn: new Date("2025-12-15T18:00:00.001Z") }, [entry("a"), entry("b")], null)],
      ["figures", hashReview({ ...header, figures: '{"total":3,"ungraded":0}' }, [entry("a"), entry("b")], null)],
      ["figures as broken JSON", hashReview({ ...header, figures: '{"total":2,"ungraded":0' }, [entry("a"), entry("b")], null)],
      ["no figures", hashReview({ ...header, figures: null }, [entry("a"), entry("b")], null)],
      ["an entry dropped", hashReview(header, [entry("a")], null)],
      ["an entry added", hashReview(header, [entry("a"), entry("b"), entry("c")], null)],
      ["grade", hashReview(header, [entry("a", { grade: "confirmed" }), entry("b")], null)],
      ["credence", hashReview(header, [entry("a", { credence: 0.71 }), entry("b")], null)],
      ["rationale", hashReview(header, [entry("a", { rationale: "Because!" }), entry("b")], null)],
      ["statement", hashReview(header, [entry("a", { statement: "Other" }), entry("b")], null)],
      ["quote", hashReview(header, [entry("a", { quote: "Other." }), entry("b")], null)],
      ["verdict date", hashReview(header, [entry("a", { verdictOn: new Date("2025-12-14T00:00:00Z") }), entry("b")], null)],
      ["evidence count", hashReview(header, [entry("a", { evidenceCount: 4 }), entry("b")], null)],
      ["new evidence count", hashReview(header, [entry("a", { newEvidenceCount: 0 }), entry("b")], null)],
      ["cited evidence", hashReview(header, [entry("a", { citedEvidence: "[]" }), entry("b")], null)],
      ["entry id", hashReview(header, [entry("a", { id: "r1:x" }), entry("b")], null)],
      ["claim swapped", hashReview(header, [entry("a", { predictionId: "c" }), entry("b")], null)],
    ];
    for (const [what, hash] of variants) expect(hash, what).not.toBe(base);
    expect(new Set(variants.map(([, h]) => h)).size).toBe(variants.length);
  });
});
