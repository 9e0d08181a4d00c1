// The claim finder: from a pasted text to ranked candidate claims. Pure (see README).
export { findClaims, MIN_SCORE, type Candidate, type FinderResult, type FindOptions, type Related, type SubClaim } from "./find";
export { detectFormat, readDocument, type InputFormat } from "./document";
export { SIGNAL_LABELS, type Signal, type SignalName } from "./signals";
export { moveBoundary, quoteAt, snapToWords, type Bounds } from "./snap";
