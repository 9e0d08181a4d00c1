// The seal of a completed review: a SHA-256 over a canonical serialisation of its frozen
// snapshot, chained to the previous completed review's seal. Pure; lib/db/reviews/chain.ts
// reads the stored rows and feeds them here, both when sealing and when verifying.
//
// What is covered, exactly (enough to re-implement verification from the database alone):
//
//   canonical JSON  RFC 8785 (JCS) style: object keys sorted by UTF-16 code units, no
//                   whitespace, strings escaped as JSON.stringify does, numbers in their
//                   shortest round-trip form (JSON.stringify; -0 is written 0), null kept.
//   JSON text       columns that hold JSON text (Review.figures, ReviewEntry.citedEvidence)
//                   are parsed and written back canonically, so how the text was spaced or
//                   its keys ordered in storage does not matter; text that is not JSON is
//                   covered as a JSON string (so it can never match a sealed value).
//   dates           ISO 8601 in UTC with milliseconds, e.g. "2025-12-15T23:59:59.999Z".
//
//   entry digest    for each ReviewEntry row of the review:
//                   hex(SHA-256(canonical JSON of { id, predictionId, statement, quote,
//                   grade, credence, rationale, verdictId, verdictOn, evidenceCount,
//                   newEvidenceCount, citedEvidence })), nulls kept as null.
//   header          canonical JSON of { format: REVIEW_HASH_FORMAT, year, completedOn,
//                   figures, entries: <number of entries> } (figures null if none stored).
//   hash            hex(SHA-256(P + "\n" + header + "\n" + D)), where P is the previous
//                   completed review's hash (the stored `previousHash`, "" for the first
//                   link) and D is every entry digest followed by "\n", the entries sorted
//                   by predictionId in UTF-16 code-unit order (ties, impossible under the
//                   unique index, by digest).
//
// Entries are digested one by one so a review of any size is hashed a page at a time, in
// whatever order the database hands them over; only the (predictionId, digest) pairs are
// kept and sorted, and the order is JavaScript's, not the database's collation.
//
// Not covered: the review's title and notes (editorial text, not the record), its events
// (they hold the hashes), and anything outside the review (claims, verdicts, evidence):
// the snapshot is a copy of what they said at completion, and that copy is what is sealed.
import { createHash } from "node:crypto";

/** Bumped if what is covered or how it is written ever changes; old seals keep their tag. */
export const REVIEW_HASH_FORMAT = "prediction-tracker/review-seal/v1";

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** RFC 8785 style canonical JSON of plain data (no Dates, BigInts or undefined inside arrays). */
export function canonicalJson(value: unknown): string {
  if (value === null) return "null";
  switch (typeof value) {
    case "boolean":
    case "string":
      return JSON.stringify(value);
    case "number":
      if (!Number.isFinite(value)) throw new TypeError(`canonicalJson: ${value} is not a JSON number`);
      return JSON.stringify(value);
    case "object": {
      if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
      if (Object.getPrototypeOf(value) !== Object.prototype && Object.getPrototypeOf(value) !== null) {
        throw new TypeError(`canonicalJson: ${Object.prototype.toString.call(value)} is not plain data`);
      }
      const record = value as Record<string, unknown>;
      // Default sort compares UTF-16 code units, as JCS requires.
      const keys = Object.keys(record)
        .filter((k) => record[k] !== undefined)
        .sort();
      return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(record[k])}`).join(",")}}`;
    }
    default:
      throw new TypeError(`canonicalJson: a ${typeof value} is not JSON`);
  }
}

/** Stored JSON text as a value to cover: parsed when it is JSON, else the text itself. */
export function storedJsonValue(text: string | null): Json {
  if (text === null) return null;
  try {
    return JSON.parse(text) as Json;
  } catch {
    return text;
  }
}

const iso = (d: Date | null) => (d === null ? null : d.toISOString());

export const sha256Hex = (text: string) => createHash("sha256").update(text, "utf8").digest("hex");

/** One ReviewEntry row as stored. */
export type SealedEntry = {
  id: string;
  predictionId: string;
  statement: string;
  quote: string;
  grade: string | null;
  credence: number | null;
  rationale: string | null;
  verdictId: string | null;
  verdictOn: Date | null;
  evidenceCount: number;
  newEvidenceCount: number;
  /** JSON text, as stored. */
  citedEvidence: string;
};

/** The review row's sealed fields as stored. */
export type SealedHeader = { year: number; completedOn: Date; figures: string | null };

export function canonicalEntry(e: SealedEntry): string {
  return canonicalJson({
    id: e.id,
    predictionId: e.predictionId,
    statement: e.statement,
    quote: e.quote,
    grade: e.grade,
    credence: e.credence,
    rationale: e.rationale,
    verdictId: e.verdictId,
    verdictOn: iso(e.verdictOn),
    evidenceCount: e.evidenceCount,
    newEvidenceCount: e.newEvidenceCount,
    citedEvidence: storedJsonValue(e.citedEvidence),
  });
}

export function canonicalHeader(h: SealedHeader, entryCount: number): string {
  return canonicalJson({
    format: REVIEW_HASH_FORMAT,
    year: h.year,
    completedOn: iso(h.completedOn),
    figures: storedJsonValue(h.figures),
    entries: entryCount,
  });
}

/**
 * Hashes one review's snapshot, fed its entries in any order and in as many calls as it
 * takes (a page at a time); holds one short digest per entry, never the entries.
 */
export class ReviewHasher {
  private readonly digests: { predictionId: string; digest: string }[] = [];

  constructor(private readonly header: SealedHeader) {}

  add(entries: readonly SealedEntry[]): this {
    for (const e of entries) this.digests.push({ predictionId: e.predictionId, digest: sha256Hex(canonicalEntry(e)) });
    return this;
  }

  /** The seal of the snapshot fed so far, chained to `previousHash` (null: the first link). */
  digest(previousHash: string | null): string {
    const byClaim = (a: { predictionId: string; digest: string }, b: { predictionId: string; digest: string }) =>
      a.predictionId < b.predictionId ? -1 : a.predictionId > b.predictionId ? 1 : a.digest < b.digest ? -1 : a.digest > b.digest ? 1 : 0;
    const hash = createHash("sha256");
    hash.update(`${previousHash ?? ""}\n${canonicalHeader(this.header, this.digests.length)}\n`, "utf8");
    for (const d of [...this.digests].sort(byClaim)) hash.update(`${d.digest}\n`, "utf8");
    return hash.digest("hex");
  }
}

/** The seal of a whole snapshot held in memory (tests, small reviews). */
export function hashReview(header: SealedHeader, entries: readonly SealedEntry[], previousHash: string | null): string {
  return new ReviewHasher(header).add(entries).digest(previousHash);
}

/** A hash as printed in narrow places: its first 12 hex digits. */
export const shortHash = (hash: string) => hash.slice(0, 12);
