// Checks the seed data in prisma/seed-data: quotes against the essay, ordering, keys,
// references, dates, URLs, coverage and verdict histories. Pure: no database needed.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { GRADES, SOURCE_KINDS, STANCES, STRENGTHS } from "../lib/domain";
import { isResolvingGrade } from "../lib/forecast-scoring";
import { LIMITS } from "../lib/validation/limits";
import { ESSAY_CLAIMS, ESSAY_SOURCE } from "../prisma/seed-data/essay";
import { SEED_EVIDENCE } from "../prisma/seed-data/evidence";
import { SEED_VERDICTS } from "../prisma/seed-data/verdicts";

const ESSAY_PATH = path.resolve(__dirname, "../../shared/seed/state-of-ml-2022-next-steps.md");
/**
 * The essay is not published in this repository; it sits in the shared folder beside it. Its
 * absence fails the verbatim check below, unless SKIP_ESSAY_CHECK=1 says so on purpose (the
 * test is then reported as skipped, with the reason in its name).
 */
const ESSAY_PRESENT = existsSync(ESSAY_PATH);
const SKIP_ESSAY_CHECK = !ESSAY_PRESENT && process.env.SKIP_ESSAY_CHECK === "1";

const EARLIEST = "2022-05-12";
const LATEST = "2026-11-26";
const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;
const KEBAB_RE = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Essay text as quotes are written: emphasis markers removed, line breaks joined by one space. */
function normaliseEssay(markdown: string): string {
  return markdown
    .replace(/\*\*/g, "")
    .replace(/[*_]/g, "")
    .replace(/[ \t]*\r?\n[ \t]*/g, " ")
    .replace(/ {2,}/g, " ");
}

