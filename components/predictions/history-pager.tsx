import Link from "next/link";

type Props = {
  what: string;
  /** Items on this page, and in the whole history. */
  shown: number;
  total: number;
  /** True when this page starts after the newest items. */
  isOlderPage: boolean;
  newestHref: string;
  /** The next, older page; null at the end of the history. */
  olderHref: string | null;
  anchor: string;
};

/** "Show older" under a long history, newest first: a claim's evidence or verdicts, the audit log. */
export function HistoryPager({ what, shown, total, isOlderPage, newestHref, olderHref, anchor }: Props) {
  if (!isOlderPage && !olderHref) return null;
  return (
    <nav className="pagination" aria-label={`More ${what}`}>
      <p className="small muted flush">
        {isOlderPage ? `${shown} older ${what}` : `The newest ${shown}`} of {total}
      </p>
      <ul className="plain pagination-links">
        {isOlderPage && (
          <li>
            <Link href={newestHref}>↑ Back to the newest</Link>
          </li>
        )}
        {olderHref && (
          <li>
            <Link href={olderHref} aria-describedby={anchor}>
              Show older {what} →
            </Link>
          </li>
        )}
      </ul>
    </nav>
  );
}
