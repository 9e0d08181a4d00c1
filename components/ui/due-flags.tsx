import { DUE_FLAG_LABELS, type DueFlags as Flags } from "@/lib/reviews";

/** Flags a claim that needs attention at the next review (dueFlags in lib/reviews.ts says when). */
export function DueFlags({ due }: { due: Flags }) {
  if (!due.isNew && !due.isStale && !due.isReadyForFinal) return null;
  return (
    <span className="due-flags">
      {due.isNew && <span className="badge due due-new">{DUE_FLAG_LABELS.isNew}</span>}
      {due.isStale && <span className="badge due due-stale">{DUE_FLAG_LABELS.isStale}</span>}
      {due.isReadyForFinal && <span className="badge due due-final">{DUE_FLAG_LABELS.isReadyForFinal}</span>}
    </span>
  );
}
