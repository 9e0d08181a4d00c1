// What each event's `data` holds: the entity as the API shows it, with ids and links. Pure.
import { publicBaseUrl } from "./events";

const claimLinks = (predictionId: string, base = publicBaseUrl()) => ({
  claim: `${base}/predictions/${predictionId}`,
  api: `${base}/api/predictions/${predictionId}`,
});

export function evidenceCreatedData(e: {
  id: string;
  predictionId: string;
  title: string;
  url: string;
  observedOn: string;
  recordedAt: string;
  stance: string;
  strength: string;
  summary: string;
  loggedBy: string;
}) {
  const links = claimLinks(e.predictionId);
  return { evidence: e, links: { ...links, evidence: `${links.claim}#evidence-${e.id}`, api: `${links.api}/evidence` } };
}

export function verdictRecordedData(v: {
  id: string;
  predictionId: string;
  grade: string;
  credence: number | null;
  rationale: string;
  madeOn: string;
  recordedAt: string;
  resolvedOn: string | null;
  madeBy: string;
  reviewId: string | null;
  previousGrade: string | null;
}) {
  const links = claimLinks(v.predictionId);
  return { verdict: v, links: { ...links, api: `${links.api}/verdicts` } };
}

export function reviewCompletedData(r: { id: string; year: number; completedOn: string; hash: string; previousHash: string | null; graded: number; inScope: number }) {
  const base = publicBaseUrl();
  return {
    review: r,
    links: { review: `${base}/reviews/${r.year}`, report: `${base}/reviews/${r.year}/report.md`, api: `${base}/api/reviews/${r.year}` },
  };
}

/** A claim changed: which kind of change, each field's before and after, and why. */
export function claimUpdatedData(c: {
  predictionId: string;
  statement: string;
  kind: string;
  changes: Record<string, { before: unknown; after: unknown }>;
  reason: string;
  by: string;
  at: string;
}) {
  return {
    claim: { id: c.predictionId, statement: c.statement },
    change: { kind: c.kind, changes: c.changes, reason: c.reason, by: c.by, at: c.at },
    links: claimLinks(c.predictionId),
  };
}
