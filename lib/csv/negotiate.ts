// Which representation a GET of the claim list wants: `?format=` decides when given; otherwise
// an Accept header that prefers text/csv to application/json gets CSV. Browsers' default
// Accept (text/html, */*) names neither, so they keep getting JSON.

/** The q value of each media type named in an Accept header (a missing q is 1). */
function acceptWeights(accept: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const part of accept.split(",")) {
    const [type, ...params] = part.split(";").map((s) => s.trim().toLowerCase());
    if (!type) continue;
    const q = params.find((p) => p.startsWith("q="));
    const weight = q ? Number(q.slice(2)) : 1;
    if (!out.has(type)) out.set(type, Number.isFinite(weight) ? weight : 0);
  }
  return out;
}

/** True when the Accept header asks for text/csv more than (or before) application/json. */
export function prefersCsv(accept: string | null): boolean {
  if (!accept) return false;
  const weights = acceptWeights(accept);
  const csv = weights.get("text/csv") ?? 0;
  if (csv <= 0) return false;
  const json = weights.get("application/json") ?? 0;
  if (csv !== json) return csv > json;
  // Equal weights: the one listed first.
  const order = [...weights.keys()];
  return order.indexOf("text/csv") < order.indexOf("application/json");
}
