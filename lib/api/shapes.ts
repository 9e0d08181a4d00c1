import type { PredictionDetail, PredictionSummary } from "../db/predictions";

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
    evidence: p.evidence,
    verdicts: p.verdicts,
  };
}
