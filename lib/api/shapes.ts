import type { PredictionDetail, PredictionSummary } from "../db/claims";

/** The public contract of GET /api/predictions: keep these field names stable. */
export function toApiPrediction(p: PredictionSummary) {
  return {
    id: p.id,
    statement: p.statement,
    quote: p.quote,
    section: p.section,
    madeOn: p.madeOn,
    horizon: p.horizon,
    impliedCredence: p.impliedCredence,
    credenceWord: p.credenceWord,
    tags: p.tags,
    parentId: p.parentId,
    currentVerdict: p.currentVerdict,
    evidenceCount: p.evidenceCount,
    source: p.source,
  };
}

export function toApiPredictionDetail(p: PredictionDetail) {
  return {
    ...toApiPrediction(p),
    criteria: p.criteria,
    horizonPhrase: p.horizonPhrase,
    source: p.source,
    // The newest items, with the totals; the full lists are paged at
    // /api/predictions/{id}/evidence and /api/predictions/{id}/verdicts.
    evidence: p.evidence,
    evidenceTotal: p.evidencePage.total,
    verdicts: p.verdicts,
    verdictTotal: p.verdictPage.total,
    childCount: p.childCount,
  };
}
