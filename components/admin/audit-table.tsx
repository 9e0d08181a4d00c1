import Link from "next/link";
import type { DescribedAudit } from "@/lib/audit-sentences";
import styles from "./admin.module.css";
import { TableScroll } from "@/components/ui/table-scroll";

export type AuditTableRow = {
  id: string;
  at: string;
  action: string;
  ip: string | null;
  actorId: string | null;
  described: DescribedAudit;
};

/** One sentence, its links rendered as links and every other part as text (never HTML). */
function Sentence({ parts }: { parts: DescribedAudit["parts"] }) {
  return (
    <>
      {parts.map((p, i) =>
        p.href ? (
          <Link key={i} href={p.href}>
            {p.text}
          </Link>
        ) : (
          <span key={i}>{p.text}</span>
        ),
      )}
    </>
  );
}

function Diff({ lines, label }: { lines: DescribedAudit["diff"]; label: string }) {
  return (
    <details className={styles.diff}>
      <summary>
        {lines.length} {lines.length === 1 ? "field" : "fields"} changed
      </summary>
      <table className={styles.diffTable}>
        <caption className="visually-hidden">{label}: before and after</caption>
        <thead>
          <tr>
            <th scope="col">Field</th>
            <th scope="col">Before</th>
            <th scope="col">After</th>
          </tr>
        </thead>
        <tbody>
          {lines.map((l) => (
            <tr key={l.field}>
              <th scope="row">{l.label}</th>
              <td className={l.before === "—" ? "muted" : undefined}>{l.before}</td>
              <td className={l.after === "—" ? "muted" : undefined}>{l.after}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}

/** The audit log, one readable sentence per row, with the changed fields behind a disclosure. */
export function AuditTable({ rows }: { rows: AuditTableRow[] }) {
  return (
    <TableScroll label="Audit log">
      <table className="data" data-testid="audit-rows">
        <caption className="visually-hidden">Audit log, newest first</caption>
        <thead>
          <tr>
            <th scope="col" className={styles.nowrap}>
              When (UTC)
            </th>
            <th scope="col">What happened</th>
            <th scope="col">IP</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              <td className={styles.nowrap}>
                <time dateTime={r.at}>{r.at.slice(0, 19).replace("T", " ")}</time>
              </td>
              <td className={styles.what}>
                <p className={styles.sentence}>
                  <Sentence parts={r.described.parts} />
                  {r.actorId === null && <span className="small muted"> (no account)</span>}
                </p>
                {r.described.reason && <p className={`small ${styles.reason}`}>Reason: {r.described.reason}</p>}
                <p className="small muted">
                  <Link href={`/admin/audit?action=${encodeURIComponent(r.action)}`} className={styles.actionCode} aria-label={`Show only ${r.action} rows`}>
                    <code>{r.action}</code>
                  </Link>
                </p>
                {r.described.diff.length > 0 && <Diff lines={r.described.diff} label={r.described.text} />}
              </td>
              <td className={styles.nowrap}>{r.ip ?? <span className="muted">—</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
