import Link from "next/link";

type Props = {
  /** Rows in the whole list. */
  total: number;
  /** 1-based page being shown. */
  page: number;
  pageSize: number;
  /** The link to a page, keeping everything else in the URL (filters, sort). */
  hrefFor: (page: number) => string;
  /** What the rows are, for the landmark's name: "claims", "snapshot rows"… */
  label: string;
  /** The same for one row ("claim"), so a list of one does not read "1 claims". */
  labelOne?: string;
};

/** Which page numbers to link: the first, the last, and two either side of the current one. */
export function pageWindow(page: number, pageCount: number): (number | "gap")[] {
  const wanted = new Set([1, pageCount, page - 2, page - 1, page, page + 1, page + 2].filter((p) => p >= 1 && p <= pageCount));
  const sorted = [...wanted].sort((a, b) => a - b);
  const out: (number | "gap")[] = [];
  sorted.forEach((p, i) => {
    if (i > 0 && p - sorted[i - 1] > 1) out.push("gap");
    out.push(p);
  });
  return out;
}

/** Page links for a long list: previous, next, numbered pages around the current one, and where we are. */
export function Pagination({ total, page, pageSize, hrefFor, label, labelOne }: Props) {
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const first = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const last = Math.min(total, page * pageSize);
  const noun = total === 1 && labelOne ? labelOne : label;
  return (
    <nav className="pagination" aria-label={`Pages of ${label}`}>
      <p className="small muted flush">
        {first > last
          ? `Page ${page} is past the end (${total} ${noun}).`
          : `${first === last ? first : `${first}–${last}`} of ${total} ${noun}`}
        {pageCount > 1 && ` · page ${Math.min(page, pageCount)} of ${pageCount}`}
      </p>
      {pageCount > 1 && (
        <ul className="plain pagination-links">
          <li>{page > 1 ? <Link href={hrefFor(Math.min(page - 1, pageCount))} rel="prev">← Previous</Link> : <span aria-disabled="true" className="muted">← Previous</span>}</li>
          {pageWindow(Math.min(page, pageCount), pageCount).map((p, i) =>
            p === "gap" ? (
              <li key={`gap-${i}`} aria-hidden="true">…</li>
            ) : (
              <li key={p}>
                {p === page ? (
                  <span aria-current="page" className="pagination-current">{p}</span>
                ) : (
                  <Link href={hrefFor(p)} aria-label={`Page ${p}`}>{p}</Link>
                )}
              </li>
            ),
          )}
          <li>{page < pageCount ? <Link href={hrefFor(page + 1)} rel="next">Next →</Link> : <span aria-disabled="true" className="muted">Next →</span>}</li>
        </ul>
      )}
    </nav>
  );
}

/** A URL with one search parameter set (or removed when `value` is null), keeping the others. */
export function withParam(path: string, params: Record<string, string | string[] | undefined>, key: string, value: string | null): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (k === key || v === undefined) continue;
    for (const one of Array.isArray(v) ? v : [v]) q.append(k, one);
  }
  if (value !== null) q.set(key, value);
  const s = q.toString();
  return s ? `${path}?${s}` : path;
}