/** A real calendar day in YYYY-MM-DD form (rejects 2023-02-30 and the like). */
function isValidDay(value: string): boolean {
  if (!DATE_RE.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

const inRange = (value: string) => value >= EARLIEST && value <= LATEST;

const claimKeys = new Set(ESSAY_CLAIMS.map((c) => c.seedKey));
const evidenceByKey = new Map(SEED_EVIDENCE.map((e) => [e.key, e]));

describe("essay source", () => {
  it("has the expected identity", () => {
    expect(ESSAY_SOURCE.seedKey).toBe("state-of-ml-2022-next-steps");
    expect(ESSAY_SOURCE.kind).toBe("essay");
    expect(SOURCE_KINDS).toContain(ESSAY_SOURCE.kind);
    expect(ESSAY_SOURCE.publishedOn).toBe("2022-05-12");
    expect(ESSAY_SOURCE.author).toBe("Daniel Langkilde");
    expect(ESSAY_SOURCE.title.trim().length).toBeGreaterThan(0);
    expect(ESSAY_SOURCE.url).toMatch(/^https:\/\/langkilde\.se\//);
  });
});

describe("essay claims", () => {
  it.skipIf(SKIP_ESSAY_CHECK)(
    SKIP_ESSAY_CHECK
      ? `quote verbatim text of the essay (SKIPPED: SKIP_ESSAY_CHECK=1 and ${ESSAY_PATH} is missing)`
      : "quote verbatim text of the essay, in essay order, under the right heading",
    () => {
    expect(ESSAY_PRESENT, `The essay is missing at ${ESSAY_PATH}: put the shared folder beside the repository, or set SKIP_ESSAY_CHECK=1 to skip this check on purpose`).toBe(true);
    const raw = readFileSync(ESSAY_PATH, "utf8");
    const essay = normaliseEssay(raw);

    // Every quote occurs exactly once in the normalised essay.
    const positions = ESSAY_CLAIMS.map((claim) => {
      const at = essay.indexOf(claim.quote);
      expect(at, `quote of ${claim.seedKey} not found verbatim in the essay`).toBeGreaterThanOrEqual(0);
      expect(essay.indexOf(claim.quote, at + 1), `quote of ${claim.seedKey} is ambiguous`).toBe(-1);
      return at;
    });

    // The array is ordered by where each quote appears.
    for (let i = 1; i < positions.length; i++) {
      expect(
        positions[i],
        `${ESSAY_CLAIMS[i].seedKey} should come after ${ESSAY_CLAIMS[i - 1].seedKey}`,
      ).toBeGreaterThan(positions[i - 1]);
    }

    // `section` is the nearest markdown heading at or before the quote.
    const headings = raw
      .split(/\r?\n/)
      .map((line) => /^(#{1,6})\s+(.+?)\s*$/.exec(line))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => {
        const text = normaliseEssay(m[2]).trim();
        const marker = `${m[1]} ${text}`;
        const at = essay.indexOf(marker);
        expect(at, `heading "${text}" not found in the normalised essay`).toBeGreaterThanOrEqual(0);
        return { text, at: at + m[1].length + 1 };
      })
      .sort((a, b) => a.at - b.at);

    ESSAY_CLAIMS.forEach((claim, i) => {
      const preceding = headings.filter((h) => h.at <= positions[i]);
      expect(preceding.length, `no heading before ${claim.seedKey}`).toBeGreaterThan(0);
      expect(claim.section, `section of ${claim.seedKey}`).toBe(preceding[preceding.length - 1].text);
    });
  });

  it("have unique kebab-case seed keys", () => {
    const keys = ESSAY_CLAIMS.map((c) => c.seedKey);
    expect(new Set(keys).size).toBe(keys.length);
    for (const key of keys) expect(key).toMatch(KEBAB_RE);
  });

  it("reference existing parents that come before them", () => {
    ESSAY_CLAIMS.forEach((claim, i) => {
      if (claim.parentKey === undefined) return;
      expect(claimKeys.has(claim.parentKey), `${claim.seedKey}: unknown parent ${claim.parentKey}`).toBe(true);
      expect(claim.parentKey).not.toBe(claim.seedKey);
      const parentIndex = ESSAY_CLAIMS.findIndex((c) => c.seedKey === claim.parentKey);
      expect(parentIndex).toBeLessThan(i);
    });
  });

  it("give new-companies exactly eight company sub-claims", () => {
    const children = ESSAY_CLAIMS.filter((c) => c.parentKey === "new-companies").map((c) => c.seedKey);
    expect(children).toHaveLength(8);
    expect([...children].sort()).toEqual(
      [
        "company-adept",
        "company-ai21-labs",
        "company-aleph-alpha",
        "company-anthropic",
        "company-character-ai",
        "company-cohere",
        "company-inceptive",
        "company-primer",
      ].sort(),
    );
  });

  it("fill every field", () => {
    for (const claim of ESSAY_CLAIMS) {
      expect(claim.quote.trim(), claim.seedKey).not.toBe("");
      expect(claim.quote).toBe(claim.quote.trim());
      expect(claim.quote, `${claim.seedKey}: markdown emphasis left in quote`).not.toMatch(/\*|_/);
      expect(claim.section.trim(), claim.seedKey).not.toBe("");
      expect(claim.statement.trim().length, claim.seedKey).toBeGreaterThan(20);
      expect(claim.criteria.trim().length, claim.seedKey).toBeGreaterThan(40);
      expect(claim.horizonPhrase).toBe(claim.horizonPhrase.trim());
      expect(claim.tags.length, claim.seedKey).toBeGreaterThanOrEqual(1);
      expect(claim.tags.length, claim.seedKey).toBeLessThanOrEqual(3);
      for (const tag of claim.tags) expect(tag).toMatch(/^[a-z][a-z0-9-]*$/);
      expect(new Set(claim.tags).size).toBe(claim.tags.length);
    }
  });

  it("take the horizon wording from the quote or its sentence, when there is one", () => {
    // Where the wording sits in the quote itself, it must be found there verbatim.
    const inQuote = [
      "flamingo-image-output",
      "modalities-merge",
      "spoken-conversation",
      "assistants-upgrade",
      "interactive-visuals",
      "human-parity",
    ];
    for (const key of inQuote) {
      const claim = ESSAY_CLAIMS.find((c) => c.seedKey === key)!;
      expect(claim.quote, key).toContain(claim.horizonPhrase);
    }
  });
});

describe("evidence", () => {
  it("has at least 24 items spread over at least 10 claims", () => {
    expect(SEED_EVIDENCE.length).toBeGreaterThanOrEqual(24);
    const covered = new Set(SEED_EVIDENCE.map((e) => e.claimKey));
    expect(covered.size).toBeGreaterThanOrEqual(10);
    const companiesCovered = [...covered].filter((k) => k.startsWith("company-"));
    expect(companiesCovered.length).toBeGreaterThanOrEqual(3);
  });

  it("has unique kebab-case keys", () => {
    const keys = SEED_EVIDENCE.map((e) => e.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const key of keys) expect(key).toMatch(KEBAB_RE);
  });

  it("points at existing claims", () => {
    for (const e of SEED_EVIDENCE) expect(claimKeys.has(e.claimKey), `${e.key}: unknown claim ${e.claimKey}`).toBe(true);
  });

  it("is dated after the essay and not after the tracking cut-off", () => {
    for (const e of SEED_EVIDENCE) {
      expect(isValidDay(e.observedOn), `${e.key}: ${e.observedOn}`).toBe(true);
      expect(e.observedOn > EARLIEST, `${e.key} must be after the essay`).toBe(true);
      expect(e.observedOn <= LATEST, `${e.key} is after ${LATEST}`).toBe(true);
    }
  });

  it("links to https URLs", () => {
    for (const e of SEED_EVIDENCE) {
      expect(e.url, e.key).toMatch(/^https:\/\//);
      expect(() => new URL(e.url), e.key).not.toThrow();
    }
  });

  it("uses the shared vocabulary and short summaries", () => {
    for (const e of SEED_EVIDENCE) {
      expect(STANCES, e.key).toContain(e.stance);
      expect(STRENGTHS, e.key).toContain(e.strength);
      expect(e.title.trim(), e.key).not.toBe("");
      expect(e.summary.trim().length, e.key).toBeGreaterThan(0);
      expect(e.summary.length, e.key).toBeLessThanOrEqual(400);
    }
  });

  it("keeps excerpts as trimmed, non-empty text within the excerpt limit", () => {
    const withExcerpt = SEED_EVIDENCE.filter((e) => e.excerpt !== undefined);
    expect(withExcerpt.length).toBeGreaterThan(0);
    for (const e of withExcerpt) {
      expect(e.excerpt!.trim(), e.key).not.toBe("");
      expect(e.excerpt, e.key).toBe(e.excerpt!.trim());
      expect(e.excerpt!.length, e.key).toBeLessThanOrEqual(LIMITS.excerpt);
    }
  });
});

describe("verdicts", () => {
  it("reference existing claims, with valid grades, dates and credences", () => {
    for (const v of SEED_VERDICTS) {
      const label = `${v.claimKey}@${v.madeOn}`;
      expect(claimKeys.has(v.claimKey), label).toBe(true);
      expect(GRADES, label).toContain(v.grade);
      expect(isValidDay(v.madeOn), label).toBe(true);
      expect(inRange(v.madeOn), label).toBe(true);
      expect(v.rationale.trim().length, label).toBeGreaterThan(0);
      if (v.credence !== undefined) {
        expect(v.credence, label).toBeGreaterThanOrEqual(0);
        expect(v.credence, label).toBeLessThanOrEqual(1);
      }
      if (v.grade === "confirmed" && v.credence !== undefined) expect(v.credence, label).toBe(1);
      if (v.grade === "refuted" && v.credence !== undefined) expect(v.credence, label).toBe(0);
    }
  });

  it("cite evidence of the same claim, not dated after the verdict", () => {
    for (const v of SEED_VERDICTS) {
      const cites = v.cites ?? [];
      expect(new Set(cites).size, `${v.claimKey}@${v.madeOn}: duplicate cite`).toBe(cites.length);
      for (const key of cites) {
        const e = evidenceByKey.get(key);
        expect(e, `${v.claimKey}@${v.madeOn}: unknown evidence ${key}`).toBeDefined();
        expect(e!.claimKey, `${key} belongs to another claim`).toBe(v.claimKey);
        expect(e!.observedOn <= v.madeOn, `${key} (${e!.observedOn}) is dated after the verdict ${v.madeOn}`).toBe(true);
      }
    }
  });

  it("give every claim at least three verdicts, in date order, including the current review", () => {
    for (const claim of ESSAY_CLAIMS) {
      const history = SEED_VERDICTS.filter((v) => v.claimKey === claim.seedKey).map((v) => v.madeOn);
      expect(history.length, claim.seedKey).toBeGreaterThanOrEqual(3);
      for (let i = 1; i < history.length; i++) {
        expect(history[i] > history[i - 1], `${claim.seedKey}: verdicts out of order`).toBe(true);
      }
      expect(history, claim.seedKey).toContain("2025-12-15");
    }
  });

  it("never reopen a claim once it is confirmed or refuted", () => {
    for (const claim of ESSAY_CLAIMS) {
      const grades = SEED_VERDICTS.filter((v) => v.claimKey === claim.seedKey).map((v) => v.grade);
      const settled = grades.findIndex((g) => g === "confirmed" || g === "refuted");
      if (settled === -1) continue;
      for (const later of grades.slice(settled)) expect(later, claim.seedKey).toBe(grades[settled]);
    }
  });

  it("date resolvedOn only on resolving grades, on a real day after the essay and not after the verdict", () => {
    for (const v of SEED_VERDICTS) {
      if (v.resolvedOn === undefined) continue;
      const label = `${v.claimKey}@${v.madeOn}`;
      expect(isResolvingGrade(v.grade), `${label}: resolvedOn on a ${v.grade} verdict`).toBe(true);
      expect(isValidDay(v.resolvedOn), label).toBe(true);
      expect(v.resolvedOn > EARLIEST, label).toBe(true);
      expect(v.resolvedOn <= v.madeOn, `${label}: resolved ${v.resolvedOn} after the verdict`).toBe(true);
    }
  });

  it("settle a claim (confirmed or refuted) only on cited evidence", () => {
    for (const v of SEED_VERDICTS.filter((x) => x.grade === "confirmed" || x.grade === "refuted")) {
      expect(v.cites?.length ?? 0, `${v.claimKey}@${v.madeOn} is ${v.grade} without citing evidence`).toBeGreaterThan(0);
    }
  });

  it("refute company-aleph-alpha from the day Cohere's takeover was announced, as its criteria say an acquisition does", () => {
    const history = SEED_VERDICTS.filter((v) => v.claimKey === "company-aleph-alpha").sort((a, b) => a.madeOn.localeCompare(b.madeOn));
    const current = history.at(-1)!;
    expect(current).toMatchObject({ grade: "refuted", credence: 0, resolvedOn: "2026-04-24" });
    expect(current.madeOn >= current.resolvedOn!).toBe(true);
    expect(current.cites).toContain("aleph-cohere-acquisition");
    expect(evidenceByKey.get("aleph-cohere-acquisition")!.observedOn).toBe("2026-04-24");
  });

  it("show a mix of grades", () => {
    const current = new Map<string, string>();
    for (const v of SEED_VERDICTS) current.set(v.claimKey, v.grade);
    expect(new Set(current.values()).size).toBeGreaterThanOrEqual(4);
  });
});
