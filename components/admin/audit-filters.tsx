import Link from "next/link";
import styles from "./admin.module.css";

/** Entity types the app writes audit rows for; an unknown one in the URL is kept as an option. */
export const AUDIT_ENTITY_TYPES = ["ApiToken", "Evidence", "Prediction", "Review", "Setting", "Source", "Tag", "User", "Verdict"] as const;

type Filter = { action?: string; actor?: string; entityType?: string };

/** A plain GET form, so every filtered view has its own URL and works without JavaScript. */
export function AuditFilters({ filter, actions }: { filter: Filter; actions: string[] }) {
  const actionOptions = filter.action && !actions.includes(filter.action) ? [...actions, filter.action] : actions;
  const types: string[] = [...AUDIT_ENTITY_TYPES];
  if (filter.entityType && !types.includes(filter.entityType)) types.push(filter.entityType);
  return (
    // Keyed on the filter: following a link to another filter shows it in the fields.
    <form key={JSON.stringify(filter)} method="get" action="/admin/audit" className={`card ${styles.filters}`} aria-label="Filter the audit log">
      <div className="field">
        <label htmlFor="audit-action">Action</label>
        <select id="audit-action" name="action" defaultValue={filter.action ?? ""}>
          <option value="">Any action</option>
          {actionOptions.map((a) => (
            <option key={a} value={a}>
              {a}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="audit-actor">Who</label>
        <input id="audit-actor" name="actor" type="search" maxLength={80} defaultValue={filter.actor ?? ""} aria-describedby="audit-actor-hint" />
        <span id="audit-actor-hint" className="hint">
          Part of a name or email, or “cli”, “system”.
        </span>
      </div>
      <div className="field">
        <label htmlFor="audit-entity">Entity type</label>
        <select id="audit-entity" name="entityType" defaultValue={filter.entityType ?? ""}>
          <option value="">Any type</option>
          {types.map((t) => (
            <option key={t} value={t}>
              {t}
            </option>
          ))}
        </select>
      </div>
      <div className="row">
        <button type="submit" className="button">
          Filter
        </button>
        <Link href="/admin/audit" className="button secondary">
          Clear
        </Link>
      </div>
    </form>
  );
}
