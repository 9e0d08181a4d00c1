// Shapes of the seed data. Dates are YYYY-MM-DD strings (UTC days).
import type { Grade, SourceKind, Stance, Strength } from "../../lib/domain";

export type SeedSource = {
  seedKey: string;
  title: string;
  author: string;
  url: string;
  publishedOn: string;
  kind: SourceKind;
};

export type SeedClaim = {
  /** Stable, unique key, e.g. "modalities-merge". */
  seedKey: string;
  /** seedKey of the parent claim, for sub-claims. */
  parentKey?: string;
  /** Verbatim from the essay, markdown emphasis removed; curly quotes kept as written. */
  quote: string;
  /** The heading the quote sits under, as written in the essay. */
  section: string;
  /** Operational statement: what would make the claim true. */
  statement: string;
  /** How a reviewer decides; concrete, checkable. */
  criteria: string;
  /** The essay's own wording the horizon is read from (see lib/horizon.ts), or "" if none. */
  horizonPhrase: string;
  tags: string[];
};

export type SeedEvidence = {
  /** Stable key so verdicts can cite it. */
  key: string;
  claimKey: string;
  title: string;
  /** http(s) URL of a primary or reputable source. */
  url: string;
  observedOn: string;
  stance: Stance;
  strength: Strength;
  summary: string;
  /** The exact words from the source, when quoted. */
  excerpt?: string;
  archiveUrl?: string;
};

export type SeedVerdict = {
  claimKey: string;
  madeOn: string;
  grade: Grade;
  /** Credence (0–1) that the claim holds by its horizon, or undefined. */
  credence?: number;
  rationale: string;
  /** For a resolving grade: the day the outcome became known, when before madeOn. */
  resolvedOn?: string;
  /** keys of SeedEvidence items cited; each must belong to the same claim. */
  cites?: string[];
};
