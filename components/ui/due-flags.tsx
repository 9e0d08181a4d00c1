import { DUE_FLAG_LABELS, type DueFlags as Flags } from "@/lib/reviews";

/** Flags a claim that needs attention at the next review (dueFlags in lib/reviews.ts says when). */
export function DueFlags({ due }: { due: Flags }) {
  if (!due.isNew && !due.isStale && !due.isReadyForFinal) return null;
  return (
    <span style={{ display: "inline-flex", gap: "0.25rem", flexWrap: "wrap" }}>
      {due.isNew && (
        <span className="badge due" style={{ borderColor: "#2f81f7", color: "#1f2328", background: "#ddf4ff" }}>
          {DUE_FLAG_LABELS.isNew}
        </span>
      )}
      {due.isStale && (
        <span className="badge due" style={{ borderColor: "#bf8700", color: "#1f2328", background: "#fff8c5" }}>
          {DUE_FLAG_LABELS.isStale}
        </span>
      )}
      {due.isReadyForFinal && (
        <span className="badge due" style={{ borderColor: "#bc4c00", color: "#1f2328", background: "#fff1e5" }}>
          {DUE_FLAG_LABELS.isReadyForFinal}
        </span>
      )}
    </span>
  );
}
