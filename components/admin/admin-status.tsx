import Link from "next/link";
import type { AdminStatus } from "@/lib/db/admin-status";
import styles from "./admin.module.css";

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString("en")} ${n === 1 ? one : many}`;

function Tile({ title, href, linkText, figure, children }: { title: string; href: string; linkText: string; figure: string; children?: React.ReactNode }) {
  const id = `admin-tile-${title.toLowerCase().replace(/[^a-z]+/g, "-")}`;
  return (
    <section className={`card ${styles.tile}`} aria-labelledby={id}>
      <h2 id={id} className={styles.tileTitle}>
        {title}
      </h2>
      <p className="stat">{figure}</p>
      {children}
      <p className="small">
        <Link href={href}>{linkText}</Link>
      </p>
    </section>
  );
}

/** The instance at a glance: what it holds, who can use it, where the reviews stand, and link health. */
export function AdminStatusTiles({ status: s }: { status: AdminStatus }) {
  const links = s.linkProblems;
  return (
    <div className="grid grid-stats" data-testid="admin-status">
      <Tile title="Claims" href="/predictions" linkText="All claims" figure={s.claims.total.toLocaleString("en")}>
        <p className="small muted">
          {s.claims.graded.toLocaleString("en")} graded · {plural(s.claims.subClaims, "sub-claim")}
        </p>
      </Tile>
      <Tile title="Sources" href="/sources" linkText="All sources" figure={s.sources.toLocaleString("en")}>
        <p className="small muted">Essays, talks and reports the claims come from.</p>
      </Tile>
      <Tile title="Evidence" href="/predictions?sort=evidence" linkText="Claims by evidence" figure={s.evidence.live.toLocaleString("en")}>
        <p className="small muted">{plural(s.evidence.retracted, "retracted item")} not counted</p>
      </Tile>
      <Tile title="Verdicts" href="/admin/audit?action=verdict.create" linkText="Recent verdicts in the audit log" figure={s.verdicts.live.toLocaleString("en")}>
        <p className="small muted">{plural(s.verdicts.retracted, "retracted verdict")} not counted</p>
      </Tile>
      <Tile title="Tags" href="/tags" linkText="Manage tags" figure={s.tags.toLocaleString("en")} />
      <Tile
        title="Users"
        href="/admin/users"
        linkText="Manage users"
        figure={(s.users.byRole.viewer + s.users.byRole.editor + s.users.byRole.admin).toLocaleString("en")}
      >
        <p className="small muted">
          {plural(s.users.byRole.admin, "admin")} · {plural(s.users.byRole.editor, "editor")} · {plural(s.users.byRole.viewer, "viewer")}
          {s.users.disabled > 0 && <> · {s.users.disabled.toLocaleString("en")} disabled</>}
        </p>
      </Tile>
      <section className={`card ${styles.tile}`} aria-labelledby="admin-tile-reviews">
        <h2 id="admin-tile-reviews" className={styles.tileTitle}>
          Reviews
        </h2>
        <p>
          {s.openReview ? (
            <>
              Open: <Link href={`/reviews/${s.openReview.year}`}>{s.openReview.title}</Link>{" "}
              <span className="small muted">
                since <time dateTime={s.openReview.openedOn}>{s.openReview.openedOn}</time>
              </span>
            </>
          ) : (
            "No review is open."
          )}
        </p>
        <p className="small">
          {s.lastCompletedReview ? (
            <>
              Last completed: <Link href={`/reviews/${s.lastCompletedReview.year}`}>{s.lastCompletedReview.title}</Link>{" "}
              <span className="muted">
                on <time dateTime={s.lastCompletedReview.completedOn}>{s.lastCompletedReview.completedOn}</time>
              </span>
            </>
          ) : (
            <span className="muted">No review completed yet.</span>
          )}
        </p>
        <p className="small">
          <Link href="/reviews">All reviews</Link>
        </p>
      </section>
      <Tile title="Link health" href="/admin/links" linkText="Link health" figure={links.total.toLocaleString("en")}>
        <p className="small muted">
          {links.total === 0
            ? "No evidence link has a problem."
            : Object.entries(links.byKind)
                .map(([kind, n]) => `${n.toLocaleString("en")} ${kind}`)
                .join(" · ")}
        </p>
      </Tile>
    </div>
  );
}
