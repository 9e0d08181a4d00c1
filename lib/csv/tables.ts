// The columns of the three CSV tables GET /api/predictions writes (claims, evidence, verdicts).
// Names match the JSON API's fields where there is one; the claims table's names are also the
// import's (lib/csv/claim-import.ts), so an exported file can be imported again.
import type { ClaimCsvRow, EvidenceCsvRow, VerdictCsvRow } from "../db/csv-export";
import type { CsvCell, CsvColumn } from "./write";

const col = <T>(header: string, value: (row: T) => CsvCell): CsvColumn<T> => ({ header, value });

/** Tags and cited ids are joined by "; " (neither a tag name nor an id can hold a semicolon). */
const LIST_SEPARATOR = "; ";

export const CLAIM_CSV_COLUMNS: CsvColumn<ClaimCsvRow>[] = [
  col("id", (r) => r.id),
  col("sourceId", (r) => r.sourceId),
  col("source", (r) => r.source),
  col("position", (r) => r.position),
  col("parentId", (r) => r.parentId),
  col("quote", (r) => r.quote),
  col("section", (r) => r.section),
  col("statement", (r) => r.statement),
  col("criteria", (r) => r.criteria),
  col("madeOn", (r) => r.madeOn),
  col("horizonFrom", (r) => r.horizonFrom),
  col("horizonTo", (r) => r.horizonTo),
  col("horizonPhrase", (r) => r.horizonPhrase),
  col("impliedCredence", (r) => r.impliedCredence),
  col("credenceWord", (r) => r.credenceWord),
  col("credenceOverridden", (r) => r.credenceOverridden),
  col("currentVerdict", (r) => r.currentVerdict),
  col("currentVerdictOn", (r) => r.currentVerdictOn),
  col("currentVerdictCredence", (r) => r.currentVerdictCredence),
  col("effectiveGrade", (r) => r.effectiveGrade),
  col("verdictCount", (r) => r.verdictCount),
  col("evidenceCount", (r) => r.evidenceCount),
  col("supports", (r) => r.supports),
  col("contradicts", (r) => r.contradicts),
  col("mixed", (r) => r.mixed),
  col("tags", (r) => r.tags.join(LIST_SEPARATOR)),
  col("createdAt", (r) => r.createdAt),
];

export const EVIDENCE_CSV_COLUMNS: CsvColumn<EvidenceCsvRow>[] = [
  col("claimId", (r) => r.claimId),
  col("id", (r) => r.id),
  col("observedOn", (r) => r.observedOn),
  col("recordedAt", (r) => r.recordedAt),
  col("hindsight", (r) => r.hindsight),
  col("stance", (r) => r.stance),
  col("strength", (r) => r.strength),
  col("title", (r) => r.title),
  col("url", (r) => r.url),
  col("summary", (r) => r.summary),
  col("excerpt", (r) => r.excerpt),
  col("archiveUrl", (r) => r.archiveUrl),
  col("loggedBy", (r) => r.loggedBy),
  col("isSeeded", (r) => r.isSeeded),
  col("retractedAt", (r) => r.retracted?.at ?? null),
  col("retractedBy", (r) => r.retracted?.by ?? null),
  col("retractReason", (r) => r.retracted?.reason ?? null),
  col("linkCheckedAt", (r) => r.link?.checkedAt ?? null),
  col("linkStatus", (r) => r.link?.status ?? null),
  col("linkProblem", (r) => r.link?.problem ?? null),
  col("linkFinalUrl", (r) => r.link?.finalUrl ?? null),
];

export const VERDICT_CSV_COLUMNS: CsvColumn<VerdictCsvRow>[] = [
  col("claimId", (r) => r.claimId),
  col("id", (r) => r.id),
  col("madeOn", (r) => r.madeOn),
  col("recordedAt", (r) => r.recordedAt),
  col("hindsight", (r) => r.hindsight),
  col("grade", (r) => r.grade),
  col("credence", (r) => r.credence),
  col("resolvedOn", (r) => r.resolvedOn),
  col("rationale", (r) => r.rationale),
  col("madeBy", (r) => r.madeBy),
  col("isSeeded", (r) => r.isSeeded),
  col("evidenceIds", (r) => r.evidenceIds.join(LIST_SEPARATOR)),
  col("retractedAt", (r) => r.retracted?.at ?? null),
  col("retractedBy", (r) => r.retracted?.by ?? null),
  col("retractReason", (r) => r.retracted?.reason ?? null),
];
