import type { ReviewStatus } from "@/lib/db/reviews";

const STYLES: Record<ReviewStatus, { label: string; className: string }> = {
  open: { label: "Open", className: "review-open" },
  completed: { label: "Completed", className: "review-completed" },
};

/** A review's status; the colour is a cue only, the word carries the meaning. */
export function ReviewStatusBadge({ status }: { status: ReviewStatus }) {
  const s = STYLES[status];
  return (
    <span className={`badge tinted ${s.className}`}>
      <span aria-hidden="true" className="grade-dot">
        {status === "open" ? "○ " : "● "}
      </span>
      {s.label}
    </span>
  );
}

export const gradedLabel = (graded: number, total: number) => `${graded} of ${total} graded`;
export const percent = (x: number) => `${Math.round(x * 100)}%`;
