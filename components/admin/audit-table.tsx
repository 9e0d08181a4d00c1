import type { listAudit } from "@/lib/db/audit";
import styles from "./admin.module.css";

type AuditRow = Awaited<ReturnType<typeof listAudit>>["items"][number];

/** Stored JSON, indented for reading; React renders it as text, never as HTML. */
function prettyJson(value: string | null): string | null {
  if (value === null) return null;
  try {
    return JSON.stringify(JSON.parse(value), null, 2);
  } catch {
    return value;
  }
}

function Json({ value }: { value: string | null }) {
  const text = prettyJson(value);
  return text === null ? <span className="muted">—</span> : <pre className={styles.json}>{text}</pre>;
}

export function AuditTable({ rows }: { rows: AuditRow[] }) {
  return (
    <div className={styles.scroll}>
      <table className="data">
        <caption className="visually-hidden">Audit log, newest first</caption>
        <thead>
          <tr>
            <th scope="col">When (UTC)</th>
            <th scope="col">Who</th>
            <th scope="col">Action</th>
            <th scope="col">Entity</th>
            <th scope="col">Before</th>
            <th scope="col">After</th>
            <th scope="col">IP</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              <td className={styles.nowrap}>
                <time dateTime={r.at}>{r.at}</time>
              </td>
              <td>
                {r.actorLabel}
                {r.actorId === null && <span className="small muted"> (no account)</span>}
              </td>
              <td>
                <code>{r.action}</code>
              </td>
              <td>
                {r.entityType}
                {r.entityId && (
                  <>
                    <br />
                    <code className="small">{r.entityId}</code>
                  </>
                )}
              </td>
              <td>
                <Json value={r.before} />
              </td>
              <td>
                <Json value={r.after} />
              </td>
              <td className={styles.nowrap}>{r.ip ?? <span className="muted">—</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
