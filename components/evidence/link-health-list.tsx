import Link from "next/link";
import { UtcTime } from "@/components/auth/utc-time";
import { TableScroll } from "@/components/ui/table-scroll";
import type { LinkHealthItem } from "@/lib/db/evidence-links";
import { LINK_PROBLEMS, type LinkProblem } from "@/lib/links/assess";
import { wasRedirected } from "@/lib/links/describe";
import { LinkHealthNote } from "./link-health";

const PROBLEM_LABELS: Record<LinkProblem, string> = { broken: "Broken", unreachable: "Unreachable", changed: "Changed" };

/** All, or one kind of problem, with how many items each holds; the current one is marked. */
export function LinkHealthFilters({ current, counts, hrefFor }: { current?: LinkProblem; counts: Record<LinkProblem, number>; hrefFor: (p?: LinkProblem) => string }) {
  const all = LINK_PROBLEMS.reduce((n, p) => n + counts[p], 0);
  const options: { key?: LinkProblem; label: string; n: number }[] = [{ label: "All problems", n: all }, ...LINK_PROBLEMS.map((p) => ({ key: p, label: PROBLEM_LABELS[p], n: counts[p] }))];
  return (
    <nav aria-label="Filter by problem" className="small">
      {options.map((o, i) => (
        <span key={o.label}>
          {i > 0 && " · "}
          <Link href={hrefFor(o.key)} aria-current={o.key === current ? "page" : undefined} style={o.key === current ? { fontWeight: 700 } : undefined}>
            {o.label} ({o.n})
          </Link>
        </span>
      ))}
    </nav>
  );
}

/** One page of evidence whose link has a problem, with its claim and what the check found. */
export function LinkHealthTable({ items }: { items: LinkHealthItem[] }) {
  return (
    <TableScroll label="Evidence links with a problem">
      <table className="data">
        <caption className="visually-hidden">Evidence links with a problem, by problem, most recently checked first</caption>
        <thead>
          <tr>
            <th scope="col">Evidence</th>
            <th scope="col">Claim</th>
            <th scope="col">What the check found</th>
            <th scope="col">Checked (UTC)</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.id}>
              <td>
                <a href={item.link.url} rel="noopener noreferrer nofollow" target="_blank">
                  {item.title}
                </a>
                <div className="small muted wrap-anywhere">
                  {item.link.url}
                </div>
              </td>
              <td>
                <Link href={`/predictions/${item.claim.id}`}>{item.claim.statement}</Link>
              </td>
              <td>
                <LinkHealthNote link={item.link} title={item.title} showChecked={false} />
                {wasRedirected(item.link) && (
                  <div className="small muted wrap-anywhere">
                    Ends at {item.link.linkFinalUrl}
                  </div>
                )}
              </td>
              <td className="nowrap">{item.link.linkCheckedAt ? <UtcTime iso={item.link.linkCheckedAt} /> : <span className="muted">never</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
