import Link from "next/link";
import type { Revision } from "@/lib/db/rows";
import { formatHorizon } from "@/lib/horizon";

const KIND_LABELS: Record<string, string> = {
  created: "Added",
  edit: "Edited",
  quote_correction: "Quote corrected",
  credence_override: "Credence overridden",
  parent_change: "Parent changed",
};

const FIELD_LABELS: Record<string, string> = {
  quote: "Quote",
  statement: "Statement",
  criteria: "Resolution criteria",
  horizon: "Horizon",
  tags: "Tags",
  impliedCredence: "Implied credence",
  credenceWord: "Hedge word",
  parentId: "Part of",
  title: "Title",
  author: "Author",
  url: "URL",
  publishedOn: "Date published",
  kind: "Kind",
};

/** Long fields are shown whole so a reader can compare the wording line by line. */
const PROSE_FIELDS = new Set(["quote", "statement", "criteria"]);

type Props = {
  revisions: Revision[];
  /** Statements of the claims named in parent changes, by id. */
  claimStatements: Record<string, string>;
  /** What to say when there is nothing to list (a claim's wording by default). */
  emptyText?: string;
};

function isHorizon(v: unknown): v is { from: number; to: number } {
  return typeof v === "object" && v !== null && typeof (v as { from?: unknown }).from === "number" && typeof (v as { to?: unknown }).to === "number";
}

/** Renders one before/after value as text (never as HTML). */
function Value({ field, value, claimStatements }: { field: string; value: unknown; claimStatements: Props["claimStatements"] }) {
  if (value === null || value === undefined || value === "") {
    return <span className="muted">{field === "parentId" ? "none (top-level)" : "—"}</span>;
  }
  if (field === "parentId" && typeof value === "string") {
    return <Link href={`/predictions/${value}`}>{claimStatements[value] ?? "a claim that no longer exists"}</Link>;
  }
  if (field === "impliedCredence" && typeof value === "number") return <>{Math.round(value * 100)}%</>;
  if (isHorizon(value)) return <>{formatHorizon(value)}</>;
  if (Array.isArray(value)) return value.length ? <>{value.join(", ")}</> : <span className="muted">none</span>;
  if (typeof value === "string") return <span style={PROSE_FIELDS.has(field) ? { whiteSpace: "pre-line" } : undefined}>{value}</span>;
  return <>{JSON.stringify(value)}</>;
}

function criteriaVersions(revisions: Revision[]) {
  return revisions
    .filter((r) => r.changes.criteria && typeof r.changes.criteria.after === "string")
    .map((r) => ({ id: r.id, at: r.createdAt, reason: r.reason, text: r.changes.criteria.after as string, kind: r.kind }));
}

/** A claim's revisions, oldest first, with the before and after of every changed field. */
export function RevisionHistory({ revisions, claimStatements, emptyText }: Props) {
  if (revisions.length === 0) {
    return (
      <p className="muted" role="status">
        {emptyText ?? "No edits recorded. This claim has read the same since it was first tracked."}
      </p>
    );
  }
  const versions = criteriaVersions(revisions);
  return (
    <>
      {versions.length > 1 && (
        <>
          <h3 id="criteria-versions-heading">How the resolution criteria changed</h3>
          <ol aria-labelledby="criteria-versions-heading" data-testid="criteria-versions">
            {versions.map((v, i) => (
              <li key={v.id}>
                <span className="small muted">
                  {i === 0 ? "Original" : `Version ${i + 1}`}, <time dateTime={v.at}>{v.at.slice(0, 10)}</time>
                  {i > 0 ? ` — ${v.reason}` : ""}
                </span>
                <p className="pre-line">{v.text}</p>
              </li>
            ))}
          </ol>
          <h3>Every change</h3>
        </>
      )}
      <ol className="plain" data-testid="revision-history">
        {revisions.map((r) => {
          const fields = Object.keys(r.changes);
          return (
            <li key={r.id}>
              <p className="flush">
                <strong>{KIND_LABELS[r.kind] ?? r.kind}</strong>{" "}
                <span className="small muted">
                  by {r.editedBy} on <time dateTime={r.createdAt}>{r.createdAt.slice(0, 16).replace("T", " ")} UTC</time>
                </span>
              </p>
              <p className="small revision-reason">
                Reason: {r.reason}
              </p>
              {fields.length > 0 && (
                <table className="data fixed-layout">
                  <caption className="visually-hidden">
                    {KIND_LABELS[r.kind] ?? r.kind} on {r.createdAt.slice(0, 10)}: what changed
                  </caption>
                  <colgroup>
                    <col className="revision-field-col" />
                    <col />
                    <col />
                  </colgroup>
                  <thead>
                    <tr>
                      <th scope="col">Field</th>
                      <th scope="col">Before</th>
                      <th scope="col">After</th>
                    </tr>
                  </thead>
                  <tbody>
                    {fields.map((f) => (
                      <tr key={f}>
                        <th scope="row">{FIELD_LABELS[f] ?? f}</th>
                        <td>
                          <Value field={f} value={r.changes[f].before} claimStatements={claimStatements} />
                        </td>
                        <td>
                          <Value field={f} value={r.changes[f].after} claimStatements={claimStatements} />
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
            </li>
          );
        })}
      </ol>
    </>
  );
}
