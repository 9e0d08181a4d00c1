import type { ReviewStatus } from "@/lib/db/reviews";

const STYLES: Record<ReviewStatus, { label: string; color: string }> = {
  open: { label: "Open", color: "#bf8700" },
  completed: { label: "Completed", color: "#1a7f37" },
};

/** A review's status; the colour is a cue only, the word carries the meaning. */
export function ReviewStatusBadge({ status }: { status: ReviewStatus }) {
  const s = STYLES[status];
  return (
    <span className="badge" style={{ borderColor: s.color, color: "#1f2328" }}>
      <span aria-hidden="true" style={{ color: s.color }}>
        {status === "open" ? "○ " : "● "}
      </span>
      {s.label}
    </span>
  );
}

export const gradedLabel = (graded: number, total: number) => `${graded} of ${total} graded`;
export const percent = (x: number) => `${Math.round(x * 100)}%`;
