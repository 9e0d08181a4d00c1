// The claim list's URL: only the filters in use, in a fixed order, so equal views share one
// address and no empty `?tag=&source=` parameters pile up.

const ORDER = ["q", "verdict", "tag", "source", "horizon", "due", "sort", "page"] as const;

/** The query string (without "?") for the given values; empty values are left out, as is the default sort. */
export function filterQueryString(values: Partial<Record<string, string | undefined>>): string {
  const q = new URLSearchParams();
  for (const key of ORDER) {
    const v = values[key]?.trim();
    if (!v || (key === "sort" && v === "position") || (key === "page" && v === "1")) continue;
    q.set(key, v);
  }
  return q.toString();
}

/**
 * For a request that carries empty parameters (a form sent without JavaScript): the same view
 * at its clean address, or null when the address is clean already.
 */
export function cleanFilterQuery(params: Record<string, string | string[] | undefined>): string | null {
  const hasEmpty = Object.values(params).some((v) => v === "" || (Array.isArray(v) && v.some((x) => x === "")));
  if (!hasEmpty) return null;
  const first = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v.find((x) => x !== "") : v]));
  const known = filterQueryString(first);
  // Parameters this list does not know stay as they were (minus empty ones).
  const rest = new URLSearchParams();
  for (const [k, v] of Object.entries(first)) {
    if (v && !(ORDER as readonly string[]).includes(k)) rest.set(k, v);
  }
  return [known, rest.toString()].filter(Boolean).join("&");
}
