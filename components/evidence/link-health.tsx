import { describeLinkProblem, type LinkHealth } from "@/lib/links/describe";
import styles from "./link-health.module.css";

type Props = {
  link: LinkHealth;
  /** The item's title, read to screen readers after "Archived copy". */
  title: string;
  /** Leave out the archive link when the list already shows it. */
  showArchive?: boolean;
  /** Leave out "checked <day>" when the date is shown beside it. */
  showChecked?: boolean;
};

/**
 * What the last link check found ("Link broken (404), checked 2026-11-29", "Page changed since
 * it was cited", "Unreachable: timeout…") and the archived copy when there is one. Renders
 * nothing for a working, unchecked link without a copy.
 */
export function LinkHealthNote({ link, title, showArchive = true, showChecked = true }: Props) {
  const flag = describeLinkProblem(link, { withDate: showChecked });
  const archive = showArchive ? link.archiveUrl : null;
  if (!flag && !archive) return null;
  return (
    <p className={`small ${styles.note}`}>
      {flag && (
        <span className={`${styles.flag} ${styles[flag.problem]}`} data-link-problem={flag.problem}>
          {flag.text}
        </span>
      )}
      {archive && (
        <a href={archive} rel="noopener noreferrer nofollow" target="_blank">
          Archived copy<span className="visually-hidden"> of {title}</span>
        </a>
      )}
    </p>
  );
}
