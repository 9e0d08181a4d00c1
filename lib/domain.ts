// The vocabulary of the tracker, shared by the schema, validation, scoring and UI.

export const GRADES = [
  "confirmed",
  "partly",
  "on_track",
  "too_early",
  "off_track",
  "refuted",
  "unfalsifiable",
] as const;
export type Grade = (typeof GRADES)[number];

/**
 * A claim with no verdict at all. Distinct from "not yet graded in this review" (a review's
 * pending claims), which is a review's own wording.
 */
export const NO_VERDICT_LABEL = "No verdict yet";

/**
 * Grades that settle a claim: it leaves the review queue and the due lists unless reopened on
 * purpose. `partly` is one of them (PARTLY_RULE in lib/scoring.ts).
 */
export const FINAL_GRADES: readonly Grade[] = ["confirmed", "partly", "refuted", "unfalsifiable"];

export const GRADE_LABELS: Record<Grade, string> = {
  confirmed: "Confirmed",
  partly: "Partly true",
  on_track: "On track",
  too_early: "Too early",
  off_track: "Off track",
  refuted: "Refuted",
  unfalsifiable: "Unfalsifiable",
};

/**
 * One line per grade, shown beside the grade wherever one is chosen. Final grades settle the
 * claim (PARTLY_RULE in lib/scoring.ts); interim ones are readings on the way there.
 */
export const GRADE_DESCRIPTIONS: Record<Grade, string> = {
  confirmed: "Final: it came true as stated. Counts 1 in the hit rate.",
  partly: "Final: past its horizon (or the outcome is known) and only part of it came true. Counts ½.",
  on_track: "Interim: the evidence so far points to it coming true. Not in the hit rate yet.",
  too_early: "Interim: too little evidence either way so far. Not in the hit rate.",
  off_track: "Interim: the evidence so far points against it. Not in the hit rate yet.",
  refuted: "Final: it did not come true. Counts 0 in the hit rate.",
  unfalsifiable: "Final: nothing could settle it as worded. Left out of the hit rate.",
};

export const STANCES = ["supports", "contradicts", "mixed"] as const;
export type Stance = (typeof STANCES)[number];
export const STANCE_LABELS: Record<Stance, string> = {
  supports: "Supports",
  contradicts: "Contradicts",
  mixed: "Mixed",
};

export const STRENGTHS = ["weak", "moderate", "strong"] as const;
export type Strength = (typeof STRENGTHS)[number];

export const SOURCE_KINDS = ["essay", "talk", "report", "paper", "post", "interview", "other"] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** The day the first seeded source was published; the verdict-mix series starts here. */
export const TRACKING_START = "2022-05-01";

export function isGrade(value: unknown): value is Grade {
  return typeof value === "string" && (GRADES as readonly string[]).includes(value);
}
